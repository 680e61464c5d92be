package org.litlod.corpus;

import java.util.List;

/**
 * Writes papers in the standard exchange formats: PubTator tab format (one document) and
 * PubMed XML (a {@code PubmedArticleSet} of many articles).
 */
final class StandardFormats {
    private StandardFormats() {
    }

    /** A PubTator document: title and abstract lines, then one line per mention with its id. */
    static String pubTator(Paper p) {
        long id = p.pmid();
        StringBuilder b = new StringBuilder();
        b.append(id).append("|t|").append(p.title()).append('\n');
        b.append(id).append("|a|").append(p.abstractText()).append('\n');
        for (SourceAnnotations.Annotation a : SourceAnnotations.of(p, p.title().length() + 1)) {
            b.append(id).append('\t').append(a.offset()).append('\t').append(a.end()).append('\t')
                    .append(a.text()).append('\t').append(a.type()).append('\t')
                    .append(a.identifier()).append('\n');
        }
        return b.append('\n').toString();
    }

    /** A PubMed XML file holding the papers as {@code PubmedArticle}s. */
    static String pubMed(List<Paper> papers) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PubmedArticleSet>\n");
        for (Paper p : papers) {
            b.append("<PubmedArticle><MedlineCitation Status=\"MEDLINE\" Owner=\"NLM\">\n");
            b.append("<PMID Version=\"1\">").append(p.pmid()).append("</PMID>\n<Article PubModel=\"Print\">\n");
            b.append("<Journal><JournalIssue CitedMedium=\"Print\"><Volume>").append(p.volume())
                    .append("</Volume><Issue>").append(p.issue()).append("</Issue><PubDate><Year>")
                    .append(p.date().getYear()).append("</Year><Month>")
                    .append(String.format("%02d", p.date().getMonthValue())).append("</Month><Day>")
                    .append(String.format("%02d", p.date().getDayOfMonth())).append("</Day></PubDate></JournalIssue>");
            b.append("<Title>").append(XmlText.escape(p.journal().title())).append("</Title></Journal>\n");
            b.append("<ArticleTitle>").append(XmlText.escape(p.title())).append(".</ArticleTitle>\n");
            b.append("<ELocationID EIdType=\"doi\" ValidYN=\"Y\">").append(p.doi()).append("</ELocationID>\n");
            b.append("<Abstract><AbstractText>").append(XmlText.escape(p.abstractText())).append("</AbstractText></Abstract>\n");
            b.append("<AuthorList CompleteYN=\"Y\">");
            for (String a : p.authors()) {
                int space = a.indexOf(' ');
                b.append("<Author ValidYN=\"Y\"><LastName>").append(XmlText.escape(a.substring(space + 1)))
                        .append("</LastName><ForeName>").append(XmlText.escape(a.substring(0, space)))
                        .append("</ForeName></Author>");
            }
            b.append("</AuthorList>\n<Language>eng</Language>\n</Article>\n</MedlineCitation>\n");
            b.append("<PubmedData><ArticleIdList><ArticleId IdType=\"pubmed\">").append(p.pmid())
                    .append("</ArticleId><ArticleId IdType=\"doi\">").append(p.doi())
                    .append("</ArticleId></ArticleIdList></PubmedData></PubmedArticle>\n");
        }
        return b.append("</PubmedArticleSet>\n").toString();
    }
}
