package org.litlod.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One source document (paper, record or article) in the neutral model.
 *
 * @param source        where the document came from and which converter read it
 * @param kind          what kind of publication it is
 * @param title         the title, never null
 * @param authors       authors in the order the source gives them
 * @param ids           bibliographic identifiers (DOI, PMID, PMCID)
 * @param venue         journal, volume, issue, pages; null when not known
 * @param published     publication date at the precision the source gives; null when not known
 * @param status        publication status as written ("Published"); null when not given
 * @param language      original language as written ("English (US)"); null when not given
 * @param outputType    the source's own classification ("Contribution to journal / Article")
 * @param sourceDatabase the database the summary came from ("PMC"); null when not given
 * @param citations     citation count and the index that counted; null when not given
 * @param subjects      subject areas as written
 * @param summary       TL;DR, contribution and key findings of a structured summary
 * @param abstractText  the abstract; null when absent
 * @param sections      body sections in order
 * @param figures       figure captions in order (figures outside any section)
 * @param figureCount   the number of figures the source says the full paper has; null if unknown
 * @param omitted       parts the source says it left out
 * @param references    the reference list in order
 * @param entities      entities the source itself lists (with their identifiers)
 * @param substances    substances the document is about, with registry numbers
 * @param links         links to the full text, the source page and the like
 * @param mentions      entity mentions in the document's passages, from the source or a tagger
 * @param relations     relations between entities, asserted by the source or found in the text
 * @param warnings      what the converter left out and why: a malformed optional field (a DOI
 *                      that is not one, a date that does not parse), each message with its id,
 *                      the file, the place and the value; not published
 */
public record Document(
        SourceInfo source,
        DocumentKind kind,
        String title,
        List<Author> authors,
        DocumentIds ids,
        Venue venue,
        PublicationDate published,
        String status,
        String language,
        String outputType,
        String sourceDatabase,
        CitationCount citations,
        List<String> subjects,
        Summary summary,
        String abstractText,
        List<Section> sections,
        List<Figure> figures,
        Integer figureCount,
        List<OmittedContent> omitted,
        List<Reference> references,
        List<ListedEntity> entities,
        List<Substance> substances,
        List<Link> links,
        List<Mention> mentions,
        List<Relation> relations,
        List<String> warnings) {

    public Document {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a document needs a title");
        }
        authors = List.copyOf(authors);
        ids = ids == null ? DocumentIds.NONE : ids;
        subjects = List.copyOf(subjects);
        summary = summary == null ? Summary.EMPTY : summary;
        sections = List.copyOf(sections);
        figures = List.copyOf(figures);
        omitted = List.copyOf(omitted);
        references = List.copyOf(references);
        entities = List.copyOf(entities);
        substances = List.copyOf(substances);
        links = List.copyOf(links);
        mentions = List.copyOf(mentions);
        relations = relations == null ? List.of() : List.copyOf(relations);
        warnings = List.copyOf(warnings);
    }

    /** Starts a builder; converters use it so that absent fields stay absent. */
    public static DocumentBuilder builder(SourceInfo source, DocumentKind kind, String title) {
        return new DocumentBuilder(source, kind, title);
    }

    /** Every text of the document with its stable key, in reading order; offsets refer to these. */
    public List<Passage> passages() {
        return Passages.of(this);
    }

    /** This document with further mentions added after the existing ones. */
    public Document withMentions(List<Mention> more) {
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(more);
        return withOnlyMentions(all);
    }

    /** This document with {@code replacement} in place of its mentions. */
    public Document withOnlyMentions(List<Mention> replacement) {
        return new Document(source, kind, title, authors, ids, venue, published, status, language,
                outputType, sourceDatabase, citations, subjects, summary, abstractText, sections,
                figures, figureCount, omitted, references, entities, substances, links, replacement, relations, warnings);
    }

    /** This document with {@code replacement} in place of its relations. */
    public Document withRelations(List<Relation> replacement) {
        return new Document(source, kind, title, authors, ids, venue, published, status, language,
                outputType, sourceDatabase, citations, subjects, summary, abstractText, sections,
                figures, figureCount, omitted, references, entities, substances, links, mentions, replacement, warnings);
    }

    /**
     * This document with checked identifiers, venue and references in place of its own, and
     * the warnings about what the check left out added to its warnings.
     */
    public Document withChecked(DocumentIds checkedIds, Venue checkedVenue, List<Reference> checkedReferences,
                                List<String> moreWarnings) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(moreWarnings);
        return new Document(source, kind, title, authors, checkedIds, checkedVenue, published, status, language,
                outputType, sourceDatabase, citations, subjects, summary, abstractText, sections,
                figures, figureCount, omitted, checkedReferences, entities, substances, links, mentions, relations, all);
    }
}
