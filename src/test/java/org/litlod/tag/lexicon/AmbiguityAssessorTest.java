package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class AmbiguityAssessorTest {

    private static Concept gene(String id, String preferred, String... names) {
        return new Concept(EntityType.GENE, List.of(new Identifier(IdScheme.NCBI_GENE, id)), preferred,
                List.of(names), "9606");
    }

    @Test
    void flagsShortLowercaseSharedListedAndCuratedNames() {
        Concept bcr = gene("613", "BCR activator of RhoGEF and GTPase", "BCR", "CML", "ALL", "D22S662");
        Concept mapt = gene("4137", "microtubule associated protein tau", "MAPT", "tau", "MSTD");
        Concept cd74 = gene("972", "CD74 molecule", "CD74", "II", "p33");
        Concept cml = new Concept(EntityType.DISEASE, List.of(new Identifier(IdScheme.MESH, "D015464")),
                "chronic myeloid leukemia", List.of("cml"), null);
        Map<String, Set<Ambiguity>> flags = new AmbiguityAssessor(Set.of("ALL", "II"), Set.of("CML"))
                .assess(List.of(bcr, mapt, cd74, cml));
        assertEquals(EnumSet.of(Ambiguity.SHARED, Ambiguity.CURATED), flags.get("CML"));
        assertEquals(EnumSet.of(Ambiguity.SHARED), flags.get("cml"));
        assertEquals(EnumSet.of(Ambiguity.STOPLIST), flags.get("ALL"));
        assertEquals(EnumSet.of(Ambiguity.LOWERCASE_WORD), flags.get("tau"));
        assertEquals(EnumSet.of(Ambiguity.SHORT, Ambiguity.STOPLIST), flags.get("II"));
        assertFalse(flags.containsKey("p33"), "letters and digits do not read as a word");
        assertFalse(flags.containsKey("microtubule associated protein tau"));
        assertFalse(flags.containsKey("MAPT"));
    }

    @Test
    void shortAndLowercaseRulesApplyToGenesOnly() {
        Concept species = new Concept(EntityType.SPECIES, List.of(new Identifier(IdScheme.NCBI_TAXON, "10090")),
                "Mus musculus", List.of("mouse"), null);
        assertEquals(Map.of(), new AmbiguityAssessor(Set.of(), Set.of()).assess(List.of(species)));
    }
}
