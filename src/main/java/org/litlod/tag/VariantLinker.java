package org.litlod.tag;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Passage;
import org.litlod.tag.variant.VariantMention;
import org.litlod.tag.variant.VariantRecogniser;

/**
 * Turns the variants of a passage into mentions related to a gene: the gene mentioned nearest
 * before the variant in the passage, or else the first one after it.
 */
final class VariantLinker {

    private final VariantRecogniser recogniser;

    VariantLinker(VariantRecogniser recogniser) {
        this.recogniser = recogniser;
    }

    List<Mention> link(Passage passage, List<Mention> found) {
        List<VariantMention> variants = recogniser.find(passage.text());
        if (variants.isEmpty()) {
            return List.of();
        }
        List<Mention> genes = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() == EntityType.GENE && !m.ids().isEmpty()) {
                genes.add(m);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (VariantMention v : variants) {
            Mention gene = nearest(genes, v);
            List<Identifier> related = gene == null ? List.of() : geneIds(gene);
            out.add(new Mention(passage.key(), v.start(), v.end(),
                    passage.text().substring(v.start(), v.end()), EntityType.VARIANT,
                    List.of(new Identifier(IdScheme.HGVS_PROTEIN, v.variant().hgvs())), related,
                    List.of(Evidence.VARIANT_PATTERN)));
        }
        return out;
    }

    private static Mention nearest(List<Mention> genes, VariantMention v) {
        Mention before = null;
        Mention after = null;
        for (Mention g : genes) {
            if (g.end() <= v.start() && (before == null || g.start() > before.start())) {
                before = g;
            } else if (g.start() >= v.end() && (after == null || g.start() < after.start())) {
                after = g;
            }
        }
        return before != null ? before : after;
    }

    private static List<Identifier> geneIds(Mention gene) {
        List<Identifier> ids = new ArrayList<>();
        for (Identifier id : gene.ids()) {
            if (id.scheme() == IdScheme.NCBI_GENE) {
                ids.add(id);
            }
        }
        return ids.isEmpty() ? List.of(gene.ids().get(0)) : ids;
    }
}
