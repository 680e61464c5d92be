package org.litlod.corpus;

import java.util.List;

/**
 * Writes a paper and its full text as one JATS article, laid out as PubMed Central delivers it
 * ({@code .nxml}): front matter (journal-meta; article-meta with pmid, pmcid and doi, title,
 * authors linked to affiliations, publication dates, volume, issue, pages, licence, abstract,
 * keywords), the body as nested {@code <sec>}s with {@code <xref ref-type="bibr">} citations and
 * figures, and a reference list. Even articles write {@code element-citation}s, odd ones
 * {@code mixed-citation}s with punctuation between the parts, as PMC's publishers differ.
 */
final class JatsArticle {
    private static final List<String> AFFILIATIONS = List.of(
            "Department of Oncology, University of Northfield, Northfield, UK",
            "Institute of Molecular Medicine, Eastport University, Eastport, USA",
            "Department of Pharmacology, Southbay Medical School, Southbay, Australia",
            "Centre for Genomic Research, Westmoor Institute, Westmoor, Germany",
            "Division of Clinical Genetics, Lakeside Hospital, Lakeside, Canada",
            "Laboratory of Cell Biology, Hillcrest University, Hillcrest, Japan");

    private JatsArticle() {
    }

    /** The JATS XML file of one article. */
    static String article(Paper p, FullText text) {
        StringBuilder b = new StringBuilder(65_536);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE article PUBLIC \"-//NLM//DTD JATS (Z39.96) "
                + "Journal Archiving and Interchange DTD v1.2 20190208//EN\" \"JATS-archivearticle1-mathml3.dtd\">\n");
        b.append("<article xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:mml=\"http://www.w3.org/1998/Math/MathML\""
                + " article-type=\"research-article\" dtd-version=\"1.2\" xml:lang=\"en\">\n");
        front(b, p, text);
        b.append("<body>\n");
        int[] id = {0};
        for (FullText.Section s : text.sections()) {
            section(b, s, p.pmcid(), id);
        }
        b.append("</body>\n<back>\n<ref-list>\n<title>References</title>\n");
        List<Paper> refs = text.references();
        for (int n = 1; n <= refs.size(); n++) {
            reference(b, n, refs.get(n - 1), p.index() % 2 == 0);
        }
        return b.append("</ref-list>\n</back>\n</article>\n").toString();
    }

    private static void front(StringBuilder b, Paper p, FullText text) {
        Journal j = p.journal();
        b.append("<front>\n<journal-meta><journal-id journal-id-type=\"nlm-ta\">").append(esc(j.abbreviation()))
                .append("</journal-id><journal-title-group><journal-title>").append(esc(j.title()))
                .append("</journal-title></journal-title-group><issn pub-type=\"epub\">").append(j.issn())
                .append("</issn><publisher><publisher-name>Litlod Test Press</publisher-name></publisher>"
                        + "</journal-meta>\n<article-meta>\n");
        b.append("<article-id pub-id-type=\"pmid\">").append(p.pmid()).append("</article-id><article-id pub-id-type=\"pmc\">")
                .append(p.pmcid()).append("</article-id><article-id pub-id-type=\"doi\">").append(p.doi())
                .append("</article-id>\n<article-categories><subj-group subj-group-type=\"heading\"><subject>"
                        + "Research Article</subject></subj-group></article-categories>\n");
        b.append("<title-group><article-title>").append(esc(p.title())).append("</article-title></title-group>\n");
        int affs = Math.min(p.authors().size(), 1 + p.index() % 3);
        b.append("<contrib-group>\n");
        for (int k = 0; k < p.authors().size(); k++) {
            String a = p.authors().get(k);
            int space = a.indexOf(' ');
            b.append("<contrib contrib-type=\"author\"><name><surname>").append(esc(a.substring(space + 1)))
                    .append("</surname><given-names>").append(esc(a.substring(0, space)))
                    .append("</given-names></name><xref ref-type=\"aff\" rid=\"aff").append(1 + k % affs)
                    .append("\">").append(1 + k % affs).append("</xref></contrib>\n");
        }
        b.append("</contrib-group>\n");
        for (int k = 1; k <= affs; k++) {
            b.append("<aff id=\"aff").append(k).append("\"><label>").append(k).append("</label>")
                    .append(esc(AFFILIATIONS.get((p.index() + k) % AFFILIATIONS.size()))).append("</aff>\n");
        }
        b.append("<pub-date pub-type=\"epub\"><day>").append(p.date().getDayOfMonth()).append("</day><month>")
                .append(p.date().getMonthValue()).append("</month><year>").append(p.date().getYear())
                .append("</year></pub-date>\n<pub-date pub-type=\"collection\"><year>").append(p.date().getYear())
                .append("</year></pub-date>\n");
        int first = p.firstPage();
        b.append("<volume>").append(p.volume()).append("</volume><issue>").append(p.issue()).append("</issue><fpage>")
                .append(first).append("</fpage><lpage>").append(first + 12).append("</lpage>\n");
        b.append("<permissions><copyright-statement>\u00a9 ").append(p.date().getYear())
                .append(" The Authors</copyright-statement><copyright-year>").append(p.date().getYear())
                .append("</copyright-year><license license-type=\"open-access\" xlink:href=\"https://creativecommons.org/"
                        + "licenses/by/4.0/\"><license-p>This is an open access article distributed under the terms of "
                        + "the Creative Commons Attribution License.</license-p></license></permissions>\n");
        b.append("<abstract>\n<p>").append(esc(p.abstractText())).append("</p>\n</abstract>\n<kwd-group kwd-group-type=\"author\">");
        p.mentioned().stream().map(Paper.Mentioned::name).distinct().limit(5)
                .forEach(k -> b.append("<kwd>").append(esc(k)).append("</kwd>"));
        b.append("</kwd-group>\n</article-meta>\n</front>\n");
    }

    private static void section(StringBuilder b, FullText.Section s, String pmcid, int[] id) {
        b.append("<sec id=\"s").append(++id[0]).append("\">\n<title>").append(esc(s.heading())).append("</title>\n");
        for (FullText.Paragraph para : s.paragraphs()) {
            b.append("<p>");
            for (int i = 0; i < para.sentences().size(); i++) {
                String sentence = para.sentences().get(i);
                int cite = para.cites().get(i);
                if (i > 0) {
                    b.append(' ');
                }
                if (cite == 0) {
                    b.append(esc(sentence));
                } else {
                    b.append(esc(sentence.substring(0, sentence.length() - 1))).append(" [<xref ref-type=\"bibr\" rid=\"B")
                            .append(cite).append("\">").append(cite).append("</xref>]").append(sentence.charAt(sentence.length() - 1));
                }
            }
            b.append("</p>\n");
        }
        for (FullText.Figure f : s.figures()) {
            b.append("<fig id=\"F").append(f.number()).append("\" position=\"float\"><label>Figure ").append(f.number())
                    .append("</label><caption><title>").append(esc(f.title())).append("</title><p>")
                    .append(esc(f.caption())).append("</p></caption><graphic xlink:href=\"").append(pmcid).append("-f")
                    .append(f.number()).append(".jpg\"/></fig>\n");
        }
        for (FullText.Section sub : s.subsections()) {
            section(b, sub, pmcid, id);
        }
        b.append("</sec>\n");
    }

    private static void reference(StringBuilder b, int n, Paper cited, boolean element) {
        int first = cited.firstPage();
        b.append("<ref id=\"B").append(n).append("\"><label>").append(n).append("</label>");
        if (element) {
            b.append("<element-citation publication-type=\"journal\"><person-group person-group-type=\"author\">");
            names(b, cited, "");
            b.append("</person-group><article-title>").append(esc(cited.title())).append("</article-title><source>")
                    .append(esc(cited.journal().abbreviation())).append("</source><year>").append(cited.date().getYear())
                    .append("</year><volume>").append(cited.volume()).append("</volume><issue>").append(cited.issue())
                    .append("</issue><fpage>").append(first).append("</fpage><lpage>").append(first + 12).append("</lpage>");
        } else {
            b.append("<mixed-citation publication-type=\"journal\"><person-group person-group-type=\"author\">");
            names(b, cited, ", ");
            b.append("</person-group>. <article-title>").append(esc(cited.title())).append("</article-title>. <source>")
                    .append(esc(cited.journal().abbreviation())).append("</source>. <year>").append(cited.date().getYear())
                    .append("</year>;<volume>").append(cited.volume()).append("</volume>(<issue>").append(cited.issue())
                    .append("</issue>):<fpage>").append(first).append("</fpage>\u2013<lpage>").append(first + 12)
                    .append("</lpage>. ");
        }
        if (cited.index() % 10 != 3) {
            b.append("<pub-id pub-id-type=\"doi\">").append(cited.doi()).append("</pub-id>");
        }
        if (cited.index() % 7 != 5) {
            b.append(element ? "" : " ").append("<pub-id pub-id-type=\"pmid\">").append(cited.pmid()).append("</pub-id>");
        }
        b.append(element ? "</element-citation>" : "</mixed-citation>").append("</ref>\n");
    }

    private static void names(StringBuilder b, Paper cited, String separator) {
        for (int k = 0; k < cited.authors().size(); k++) {
            String a = cited.authors().get(k);
            int space = a.indexOf(' ');
            b.append(k == 0 ? "" : separator).append("<name><surname>").append(esc(a.substring(space + 1)))
                    .append("</surname>").append(separator.isEmpty() ? "" : " ").append("<given-names>")
                    .append(a.charAt(0)).append("</given-names></name>");
        }
    }

    private static String esc(String s) {
        return XmlText.escape(s);
    }
}
