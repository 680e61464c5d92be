package org.litlod.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Reads the identifier strings of PubTator, PubTator3 and BioC annotations: "MESH:D012345" or a
 * bare "D012345" (MeSH), a number (NCBI Gene for genes, NCBI Taxonomy for species), "HGNC:7989"
 * (HGNC), tmVar strings with an "HGVS:p.S161A" part or a "p|SUB|S|161|A" change (normalised to
 * "p.Ser161Ala"), "OMIM:231200" or "MIM:231200" for diseases; "-", "-1" or nothing for no
 * identifier; several separated by ";", "," or "|". Schemes litlod does not know (CHEBI, CVCL_, rs numbers) and malformed values are
 * skipped, never an error.
 */
public final class AnnotationIds {
    private static final Pattern MESH = Pattern.compile("(?:MESH:)?([DC]\\d{6,9})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?:NCBI ?Gene:|NCBITaxon:|Taxonomy:|Gene:)?([1-9]\\d{0,11})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HGNC = Pattern.compile("HGNC:([1-9]\\d{0,11})", Pattern.CASE_INSENSITIVE);
    private static final Pattern OMIM = Pattern.compile("(?:OMIM|MIM):(\\d{6})", Pattern.CASE_INSENSITIVE);
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

    private static Identifier one(String part, EntityType type) {
        if (part.isEmpty() || part.equals("-") || part.equals("-1")) {
            return null;
        }
        var mesh = MESH.matcher(part);
        if (mesh.matches()) {
            return new Identifier(IdScheme.MESH, mesh.group(1).toUpperCase());
        }
        var hgnc = HGNC.matcher(part);
        if (hgnc.matches() && type == EntityType.GENE) {
            return new Identifier(IdScheme.HGNC, hgnc.group(1));
        }
        var omim = OMIM.matcher(part);
        if (omim.matches() && type == EntityType.DISEASE) {
            return new Identifier(IdScheme.OMIM, omim.group(1));
        }
        var number = NUMBER.matcher(part);
        if (number.matches()) {
            if (type == EntityType.GENE) {
                return new Identifier(IdScheme.NCBI_GENE, number.group(1));
            }
            if (type == EntityType.SPECIES) {
                return new Identifier(IdScheme.NCBI_TAXON, number.group(1));
            }
        }
        return null;
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
                return v.matches("[1-9]\\d{0,11}") ? new Identifier(IdScheme.NCBI_GENE, v) : null;
            }
        }
        return null;
    }
}
