package org.litlod.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.litlod.ids.Schemes;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.schemes.IdentifierScheme;
import org.litlod.schemes.IdentifierSchemes;

/**
 * Reads the identifier strings of PubTator, PubTator3 and BioC annotations: "MESH:D012345" or a
 * bare "D012345" (MeSH), a number (NCBI Gene for genes, NCBI Taxonomy for species), "HGNC:7989"
 * (HGNC), tmVar strings with an "HGVS:p.S161A" part or a "p|SUB|S|161|A" change (normalised to
 * "p.Ser161Ala"), "OMIM:231200" or "MIM:231200" for diseases, "ENSG00000171094" or
 * "Ensembl:ENSG00000171094" for genes; "-", "-1" or nothing for no
 * identifier; several separated by ";", "," or "|". Prefixes and syntax are the registry's
 * ({@link IdentifierSchemes}). Schemes litlod does not know (CHEBI, CVCL_, rs numbers) and malformed values are
 * skipped, never an error.
 */
public final class AnnotationIds {
    private static final Pattern SEPARATORS = Pattern.compile("[;,|]");

    private AnnotationIds() {
    }

    /** The identifiers of an annotation of the given type, in the order written, without duplicates. */
    public static List<Identifier> parse(String raw, EntityType type) {
        if (raw == null || raw.isBlank() || type == null) {
            return List.of();
        }
        String s = raw.strip();
        if (type == EntityType.VARIANT) {
            return variant(s);
        }
        Set<Identifier> out = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(s)) {
            Identifier id = one(part.strip(), type);
            if (id != null) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The parts of an annotation's identifier column that are not an identifier of the type
     * (a MeSH id with too few digits, "Gene:abc"), in the order written; empty for variants,
     * whose strings are kept as written.
     */
    public static List<String> unreadable(String raw, EntityType type) {
        if (raw == null || raw.isBlank() || type == null || type == EntityType.VARIANT) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        for (String part : SEPARATORS.split(raw.strip())) {
            String p = part.strip();
            if (!p.isEmpty() && !p.equals("-") && !p.equals("-1") && one(p, type) == null) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * One identifier: "PREFIX:value" with a prefix of the registry's (MeSH for any type, the other
     * schemes for the entity type they imply), or a bare value read by the type: a MeSH UI for any
     * type, an NCBI GeneID or Ensembl gene id for genes, an NCBI taxon id for species.
     */
    private static Identifier one(String part, EntityType type) {
        if (part.isEmpty() || part.equals("-") || part.equals("-1")) {
            return null;
        }
        int colon = part.indexOf(':');
        if (colon > 0) {
            return IdentifierSchemes.byPrefix(part.substring(0, colon))
                    .map(s -> read(s, part.substring(colon + 1), type)).orElse(null);
        }
        for (IdScheme s : bare(type)) {
            Identifier id = read(Schemes.of(s), part, type);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private static List<IdScheme> bare(EntityType type) {
        return switch (type) {
            case GENE -> List.of(IdScheme.MESH, IdScheme.NCBI_GENE, IdScheme.ENSEMBL_GENE);
            case SPECIES -> List.of(IdScheme.MESH, IdScheme.NCBI_TAXON);
            default -> List.of(IdScheme.MESH);
        };
    }

    /** The identifier when the scheme is one of the model's, fits the type and the value its syntax. */
    private static Identifier read(IdentifierScheme s, String raw, EntityType type) {
        String value = s.normalise(raw.strip());
        String implied = s.entityType();
        if (implied != null && !implied.equals(type.name()) || !s.isValid(value)) {
            return null;
        }
        return Schemes.key(s).map(k -> new Identifier(k, value)).orElse(null);
    }

    /** A tmVar string: the HGVS part if there is one, else the substitution itself. */
    private static List<Identifier> variant(String s) {
        String body = s.startsWith("tmVar:") ? s.substring(6) : s;
        List<String> candidates = new ArrayList<>();
        for (String part : body.split(";")) {
            String p = part.strip();
            if (p.startsWith("HGVS:")) {
                candidates.add(0, p.substring(5));
            } else {
                candidates.add(p);
            }
        }
        for (String c : candidates) {
            String hgvs = ProteinChange.normalise(c);
            if (hgvs != null) {
                return List.of(new Identifier(IdScheme.HGVS_PROTEIN, hgvs));
            }
        }
        return List.of();
    }

    /** The gene a tmVar string names ("CorrespondingGene:64853"), or null. */
    public static Identifier variantGene(String raw) {
        if (raw == null) {
            return null;
        }
        for (String part : raw.split(";")) {
            String p = part.strip();
            if (p.startsWith("CorrespondingGene:")) {
                String v = p.substring(18).strip();
                return IdentifierSchemes.NCBI_GENE.isValid(v) ? new Identifier(IdScheme.NCBI_GENE, v) : null;
            }
        }
        return null;
    }
}
