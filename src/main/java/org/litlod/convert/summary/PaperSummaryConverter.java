package org.litlod.convert.summary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.ConversionException;
import org.litlod.convert.FieldWarning;
import org.litlod.convert.Format;
import org.litlod.convert.FormatConverter;
import org.litlod.convert.Provenance;
import org.litlod.convert.SourceText;
import org.litlod.convert.TextBlocks;
import org.litlod.convert.TextLine;
import org.litlod.model.Author;
import org.litlod.model.Document;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentIds;
import org.litlod.model.DocumentKind;
import org.litlod.model.Venue;

/**
 * Reads a Markdown paper summary: a {@code # } title, an {@code **Authors:**} line, a header
 * line (database · DOI · journal · date), {@code ## } sections (TL;DR, Contribution, Key
 * findings, Abstract, entity lists, notes on omitted parts) and a footer with the source link.
 *
 * <p>Error ids: {@value #NO_TITLE} no title line; {@value #MALFORMED_ENTITY} a malformed
 * entity item or identifier; {@value #UNKNOWN_CATEGORY} an unknown entity category.
 */
public final class PaperSummaryConverter extends FormatConverter {
    /** The format this converter reads. */
    public static final Format FORMAT = new Format("paper-summary", "Paper summary (Markdown)", "text/markdown");
    /** The summary has no {@code # } title line. */
    public static final String NO_TITLE = "LITLOD-CONVERT-101";
    /** An entity item is malformed: a bad identifier ("MONDO:abc"), unbalanced brackets. */
    public static final String MALFORMED_ENTITY = "LITLOD-CONVERT-102";
    /** An entity list names a category litlod does not know. */
    public static final String UNKNOWN_CATEGORY = "LITLOD-CONVERT-103";

    private static final Pattern AUTHORS = Pattern.compile("^\\*\\*Authors?:?\\*\\*:?\\s*(.*)$");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");

    /** A converter that stamps documents with the system clock. */
    public PaperSummaryConverter() {
        this(Clock.systemUTC());
    }

    /** A converter that stamps documents with the given clock. */
    public PaperSummaryConverter(Clock clock) {
        super(FORMAT, clock);
    }

    @Override
    public int detect(String text) {
        return SummaryDetector.score(text);
    }

    @Override
    public String missing(String text) {
        return SummaryDetector.missing(text);
    }

    @Override
    public List<Document> convert(SourceText input) throws ConversionException {
        SummaryLayout layout = SummaryLayout.of(TextBlocks.lines(input.text()));
        if (layout.title() == null || layout.title().text().isEmpty()) {
            throw new ConversionException(NO_TITLE, input.name(), 1, "no '# ' title line");
        }
        HeaderFields header = HeaderFields.NONE;
        List<String> authors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (TextLine line : layout.preamble()) {
            Matcher m = AUTHORS.matcher(line.trimmed());
            if (m.matches()) {
                List<String> names = BracketText.split(AND.matcher(m.group(1)).replaceAll(", ").replace(';', ','), ',');
                authors.addAll(names == null ? List.of(m.group(1).strip()) : names);
            } else if (HeaderLineParser.isHeader(line.trimmed())) {
                header = header.or(HeaderLineParser.parse(line.trimmed(), (field, value) -> warnings.add(
                        FieldWarning.of(field.equals("DOI") ? FieldWarning.BAD_DOI : FieldWarning.BAD_DATE,
                                input.name(), line.number(), field, value, "is not a " + field))));
            }
        }
        DocumentBuilder b = Document.builder(Provenance.of(input, this, clock),
                header.journal() != null ? DocumentKind.JOURNAL_ARTICLE : DocumentKind.OTHER,
                layout.title().text());
        authors.forEach(name -> b.author(Author.named(name)));
        warnings.forEach(b::warning);
        b.sourceDatabase(header.sourceDatabase()).published(header.date());
        if (header.journal() != null) {
            b.venue(Venue.journal(header.journal()));
        }
        SummaryLinks links = new SummaryLinks();
        SummarySections.read(layout.parts(), input.name(), b, links);
        links.addFooter(layout.footer());
        links.all().forEach(b::link);
        header = header.or(new HeaderFields(null, null, links.pmid(), links.pmcid(), null, null));
        return List.of(b.ids(new DocumentIds(header.doi(), header.pmid(), header.pmcid())).build());
    }
}
