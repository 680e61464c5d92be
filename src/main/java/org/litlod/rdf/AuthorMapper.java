package org.litlod.rdf;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Seq;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.litlod.model.Author;
import org.litlod.schemes.IdentifierScheme;
import org.litlod.schemes.IdentifierSchemes;
import org.litlod.vocab.BIBO;
import org.litlod.vocab.LITLOD;

/**
 * Authors of a paper: one {@code foaf:Person} per author, scoped to the paper (names alone do not
 * identify people), linked by {@code dcterms:creator} and ordered in a {@code bibo:authorList}
 * {@code rdf:Seq}.
 */
final class AuthorMapper {
    private static final IdentifierScheme ORCID = IdentifierSchemes.ORCID;

    private AuthorMapper() {
    }

    static void map(MappingContext c) {
        List<Author> authors = c.doc().authors();
        if (authors.isEmpty()) {
            return;
        }
        Seq list = c.model().createSeq(c.iris().authorList(c.paperIri()));
        c.paper().addProperty(BIBO.authorList, list);
        for (int i = 0; i < authors.size(); i++) {
            Resource person = person(c, authors.get(i), c.iris().author(c.paperIri(), i + 1));
            c.paper().addProperty(DCTerms.creator, person);
            list.addProperty(RDF.li(i + 1), person);
        }
    }

    private static Resource person(MappingContext c, Author a, String iri) {
        Resource p = c.resource(iri).addProperty(RDF.type, FOAF.Person);
        p.addProperty(FOAF.name, a.name());
        c.text(p, FOAF.givenName, a.givenName());
        c.text(p, FOAF.familyName, a.familyName());
        if (a.orcid() != null && ORCID.isValid(a.orcid())) {
            p.addProperty(OWL.sameAs, c.resource(ORCID.iri(a.orcid())));
        }
        for (String affiliation : a.affiliations()) {
            c.text(p, LITLOD.affiliation, affiliation);
        }
        return p;
    }
}
