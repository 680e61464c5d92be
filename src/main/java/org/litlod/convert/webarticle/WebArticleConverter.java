package org.litlod.convert.webarticle;

import java.time.Clock;
import java.util.List;
import org.litlod.convert.ConversionException;
import org.litlod.convert.Format;
import org.litlod.convert.FormatConverter;
import org.litlod.convert.Provenance;
import org.litlod.convert.SourceText;
import org.litlod.convert.TextBlocks;
import org.litlod.convert.TextLine;
import org.litlod.model.Document;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentKind;
import org.litlod.model.Substance;

/**
 * Reads a web article about a drug, as scraped to text: the title, the date, sections with
 * figures and numbered citation markers, the reference list, and the drug's CAS registry
 * numbers; the page furniture (related links, "See also" teasers, supplier listings) is
 * recognised and left out.
 *
 * <p>Error id: {@value #NO_TITLE} the text has no title. Warning id: {@value #BAD_CAS} a CAS
 * number has a wrong check digit and is left out (the document still loads).
 */
public final class WebArticleConverter extends FormatConverter {
    /** The format this converter reads. */
    public static final Format FORMAT = new Format("web-article", "Web article about a drug (text)", "text/plain");
    /** The article has no title line. */
    public static final String NO_TITLE = "LITLOD-CONVERT-301";
    /** A CAS registry number has a wrong check digit: left out with a warning. */
    public static final String BAD_CAS = "LITLOD-CONVERT-302";

    /** A converter that stamps documents with the system clock. */
    public WebArticleConverter() {
        this(Clock.systemUTC());
    }

    /** A converter that stamps documents with the given clock. */
    public WebArticleConverter(Clock clock) {
        super(FORMAT, clock);
    }

    @Override
    public int detect(String text) {
        return WebArticleDetector.score(text);
    }

    @Override
    public String missing(String text) {
        return WebArticleDetector.missing(text);
    }

    @Override
    public List<Document> convert(SourceText input) throws ConversionException {
        List<TextLine> lines = TextBlocks.lines(input.text());
        ArticleHead head = ArticleHead.of(lines);
        if (head.title() == null) {
            throw new ConversionException(NO_TITLE, input.name(), 1, "no title line");
        }
        List<TextLine> rest = lines.subList(head.end(), lines.size());
        int tail = Math.min(PageBoilerplate.tailStart(rest, 0), substanceStart(rest));
        ArticleBody body = ArticleBody.read(rest.subList(0, tail));
        DocumentBuilder b = Document.builder(Provenance.of(input, this, clock), DocumentKind.WEB_ARTICLE,
                head.title().text());
        b.published(head.date());
        int referenceCount = body.references().size();
        body.sections().forEach(s -> b.section(s.build(referenceCount)));
        body.references().forEach(r -> b.reference(ReferenceParser.parse(r.number(), r.text())));
        Substance substance = SubstanceReader.read(rest, head.title().text(), input.name(), b::warning);
        if (substance != null) {
            b.substance(substance);
        }
        return List.of(b.build());
    }

    /**
     * The index where the substance block starts (the name line above the first line of CAS
     * numbers, or that line itself), or the size when there is none.
     */
    private static int substanceStart(List<TextLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && SubstanceReader.isCasLine(lines.get(i).text())) {
                int above = i - 1;
                while (above >= 0 && lines.get(above).isBlank()) {
                    above--;
                }
                boolean nameAbove = above >= 0 && lines.get(above).trimmed().length() <= 60
                        && !lines.get(above).trimmed().endsWith(".");
                return nameAbove ? above : i;
            }
        }
        return lines.size();
    }
}
