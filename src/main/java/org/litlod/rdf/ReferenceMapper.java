package org.litlod.rdf;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Seq;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.litlod.ids.PaperIds;
import org.litlod.model.Reference;
import org.litlod.vocab.BIBO;
import org.litlod.vocab.CITO;
import org.litlod.vocab.FABIO;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.PRISM;

/**
 * The reference list: the paper {@code cito:cites} one resource per entry, described with the
 * entry's own bibliographic parts and the entry text as {@code dcterms:bibliographicCitation}.
 * Authors of cited works are literal names in a {@code bibo:authorList} sequence.
 */
final class ReferenceMapper {
    private ReferenceMapper() {
    }

    static void map(MappingContext c) {
        List<Reference> refs = c.doc().references();
        for (int i = 0; i < refs.size(); i++) {
            Resource ref = c.resource(c.iris().reference(c.paperIri(), i + 1));
            c.paper().addProperty(CITO.cites, ref);
            describe(c, ref, refs.get(i));
        }
    }

    /** The reference a citation marker number points to: the entry with that number, else that position. */
    static String iriOfNumber(MappingContext c, int number) {
        List<Reference> refs = c.doc().references();
        for (int i = 0; i < refs.size(); i++) {
            if (refs.get(i).number() == number) {
                return c.iris().reference(c.paperIri(), i + 1);
            }
        }
        return number >= 1 && number <= refs.size() ? c.iris().reference(c.paperIri(), number) : null;
    }

    private static void describe(MappingContext c, Resource ref, Reference r) {
        ref.addProperty(RDF.type, FABIO.Expression);
        ref.addProperty(DCTerms.bibliographicCitation, r.text());
        c.text(ref, DCTerms.title, r.title());
        if (!r.authors().isEmpty()) {
            Seq list = c.model().createSeq(ref.getURI() + "/authors");
            for (int i = 0; i < r.authors().size(); i++) {
                list.addProperty(RDF.li(i + 1), r.authors().get(i));
            }
            ref.addProperty(BIBO.authorList, list);
        }
        if (r.etAl()) {
            ref.addProperty(LITLOD.authorsTruncated, Literals.bool(true));
        }
        c.text(ref, PRISM.publicationName, r.journal());
        if (r.year() != null) {
            ref.addProperty(DCTerms.issued, Literals.year(r.year()));
        }
        c.text(ref, PRISM.volume, r.volume());
        c.text(ref, PRISM.issueIdentifier, r.issue());
        c.text(ref, LITLOD.supplement, r.supplement());
        c.text(ref, PRISM.pageRange, r.pages());
        PaperMapper.identifiers(c, ref, PaperIds.wellFormed(r.ids()));
        c.text(ref, RDFS.comment, r.note());
    }
}
