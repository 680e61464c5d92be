package org.litlod.tag.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/** How a found disease with MeSH and OMIM identifiers counts against document-level gold. */
class FoundMentionTest {

    private final FoundMention leschNyhan = new FoundMention(0, 20, "Lesch-Nyhan syndrome", EntityType.DISEASE,
            Set.of("D007926"), Set.of("OMIM:300322"));

    @Test
    void countsUnderTheIdentifierTheGoldNames() {
        assertEquals(Set.of("OMIM:300322"), leschNyhan.countedIds(Set.of("OMIM:300322", "D001523")));
        assertEquals(Set.of("D007926"), leschNyhan.countedIds(Set.of("D007926")));
    }

    @Test
    void countsOnceInTheGoldSchemeWhenTheGoldNamesNone() {
        assertEquals(Set.of("D007926"), leschNyhan.countedIds(Set.of("D001523")));
        FoundMention omimOnly = new FoundMention(0, 5, "C2 deficiency", EntityType.DISEASE, Set.of(), Set.of("OMIM:217000"));
        assertEquals(Set.of("OMIM:217000"), omimOnly.countedIds(Set.of("D001523")));
    }

    @Test
    void goldIdentifiersAreReadInTheirScheme() {
        assertEquals(new Identifier(IdScheme.OMIM, "300322"), GoldTypes.identifier("OMIM:300322", EntityType.DISEASE));
        assertEquals(new Identifier(IdScheme.MESH, "D007926"), GoldTypes.identifier("D007926", EntityType.DISEASE));
        assertEquals(new Identifier(IdScheme.NCBI_TAXON, "9606"), GoldTypes.identifier("9606", EntityType.SPECIES));
        assertEquals(null, GoldTypes.identifier("CHEBI:15377", EntityType.CHEMICAL));
        assertEquals("OMIM:300322", GoldTypes.written(new Identifier(IdScheme.OMIM, "300322"), EntityType.DISEASE));
    }
}
