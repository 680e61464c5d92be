package org.litlod.tag.lexicon;

import java.util.List;
import org.litlod.model.EntityType;

/**
 * Which MeSH descriptors are entities of which type, decided by tree branch the way the
 * BioCreative V CDR guidelines and PubTator count them:
 * <ul>
 *   <li>C (diseases) and F03 (mental disorders) are diseases;</li>
 *   <li>D (chemicals and drugs) is chemicals, except what is not counted as a chemical:
 *       enzymes (D08.811, D08.244) and proteins (D12.776) never are, wherever else they sit
 *       ("Vascular Endothelial Growth Factors" is also a peptide, D12.644); biological factors
 *       (D23), drug classes by action or use (D27) and complex mixtures (D20) are not unless the
 *       descriptor also sits in a counted D branch ("Serotonin" is in D23 and D02). Coenzymes
 *       (D08.211), amino acids (D12.125) and peptides (D12.644) are counted;</li>
 *   <li>B (organisms) is left out: organisms are species, named by NCBI Taxonomy;</li>
 *   <li>everything else (anatomy, phenomena, methods) is not an entity.</li>
 * </ul>
 * A descriptor in both a disease and a chemical branch is a disease: one concept, one type.
 */
public final class MeshBranches {

    /** Branches whose descriptors are never chemicals: enzymes and proteins. */
    static final List<String> NEVER_CHEMICAL = List.of("D08.811", "D08.244", "D12.776");
    /** Branches that do not by themselves make a descriptor a chemical. */
    static final List<String> NOT_CHEMICAL = List.of("D23", "D27", "D20");

    private final List<String> never;
    private final List<String> notChemical;

    /** The branches above. */
    public MeshBranches() {
        this(NEVER_CHEMICAL, NOT_CHEMICAL);
    }

    /**
     * A policy with its own branches (tree-number prefixes).
     *
     * @param never       branches whose descriptors are never chemicals
     * @param notChemical branches that do not by themselves make a chemical
     */
    public MeshBranches(List<String> never, List<String> notChemical) {
        this.never = List.copyOf(never);
        this.notChemical = List.copyOf(notChemical);
    }

    /** The type of a descriptor with these tree numbers, or null when it is none of ours. */
    public EntityType typeOf(List<String> treeNumbers) {
        boolean chemical = false;
        for (String t : treeNumbers) {
            if (t.startsWith("C") || t.startsWith("F03")) {
                return EntityType.DISEASE;
            }
            if (t.startsWith("D") && notChemical.stream().noneMatch(b -> under(t, b))) {
                chemical = true;
            }
        }
        for (String t : treeNumbers) {
            if (never.stream().anyMatch(b -> under(t, b))) {
                return null;
            }
        }
        return chemical ? EntityType.CHEMICAL : null;
    }

    private static boolean under(String tree, String branch) {
        return tree.equals(branch) || tree.startsWith(branch + ".");
    }
}
