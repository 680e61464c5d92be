package org.litlod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;

/** Document offsets mapped onto model passages, and mentions merged per span. */
class MentionPlacerTest {
    private static final Identifier D1 = new Identifier(IdScheme.MESH, "D000001");
    private static final Identifier D2 = new Identifier(IdScheme.MESH, "D000002");

    private static MentionPlacer placer() {
        MentionPlacer p = new MentionPlacer();
        p.add(0, "Aspirin and fever.", "title", 0);
        p.add(19, "Fever fell.", "abstract", 0);
        p.add(31, "Aspirin again.", "abstract", 13);
        return p;
    }

    @Test
    void offsetsBecomeLocalToTheModelPassage() {
        MentionPlacer p = placer();
        Mention fever = p.place(19, 5, "Fever", EntityType.DISEASE, List.of(D1), List.of());
        assertEquals(new Mention("abstract", 0, 5, "Fever", EntityType.DISEASE, List.of(D1), List.of(),
                List.of(Evidence.SOURCE_ANNOTATION)), fever);
        Mention aspirin = p.place(31, 7, "Aspirin", EntityType.CHEMICAL, List.of(), List.of());
        assertEquals("abstract", aspirin.passage());
        assertEquals(13, aspirin.start());
        assertEquals(0, p.dropped());
    }

    @Test
    void shiftedAnnotationIsFoundNearbyOrDropped() {
        MentionPlacer p = placer();
        Mention shifted = p.place(23, 5, "Fever", EntityType.DISEASE, List.of(), List.of());
        assertEquals(0, shifted.start());
        assertEquals(1, p.shifted());
        assertNull(p.place(0, 7, "Ibuprofen", EntityType.CHEMICAL, List.of(), List.of()));
        assertNull(p.place(500, 3, null, EntityType.CHEMICAL, List.of(), List.of()));
        assertEquals(2, p.dropped());
    }

    @Test
    void sameSpanAndTypeAreMerged() {
        Mention a = new Mention("title", 12, 17, "fever", EntityType.DISEASE, List.of(D1), List.of(),
                List.of(Evidence.SOURCE_ANNOTATION));
        Mention b = new Mention("title", 12, 17, "fever", EntityType.DISEASE, List.of(D2, D1), List.of(),
                List.of(Evidence.SOURCE_ANNOTATION));
        Mention other = new Mention("title", 12, 17, "fever", EntityType.CHEMICAL, List.of(), List.of(),
                List.of(Evidence.SOURCE_ANNOTATION));
        List<Mention> merged = MentionPlacer.distinct(List.of(a, other, b));
        assertEquals(2, merged.size());
        assertEquals(List.of(D1, D2), merged.get(0).ids());
        assertEquals(EntityType.CHEMICAL, merged.get(1).type());
    }
}
