package org.litlod.convert.pubmed;

import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;
import org.litlod.convert.ConversionException;
import org.litlod.convert.StreamingConverter;
import org.litlod.convert.Format;
import org.litlod.convert.FormatConverter;
import org.litlod.convert.StreamedInput;
import org.litlod.convert.XmlCursor;
import org.litlod.convert.XmlNode;
import org.litlod.convert.XmlRoot;
import org.litlod.model.Document;

/**
 * Reads PubMed XML: every {@code <PubmedArticle>} of a {@code <PubmedArticleSet>} becomes one
 * document with its title, abstract (labelled sections kept as "LABEL: text"), authors with
 * affiliations and ORCID iDs, journal, volume, issue, pages, date, DOI, PMID, PMCID, MeSH
 * headings, chemicals, publication types and references. Book records and deletions are skipped.
 *
 * <p>Error ids: {@value #NO_TITLE} an article has no title; {@value #NO_ARTICLES} the file holds
 * no article.
 */
public final class PubMedXmlConverter extends FormatConverter implements StreamingConverter {
    /** The format this converter reads. */
    public static final Format FORMAT = new Format("pubmed", "PubMed XML (PubmedArticleSet)", "application/xml");
    /** An article has neither an article title nor a vernacular title. */
    public static final String NO_TITLE = "LITLOD-CONVERT-401";
    /** The file holds no {@code <PubmedArticle>}. */
    public static final String NO_ARTICLES = "LITLOD-CONVERT-402";

    private static final Set<String> ROOTS = Set.of("PubmedArticleSet", "PubmedArticle");

    /** A converter that stamps documents with the system clock. */
    public PubMedXmlConverter() {
        this(Clock.systemUTC());
    }

    /** A converter that stamps documents with the given clock. */
    public PubMedXmlConverter(Clock clock) {
        super(FORMAT, clock);
    }

    @Override
    public int detect(String text) {
        XmlRoot root = XmlRoot.of(text);
        if (root == null) {
            return 0;
        }
        return ROOTS.contains(root.element()) || root.doctype() != null && ROOTS.contains(root.doctype()) ? 95 : 0;
    }

    @Override
    public String missing(String text) {
        return "no <PubmedArticleSet> root element";
    }

    @Override
    public void stream(StreamedInput input, Consumer<Document> sink) throws ConversionException {
        int articles = 0;
        try (XmlCursor cursor = XmlCursor.open(input.stream(), input.name())) {
            while (cursor.nextStart()) {
                String name = cursor.localName();
                if (name.equals("PubmedArticle")) {
                    XmlNode article = cursor.readElement();
                    sink.accept(new PubMedArticleReader(input.name(), article)
                            .read(input.sourceInfo(this, clock)));
                    articles++;
                } else if (name.equals("PubmedBookArticle") || name.equals("DeleteCitation")) {
                    cursor.readElement();
                }
            }
        }
        if (articles == 0) {
            throw new ConversionException(NO_ARTICLES, input.name(), 0, "no <PubmedArticle> in the file");
        }
    }
}
