package org.litlod.convert.bioc;

import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.AnnotationIds;
import org.litlod.convert.AnnotationTypes;
import org.litlod.convert.MentionPlacer;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;

/**
 * The mentions of one BioC annotation: its type from the "type" infon, its identifiers from the
 * "identifier" infon (PubTator3) or the infon named after the vocabulary ("MESH", "NCBI Gene"),
 * at its one location. Annotations of types litlod does not publish give none, and so do
 * discontinuous ones (several locations, as the CDR corpus marks the parts of "renal and hepatic
 * failure"): a mention is one contiguous span of text.
 */
final class BioCAnnotations {
    private static final List<String> ID_KEYS = List.of("identifier", "Identifier", "MESH", "MeSH",
            "NCBI Gene", "NCBIGene", "NCBI Taxonomy", "Taxonomy", "normalized_id");

    private BioCAnnotations() {
    }

    static List<Mention> mentions(BioCDocument.Annotation a, MentionPlacer placer) {
        EntityType type = AnnotationTypes.of(a.infons().get("type"));
        List<Mention> out = new ArrayList<>();
        if (type == null || a.locations().size() != 1) {
            return out;
        }
        String raw = rawId(a);
        List<Identifier> ids = AnnotationIds.parse(raw, type);
        Identifier gene = type == EntityType.VARIANT ? AnnotationIds.variantGene(raw) : null;
        List<Identifier> related = gene == null ? List.of() : List.of(gene);
        int[] at = a.locations().get(0);
        Mention m = placer.place(at[0], at[1], a.text(), type, ids, related);
        if (m != null) {
            out.add(m);
        }
        return out;
    }

    /** The identifier string of an annotation, or null when it has none. */
    static String rawId(BioCDocument.Annotation a) {
        for (String key : ID_KEYS) {
            String v = a.infons().get(key);
            if (v != null && !v.isBlank() && !v.equals("null")) {
                return v;
            }
        }
        return null;
    }
}
