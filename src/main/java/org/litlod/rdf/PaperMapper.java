package org.litlod.rdf;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.litlod.ids.PaperIds;
import org.litlod.model.Document;
import org.litlod.model.DocumentIds;
import org.litlod.model.DocumentKind;
import org.litlod.model.Venue;
import org.litlod.vocab.BIBO;
import org.litlod.vocab.FABIO;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.PRISM;

/**
 * The core bibliographic description of a paper: FaBiO type, title, identifiers and
 * {@code owl:sameAs} links, issue date, journal and place in it, abstract.
 */
final class PaperMapper {
    private PaperMapper() {
    }

    static void map(MappingContext c) {
        Document d = c.doc();
        Resource paper = c.paper();
        paper.addProperty(RDF.type, LITLOD.Paper);
        paper.addProperty(RDF.type, FABIO.Expression);
        paper.addProperty(RDF.type, kindClass(d.kind()));
        paper.addProperty(DCTerms.title, d.title());
        identifiers(c, paper, d.ids());
        if (d.published() != null) {
            paper.addProperty(DCTerms.issued, Literals.date(d.published()));
        }
        venue(c, paper, d.venue());
        c.text(paper, DCTerms.abstract_, d.abstractText());
    }

    /** The FaBiO class of a document kind. */
    static Resource kindClass(DocumentKind kind) {
        return switch (kind) {
            case JOURNAL_ARTICLE -> FABIO.JournalArticle;
            case REVIEW_ARTICLE -> FABIO.ReviewArticle;
            case WEB_ARTICLE -> FABIO.WebContent;
            case OTHER -> FABIO.Expression;
        };
    }

    /**
     * DOI, PMID and PMCID as literals (also in the forms Wikidata stores: the DOI upper-cased,
     * the PMCID without "PMC"), and the same paper's IRIs elsewhere as owl:sameAs.
     */
    static void identifiers(MappingContext c, Resource work, DocumentIds ids) {
        c.text(work, PRISM.doi, ids.doi());
        if (ids.doi() != null) {
            c.text(work, LITLOD.doiUpperCase, ids.doi().toUpperCase(java.util.Locale.ROOT));
        }
        c.text(work, BIBO.pmid, ids.pmid());
        c.text(work, FABIO.hasPubMedCentralId, ids.pmcid());
        if (ids.pmcid() != null && ids.pmcid().matches("PMC\\d+")) {
            c.text(work, LITLOD.pmcNumber, ids.pmcid().substring(3));
        }
        for (String iri : PaperIds.sameAs(ids)) {
            work.addProperty(OWL.sameAs, c.resource(iri));
        }
    }

    private static void venue(MappingContext c, Resource paper, Venue v) {
        if (v == null) {
            return;
        }
        String journalIri = c.iris().journal(v);
        if (journalIri != null) {
            Resource journal = c.resource(journalIri).addProperty(RDF.type, FABIO.Journal);
            c.text(journal, DCTerms.title, v.journal());
            c.text(journal, PRISM.issn, v.issn());
            paper.addProperty(DCTerms.isPartOf, journal);
        }
        c.text(paper, PRISM.publicationName, v.journal());
        c.text(paper, PRISM.volume, v.volume());
        c.text(paper, PRISM.issueIdentifier, v.issue());
        c.text(paper, LITLOD.supplement, v.supplement());
        c.text(paper, PRISM.pageRange, v.pages());
    }
}
