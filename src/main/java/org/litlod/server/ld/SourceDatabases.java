package org.litlod.server.ld;

import java.util.Optional;
import org.litlod.schemes.IdentifierSchemes;

/**
 * The web pages of the source databases for an entity IRI (MeSH Browser, Monarch, NCBI Gene,
 * PubChem, HGNC, OMIM, UniProt, PubMed...): the landing page of the IRI form the registry of
 * identifier schemes knows it by.
 */
final class SourceDatabases {
    /** A database page for an entity: the database name and the page URL. */
    record Page(String database, String identifier, String url) {
    }

    private SourceDatabases() {
    }

    /** The database page of the entity IRI, when litlod knows its database. */
    static Optional<Page> of(String iri) {
        return IdentifierSchemes.byIri(iri)
                .filter(m -> m.form().page() != null && m.value().matches("[A-Za-z0-9._:-]+"))
                .map(m -> new Page(m.form().source(), m.scheme().display(m.value()), m.form().pageOf(m.value())));
    }
}
