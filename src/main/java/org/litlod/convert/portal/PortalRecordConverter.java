package org.litlod.convert.portal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.ConversionException;
import org.litlod.convert.FieldWarning;
import org.litlod.convert.Format;
import org.litlod.convert.FormatConverter;
import org.litlod.convert.Provenance;
import org.litlod.convert.SourceText;
import org.litlod.convert.TextBlocks;
import org.litlod.model.Author;
import org.litlod.model.CitationCount;
import org.litlod.model.Document;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentIds;
import org.litlod.model.DocumentKind;
import org.litlod.model.Venue;

/**
 * Reads a research-output record scraped from a Pure research portal, where labels and values
 * are glued together ("Issue number120", "StatePublished - Feb 8 2012").
 *
 * <p>Error id: {@value #NO_TITLE} the page is empty. A publication state whose date cannot be
 * read keeps its status and loses the date, and a citation count that is not a number is left
 * out, each with a {@link FieldWarning}.
 */
public final class PortalRecordConverter extends FormatConverter {
    /** The format this converter reads. */
    public static final Format FORMAT = new Format("portal-record", "Research-portal record (Pure, as text)", "text/plain");
    /** The record has no title. */
    public static final String NO_TITLE = "LITLOD-CONVERT-201";

    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");

    /** A converter that stamps documents with the system clock. */
    public PortalRecordConverter() {
        this(Clock.systemUTC());
    }

    /** A converter that stamps documents with the given clock. */
    public PortalRecordConverter(Clock clock) {
        super(FORMAT, clock);
    }

    @Override
    public int detect(String text) {
        return PortalDetector.score(text);
    }

    @Override
    public String missing(String text) {
        return PortalDetector.missing(text);
    }

    @Override
    public List<Document> convert(SourceText input) throws ConversionException {
        PortalPage page = PortalPageReader.read(TextBlocks.blocks(input.text()));
        if (page.title() == null) {
            throw new ConversionException(NO_TITLE, input.name(), 1, "no title line");
        }
        List<String> outputType = page.outputType() == null ? List.of()
                : OutputTypeLabels.split(PortalPageReader.RESEARCH_OUTPUT.matcher(page.outputType().trimmed())
                        .replaceFirst("$1"));
        DocumentKind kind = outputType.isEmpty() ? DocumentKind.OTHER : OutputTypeLabels.kind(outputType);
        DocumentBuilder b = Document.builder(Provenance.of(input, this, clock), kind, page.title().text());
        if (page.authors() != null) {
            Arrays.stream(AUTHOR_SEPARATOR.split(page.authors().text()))
                    .filter(s -> !s.isBlank()).forEach(name -> b.author(Author.named(name.strip())));
        }
        if (!outputType.isEmpty()) {
            b.outputType(String.join(" / ", outputType));
        }
        if (page.citations() != null) {
            b.citations(citations(page, input.name(), b));
        }
        if (!page.abstractParagraphs().isEmpty()) {
            b.abstractText(String.join("\n\n", page.abstractParagraphs()));
        }
        b.language(page.value("Original language"));
        readState(page, b, input.name());
        String journal = page.value("Journal", "Book title", "Title of host publication");
        String volume = page.value("Volume");
        String issue = page.value("Issue number");
        String pages = page.value("Pages (from-to)", "Pages", "Article number");
        if (journal != null || volume != null || issue != null || pages != null) {
            b.venue(new Venue(journal, page.value("ISSN"), volume, issue, null, pages));
        }
        String doi = page.value("DOIs");
        if (doi == null) {
            doi = page.documentLinks().stream().filter(l -> DOI.matcher(l).find()).findFirst().orElse(null);
        }
        Matcher m = doi == null ? null : DOI.matcher(doi);
        String pmid = page.value("PubMed ID");
        b.ids(new DocumentIds(m != null && m.find() ? m.group() : null,
                pmid != null && pmid.matches("\\d+") ? pmid : null, null));
        page.subjects().forEach(b::subject);
        return List.of(b.build());
    }

    /** The citation count, or null with a warning when it cannot be read. */
    private static CitationCount citations(PortalPage page, String file, DocumentBuilder b) {
        Matcher m = PortalPageReader.CITATIONS.matcher(page.citations().trimmed());
        try {
            if (m.matches()) {
                return new CitationCount(Integer.parseInt(m.group(1).replace(",", "")), m.group(2));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        b.warning(FieldWarning.of(FieldWarning.BAD_NUMBER, file, page.citations().number(), "citation count",
                page.citations().trimmed(), "is not a count of citations"));
        return null;
    }

    private static void readState(PortalPage page, DocumentBuilder b, String file) {
        var state = page.field("State") != null ? page.field("State") : page.field("Publication status");
        if (state == null) {
            return;
        }
        Optional<PublicationState> parsed = PublicationState.parse(state.value());
        if (parsed.isPresent()) {
            b.status(parsed.get().status()).published(parsed.get().date());
            return;
        }
        PublicationState.statusOnly(state.value()).ifPresent(b::status);
        b.warning(FieldWarning.of(FieldWarning.BAD_DATE, file, state.line(), "date of the publication state",
                state.value(), "is not a date"));
    }
}
