package org.litlod.server.ld;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The web pages of the source databases for an entity IRI: MeSH Browser, Monarch (MONDO),
 * NCBI Gene, NCBI Taxonomy, PubChem, HGNC, UniProt, PubMed.
 */
final class SourceDatabases {
    /** A database page for an entity: the database name and the page URL. */
    record Page(String database, String identifier, String url) {
    }

    private record Rule(String prefix, String database, Function<String, String> id, Function<String, String> url) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("http://id.nlm.nih.gov/mesh/", "MeSH", id -> id,
                    id -> "https://meshb.nlm.nih.gov/record/ui?ui=" + id),
            new Rule("http://identifiers.org/mesh/", "MeSH (identifiers.org)", id -> id,
                    id -> "https://identifiers.org/mesh:" + id),
            new Rule("http://purl.obolibrary.org/obo/MONDO_", "MONDO", id -> "MONDO:" + id,
                    id -> "https://monarchinitiative.org/MONDO:" + id),
            new Rule("http://identifiers.org/ncbigene/", "NCBI Gene", id -> id,
                    id -> "https://www.ncbi.nlm.nih.gov/gene/" + id),
            new Rule("https://www.ncbi.nlm.nih.gov/gene/", "NCBI Gene", id -> id,
                    id -> "https://www.ncbi.nlm.nih.gov/gene/" + id),
            new Rule("http://purl.uniprot.org/geneid/", "UniProt (GeneID)", id -> id,
                    id -> "https://www.uniprot.org/uniprotkb?query=xref:geneid-" + id),
            new Rule("http://purl.obolibrary.org/obo/NCBITaxon_", "NCBI Taxonomy", id -> id,
                    id -> "https://www.ncbi.nlm.nih.gov/Taxonomy/Browser/wwwtax.cgi?id=" + id),
            new Rule("http://purl.uniprot.org/taxonomy/", "UniProt Taxonomy", id -> id,
                    id -> "https://www.uniprot.org/taxonomy/" + id),
            new Rule("http://identifiers.org/taxonomy/", "NCBI Taxonomy (identifiers.org)", id -> id,
                    id -> "https://identifiers.org/taxonomy:" + id),
            new Rule("http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID", "PubChem", id -> "CID " + id,
                    id -> "https://pubchem.ncbi.nlm.nih.gov/compound/" + id),
            new Rule("http://identifiers.org/hgnc/", "HGNC", id -> "HGNC:" + id,
                    id -> "https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/HGNC:" + id),
            new Rule("https://omim.org/entry/", "OMIM", id -> "OMIM:" + id, id -> "https://omim.org/entry/" + id),
            new Rule("http://purl.uniprot.org/mim/", "OMIM (UniProt)", id -> "OMIM:" + id,
                    id -> "https://omim.org/entry/" + id),
            new Rule("http://identifiers.org/omim/", "OMIM (identifiers.org)", id -> "OMIM:" + id,
                    id -> "https://omim.org/entry/" + id),
            new Rule("http://rdf.ncbi.nlm.nih.gov/pubmed/", "PubMed", id -> "PMID " + id,
                    id -> "https://pubmed.ncbi.nlm.nih.gov/" + id + "/"));

    private SourceDatabases() {
    }

    /** The database page of the entity IRI, when litlod knows its database. */
    static Optional<Page> of(String iri) {
        for (Rule r : RULES) {
            if (iri.startsWith(r.prefix) && iri.length() > r.prefix.length()) {
                String id = iri.substring(r.prefix.length());
                if (id.matches("[A-Za-z0-9._:-]+")) {
                    return Optional.of(new Page(r.database, r.id.apply(id), r.url.apply(id)));
                }
            }
        }
        return Optional.empty();
    }
}
