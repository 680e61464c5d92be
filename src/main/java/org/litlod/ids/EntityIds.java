package org.litlod.ids;

import java.util.List;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Canonical IRIs, {@code skos:exactMatch} IRIs and identifier literals of entity identifiers,
 * exactly as IDENTIFIERS.md prescribes. Variants (HGVS) get IRIs from {@link IriMinter} because
 * they are only meaningful with their gene; CAS numbers are published as literals only.
 */
public final class EntityIds {
    public static final String MESH = "http://id.nlm.nih.gov/mesh/";
    public static final String MESH_IDENTIFIERS_ORG = "http://identifiers.org/mesh/";
    public static final String OBO = "http://purl.obolibrary.org/obo/";
    public static final String NCBIGENE = "http://identifiers.org/ncbigene/";
    public static final String UNIPROT_GENEID = "http://purl.uniprot.org/geneid/";
    public static final String NCBI_GENE_PAGE = "https://www.ncbi.nlm.nih.gov/gene/";
    public static final String UNIPROT_TAXONOMY = "http://purl.uniprot.org/taxonomy/";
    public static final String TAXONOMY_IDENTIFIERS_ORG = "http://identifiers.org/taxonomy/";
    public static final String PUBCHEM_COMPOUND = "http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID";
    public static final String HGNC = "http://identifiers.org/hgnc/";
    /** OMIM entries as MONDO's mappings and Wikidata's formatter URL write them. */
    public static final String OMIM = "https://omim.org/entry/";
    public static final String UNIPROT_MIM = "http://purl.uniprot.org/mim/";
    public static final String OMIM_IDENTIFIERS_ORG = "http://identifiers.org/omim/";

    private EntityIds() {
    }

    /** Whether the scheme names entities with IRIs of their own (all but CAS and HGVS). */
    public static boolean hasOwnIri(IdScheme scheme) {
        return scheme != IdScheme.CAS && scheme != IdScheme.HGVS_PROTEIN;
    }

    /**
     * The published form of an identifier.
     *
     * @throws MalformedIdentifierException when the value does not have its scheme's syntax
     * @throws IllegalArgumentException     for CAS and HGVS, which have no IRI of their own
     */
    public static PublishedId of(Identifier id) {
        IdSyntax.check(id);
        String v = id.value();
        return switch (id.scheme()) {
            case MESH -> new PublishedId(MESH + v, List.of(MESH_IDENTIFIERS_ORG + v), v);
            case MONDO -> new PublishedId(OBO + "MONDO_" + v, List.of(), "MONDO:" + v);
            case NCBI_GENE -> new PublishedId(NCBIGENE + v,
                    List.of(UNIPROT_GENEID + v, NCBI_GENE_PAGE + v), v);
            case NCBI_TAXON -> new PublishedId(OBO + "NCBITaxon_" + v,
                    List.of(UNIPROT_TAXONOMY + v, TAXONOMY_IDENTIFIERS_ORG + v), v);
            case PUBCHEM_COMPOUND -> new PublishedId(PUBCHEM_COMPOUND + v, List.of(), v);
            case HGNC -> new PublishedId(HGNC + v, List.of(), "HGNC:" + v);
            case OMIM -> new PublishedId(OMIM + v, List.of(UNIPROT_MIM + v, OMIM_IDENTIFIERS_ORG + v), v);
            case CAS, HGVS_PROTEIN -> throw new IllegalArgumentException(
                    id + " has no IRI of its own; see IriMinter.variant and litlod:casRegistryNumber");
        };
    }
}
