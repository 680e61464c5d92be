package org.litlod.corpus;

import java.util.List;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.Concept;

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
        String title = p.title();
        String text = title + " " + p.abstractText();
        StringBuilder b = new StringBuilder();
        b.append(id).append("|t|").append(title).append('\n');
        b.append(id).append("|a|").append(p.abstractText()).append('\n');
        int from = 0;
        for (Paper.Mentioned m : p.mentioned()) {
            int at = text.indexOf(m.name(), from);
            String pubTatorId = pubTatorId(m.concept());
            if (at < 0 || pubTatorId == null) {
                continue;
            }
            b.append(id).append('\t').append(at).append('\t').append(at + m.name().length()).append('\t')
                    .append(m.name()).append('\t').append(m.concept().type().label()).append('\t')
                    .append(pubTatorId).append('\n');
            from = at + m.name().length();
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
            b.append("<Title>").append(xml(p.journal())).append("</Title></Journal>\n");
            b.append("<ArticleTitle>").append(xml(p.title())).append(".</ArticleTitle>\n");
            b.append("<ELocationID EIdType=\"doi\" ValidYN=\"Y\">").append(p.doi()).append("</ELocationID>\n");
            b.append("<Abstract><AbstractText>").append(xml(p.abstractText())).append("</AbstractText></Abstract>\n");
            b.append("<AuthorList CompleteYN=\"Y\">");
            for (String a : p.authors()) {
                int space = a.indexOf(' ');
                b.append("<Author ValidYN=\"Y\"><LastName>").append(xml(a.substring(space + 1)))
                        .append("</LastName><ForeName>").append(xml(a.substring(0, space)))
                        .append("</ForeName></Author>");
            }
            b.append("</AuthorList>\n<Language>eng</Language>\n</Article>\n</MedlineCitation>\n");
            b.append("<PubmedData><ArticleIdList><ArticleId IdType=\"pubmed\">").append(p.pmid())
                    .append("</ArticleId><ArticleId IdType=\"doi\">").append(p.doi())
                    .append("</ArticleId></ArticleIdList></PubmedData></PubmedArticle>\n");
        }
        return b.append("</PubmedArticleSet>\n").toString();
    }

    /** The identifier PubTator gives a concept: gene and taxon ids bare, MeSH as MESH:…; else null. */
    private static String pubTatorId(Concept c) {
        for (Identifier i : c.ids()) {
            if (i.scheme() == IdScheme.NCBI_GENE || i.scheme() == IdScheme.NCBI_TAXON) {
                return i.value();
            }
            if (i.scheme() == IdScheme.MESH) {
                return "MESH:" + i.value();
            }
        }
        return null;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
