package org.litlod.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The input formats the generator writes, by the name litlod's converters use, with how many
 * documents go into one file and the file extension.
 */
public enum CorpusFormat {
    /** Paper summary (Markdown), as seeds/000_*.txt; one document per file. */
    PAPER_SUMMARY("paper-summary", 1, "txt", ps -> TextFormats.summary(ps.get(0))),
    /** Research-portal record, as seeds/001_*.txt; one document per file. */
    PORTAL_RECORD("portal-record", 1, "txt", ps -> TextFormats.portal(ps.get(0))),
    /** Web article about a drug, as seeds/002_*.txt; one document per file. */
    WEB_ARTICLE("web-article", 1, "txt", ps -> TextFormats.webArticle(ps.get(0))),
    /** PubTator tab format; one document per file. */
    PUBTATOR("pubtator", 1, "txt", ps -> StandardFormats.pubTator(ps.get(0))),
    /** PubMed XML; up to 1,000 articles per file, as in PubMed's baseline files. */
    PUBMED("pubmed", 1000, "xml", StandardFormats::pubMed);

    private final String formatName;
    private final int perFile;
    private final String extension;
    private final Function<List<Paper>, String> writer;

    CorpusFormat(String formatName, int perFile, String extension, Function<List<Paper>, String> writer) {
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

    /** The text of one file holding these papers. */
    String render(List<Paper> papers) {
        return writer.apply(papers);
    }

    /**
     * The format with this name.
     *
     * @throws IllegalArgumentException {@value CorpusGenerator#UNKNOWN_FORMAT} naming the known ones
     */
    public static CorpusFormat named(String name) {
        for (CorpusFormat f : values()) {
            if (f.formatName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException(CorpusGenerator.UNKNOWN_FORMAT + " unknown corpus format '" + name
                + "'; known: " + Arrays.stream(values()).map(CorpusFormat::formatName).toList());
    }
}
