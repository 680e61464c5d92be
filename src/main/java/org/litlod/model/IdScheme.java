package org.litlod.model;

/**
 * The identifier schemes of entity identifiers in the model. Everything else about a scheme
 * (syntax, CURIE prefixes, IRIs, literal, landing page) is its descriptor in
 * {@code org.litlod.schemes.IdentifierSchemes}, found by this name ({@code org.litlod.ids.Schemes});
 * here the scheme is only a name. New values go at the end (compiled lexicons store the names).
 */
public enum IdScheme {
    /** MONDO disease ontology: value is 7 digits ("0002049"). */
    MONDO,
    /** MeSH descriptor or supplementary record: value is the UI ("D013921", "C000589078"). */
    MESH,
    /** NCBI Gene: value is the numeric GeneID ("238"). */
    NCBI_GENE,
    /** NCBI Taxonomy: value is the numeric taxon id ("9606"). */
    NCBI_TAXON,
    /** PubChem compound: value is the numeric CID ("11597571"). */
    PUBCHEM_COMPOUND,
    /** CAS registry number ("877399-52-5"). */
    CAS,
    /** HGNC: value is the number without the prefix ("427"). */
    HGNC,
    /** OMIM (Online Mendelian Inheritance in Man): value is the 6-digit MIM number ("261600"). */
    OMIM,
    /** A protein-level sequence variant in HGVS notation ("p.Leu1196Met"). */
    HGVS_PROTEIN,
    /** Ensembl gene: value is the stable gene id ("ENSG00000171094"). */
    ENSEMBL_GENE
}
