package org.litlod.tag.lexicon;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Compact identifiers ("MONDO:0005233", "mesh:D002289", "NCBIGene:238") and the IRIs the
 * vocabulary files use, turned into {@link Identifier}s and back. Prefixes are matched
 * case-insensitively; the written form is the one of {@link #format(Identifier)}.
 */
public final class Curies {

    private static final Map<String, IdScheme> PREFIXES = Map.ofEntries(
            Map.entry("mondo", IdScheme.MONDO),
            Map.entry("mesh", IdScheme.MESH),
            Map.entry("ncbigene", IdScheme.NCBI_GENE),
            Map.entry("entrezgene", IdScheme.NCBI_GENE),
            Map.entry("ncbitaxon", IdScheme.NCBI_TAXON),
            Map.entry("taxon", IdScheme.NCBI_TAXON),
            Map.entry("pubchem.compound", IdScheme.PUBCHEM_COMPOUND),
            Map.entry("cid", IdScheme.PUBCHEM_COMPOUND),
            Map.entry("hgnc", IdScheme.HGNC),
            Map.entry("omim", IdScheme.OMIM),
            Map.entry("mim", IdScheme.OMIM),
            Map.entry("cas", IdScheme.CAS));

    private static final Map<IdScheme, String> WRITTEN = Map.of(
            IdScheme.MONDO, "MONDO", IdScheme.MESH, "MESH", IdScheme.NCBI_GENE, "NCBIGene",
            IdScheme.NCBI_TAXON, "NCBITaxon", IdScheme.PUBCHEM_COMPOUND, "PUBCHEM.COMPOUND",
            IdScheme.HGNC, "HGNC", IdScheme.OMIM, "OMIM", IdScheme.CAS, "CAS", IdScheme.HGVS_PROTEIN, "HGVS");

    private static final Map<String, IdScheme> IRI_PREFIXES = Map.of(
            "http://purl.obolibrary.org/obo/MONDO_", IdScheme.MONDO,
            "http://purl.obolibrary.org/obo/NCBITaxon_", IdScheme.NCBI_TAXON,
            "http://id.nlm.nih.gov/mesh/", IdScheme.MESH,
            "http://identifiers.org/mesh/", IdScheme.MESH,
            "http://identifiers.org/ncbigene/", IdScheme.NCBI_GENE,
            "http://identifiers.org/hgnc/", IdScheme.HGNC,
            "https://omim.org/entry/", IdScheme.OMIM,
            "http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID", IdScheme.PUBCHEM_COMPOUND);

    private Curies() {
    }

    /** The identifier a CURIE denotes, or empty when its prefix is not one litlod knows. */
    public static Optional<Identifier> parse(String curie) {
        int colon = curie.indexOf(':');
        if (colon <= 0 || colon == curie.length() - 1) {
            return Optional.empty();
        }
        IdScheme scheme = PREFIXES.get(curie.substring(0, colon).trim().toLowerCase(Locale.ROOT));
        if (scheme == null) {
            return Optional.empty();
        }
        String value = curie.substring(colon + 1).trim();
        if (scheme == IdScheme.HGNC && value.regionMatches(true, 0, "HGNC:", 0, 5)) {
            value = value.substring(5);
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(new Identifier(scheme, value));
    }

    /** Like {@link #parse(String)}, but an unknown prefix is an error. */
    public static Identifier require(String curie) {
        return parse(curie).orElseThrow(
                () -> new IllegalArgumentException("not a CURIE litlod knows: " + curie));
    }

    /** The identifier an IRI of one of the vocabularies denotes, or empty. */
    public static Optional<Identifier> fromIri(String iri) {
        for (Map.Entry<String, IdScheme> e : IRI_PREFIXES.entrySet()) {
            if (iri.startsWith(e.getKey()) && iri.length() > e.getKey().length()) {
                return Optional.of(new Identifier(e.getValue(), iri.substring(e.getKey().length())));
            }
        }
        return Optional.empty();
    }

    /** The CURIE litlod writes for an identifier ("MONDO:0005233", "NCBIGene:238"). */
    public static String format(Identifier id) {
        return WRITTEN.get(id.scheme()) + ":" + id.value();
    }
}
