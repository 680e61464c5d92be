package org.litlod.convert.jats;

import java.time.Clock;
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
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentKind;

/**
 * Reads a JATS article (PMC's {@code .nxml}), or each {@code <article>} of a
 * {@code <pmc-articleset>}: front matter, body and reference list.
 *
 * <p>Error ids: {@value #NO_TITLE} an article has no title; {@value #NO_ARTICLE} the file holds
 * no {@code <article>}.
 */
public final class JatsConverter extends FormatConverter implements StreamingConverter {
    /** The format this converter reads. */
    public static final Format FORMAT = new Format("jats", "JATS XML (PubMed Central)", "application/xml");
    /** An article has no title. */
    public static final String NO_TITLE = "LITLOD-CONVERT-601";
    /** The file holds no article. */
    public static final String NO_ARTICLE = "LITLOD-CONVERT-602";

    /** A converter that stamps documents with the system clock. */
    public JatsConverter() {
        this(Clock.systemUTC());
    }

    /** A converter that stamps documents with the given clock. */
    public JatsConverter(Clock clock) {
        super(FORMAT, clock);
    }

    @Override
    public int detect(String text) {
        XmlRoot root = XmlRoot.of(text);
        if (root == null) {
            return 0;
        }
        if ("pmc-articleset".equals(root.element())) {
            return 90;
        }
        return "article".equals(root.element()) && text.contains("<front") ? 90 : 0;
    }

    @Override
    public String missing(String text) {
        return "no <article> root element with <front>";
    }

    @Override
    public void stream(StreamedInput input, Consumer<Document> sink) throws ConversionException {
        int articles = 0;
        try (XmlCursor cursor = XmlCursor.open(input.stream(), input.name())) {
            while (cursor.nextStart()) {
                if (cursor.localName().equals("article")) {
                    sink.accept(read(cursor.readElement(), input));
                    articles++;
                }
            }
        }
        if (articles == 0) {
            throw new ConversionException(NO_ARTICLE, input.name(), 0, "no <article> element");
        }
    }

    private Document read(XmlNode article, StreamedInput input) throws ConversionException {
        XmlNode meta = article.find("front/article-meta");
        String title = meta == null ? null : meta.textAt("title-group/article-title");
        if (title == null) {
            throw new ConversionException(NO_TITLE, input.name(), article.line(), "article without <article-title>");
        }
        DocumentKind kind = "review-article".equals(article.attr("article-type"))
                ? DocumentKind.REVIEW_ARTICLE : DocumentKind.JOURNAL_ARTICLE;
        DocumentBuilder b = Document.builder(input.sourceInfo(this, clock), kind, title);
        JatsFront.fill(article.child("front"), meta, b, input.name());
        JatsReferences refs = JatsReferences.of(article.child("back"));
        JatsBody.fill(article.child("body"), refs, b);
        for (XmlNode floats : article.children("floats-group")) {
            JatsBody.floatingFigures(floats).forEach(b::figure);
        }
        refs.references().forEach(b::reference);
        return b.build();
    }
}
