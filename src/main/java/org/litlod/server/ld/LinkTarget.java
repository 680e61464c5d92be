package org.litlod.server.ld;

/**
 * The external datasets litlod links to, each known by the IRI space of its entities. The
 * dataset description publishes one {@code void:Linkset} per target and link predicate.
 */
enum LinkTarget {
    MESH("mesh", "MeSH", "http://id.nlm.nih.gov/mesh/", "http://id.nlm.nih.gov/mesh",
            "https://id.nlm.nih.gov/mesh/", "https://id.nlm.nih.gov/mesh/sparql"),
    MONDO("mondo", "MONDO Disease Ontology", "http://purl.obolibrary.org/obo/MONDO_",
            "http://purl.obolibrary.org/obo/mondo.owl", "https://mondo.monarchinitiative.org/",
            "https://ubergraph.apps.renci.org/sparql"),
    NCBI_GENE("ncbigene", "NCBI Gene", "http://identifiers.org/ncbigene/",
            "https://www.ncbi.nlm.nih.gov/gene", "https://www.ncbi.nlm.nih.gov/gene/", null),
    NCBI_TAXON("ncbitaxon", "NCBI Taxonomy", "http://purl.obolibrary.org/obo/NCBITaxon_",
            "http://purl.obolibrary.org/obo/ncbitaxon.owl", "https://www.ncbi.nlm.nih.gov/taxonomy",
            "https://ubergraph.apps.renci.org/sparql"),
    PUBCHEM("pubchem", "PubChem Compound", "http://rdf.ncbi.nlm.nih.gov/pubchem/compound/",
            "http://rdf.ncbi.nlm.nih.gov/pubchem", "https://pubchem.ncbi.nlm.nih.gov/",
            "https://idsm.elixir-czech.cz/sparql/endpoint/idsm"),
    UNIPROT("uniprot", "UniProt", "http://purl.uniprot.org/", "http://purl.uniprot.org",
            "https://www.uniprot.org/", "https://sparql.uniprot.org/sparql"),
    PUBMED("pubmed", "PubMed", "http://rdf.ncbi.nlm.nih.gov/pubmed/", "http://rdf.ncbi.nlm.nih.gov/pubmed",
            "https://pubmed.ncbi.nlm.nih.gov/", null);

    final String key;
    final String title;
    final String uriSpace;
    final String datasetIri;
    final String homepage;
    final String sparqlEndpoint;

    LinkTarget(String key, String title, String uriSpace, String datasetIri, String homepage,
               String sparqlEndpoint) {
        this.key = key;
        this.title = title;
        this.uriSpace = uriSpace;
        this.datasetIri = datasetIri;
        this.homepage = homepage;
        this.sparqlEndpoint = sparqlEndpoint;
    }

    /** The target whose IRI space holds {@code iri}, or null. */
    static LinkTarget of(String iri) {
        for (LinkTarget t : values()) {
            if (iri.startsWith(t.uriSpace)) {
                return t;
            }
        }
        return null;
    }
}
