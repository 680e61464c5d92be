package org.litlod.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The input formats the generator writes, by the name litlod's converters use, with how many
 * documents go into one file and the file extension.
 */
public enum CorpusFormat {
    /** Paper summary (Markdown), as seeds/000_*.txt; one document per file. */
    PAPER_SUMMARY("paper-summary", 1, "txt", (ps, ft) -> TextFormats.summary(ps.get(0))),
    /** Research-portal record, as seeds/001_*.txt; one document per file. */
    PORTAL_RECORD("portal-record", 1, "txt", (ps, ft) -> TextFormats.portal(ps.get(0))),
    /** Web article about a drug, as seeds/002_*.txt; one document per file. */
    WEB_ARTICLE("web-article", 1, "txt", (ps, ft) -> TextFormats.webArticle(ps.get(0))),
    /** PubTator tab format; one document per file. */
    PUBTATOR("pubtator", 1, "txt", (ps, ft) -> StandardFormats.pubTator(ps.get(0))),
    /** PubMed XML; up to 1,000 articles per file, as in PubMed's baseline files. */
    PUBMED("pubmed", 1000, "xml", (ps, ft) -> StandardFormats.pubMed(ps)),
    /** BioC XML as PubTator3 exports it, with entity annotations; up to 1,000 documents per file. */
    BIOC_XML("bioc-xml", 1000, "xml", (ps, ft) -> BioCXmlFormat.xml(ps)),
    /** BioC-JSON as PubTator3 exports it, with entity annotations; up to 1,000 documents per file. */
    BIOC_JSON("bioc-json", 1000, "json", (ps, ft) -> BioCJsonFormat.json(ps)),
    /** A PMC JATS full-text article ({@code .nxml}); one article per file. */
    JATS("jats", 1, "nxml", (ps, ft) -> JatsArticle.article(ps.get(0), ft.fullText(ps.get(0))));

    private final String formatName;
    private final int perFile;
    private final String extension;
    private final BiFunction<List<Paper>, FullTextFactory, String> writer;

    CorpusFormat(String formatName, int perFile, String extension,
                 BiFunction<List<Paper>, FullTextFactory, String> writer) {
        this.formatName = formatName;
        this.perFile = perFile;
        this.extension = extension;
        this.writer = writer;
    }

    /** The format's name, as litlod's converters call it ("pubmed"). */
    public String formatName() {
        return formatName;
    }

    /** The most documents one file holds. */
    public int perFile() {
        return perFile;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The text of one file holding these papers, their full texts made by {@code fullTexts}. */
    String render(List<Paper> papers, FullTextFactory fullTexts) {
        return writer.apply(papers, fullTexts);
    }


    /**
     * The format with this name ("bioc" stands for "bioc-xml").
     *
     * @throws IllegalArgumentException {@value CorpusGenerator#UNKNOWN_FORMAT} naming the known ones
     */
    public static CorpusFormat named(String name) {
        for (CorpusFormat f : values()) {
            if (f.formatName.equals(name)) {
                return f;
            }
        }
        if ("bioc".equals(name)) {
            return BIOC_XML;
        }
        throw new IllegalArgumentException(CorpusGenerator.UNKNOWN_FORMAT + " unknown corpus format '" + name
                + "'; known: " + Arrays.stream(values()).map(CorpusFormat::formatName).toList());
    }
}
