package org.litlod.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;

class SourceMentionMergerTest {
    private static final Identifier ALK = new Identifier(IdScheme.NCBI_GENE, "238");
    private static final Identifier HGNC_ALK = new Identifier(IdScheme.HGNC, "427");

    private static Mention m(int start, int end, EntityType t, List<Identifier> ids, Evidence e) {
        return new Mention("abstract", start, end, "x".repeat(end - start), t, ids, List.of(), List.of(e));
    }

    @Test
    void sameSpanTypeAndIdentifierBecomeOneMentionWithBothSources() {
        List<Mention> out = SourceMentionMerger.merge(
                List.of(m(4, 7, EntityType.GENE, List.of(ALK), Evidence.SOURCE_ANNOTATION)),
                List.of(m(4, 7, EntityType.GENE, List.of(ALK, HGNC_ALK), Evidence.DICTIONARY)));
        assertEquals(1, out.size());
        assertEquals(List.of(ALK, HGNC_ALK), out.get(0).ids());
        assertEquals(List.of(Evidence.SOURCE_ANNOTATION, Evidence.DICTIONARY), out.get(0).foundBy());
    }

    @Test
    void aSourceMentionWithoutIdentifierTakesTheTaggersIdentifier() {
        List<Mention> out = SourceMentionMerger.merge(
                List.of(m(4, 7, EntityType.GENE, List.of(), Evidence.SOURCE_ANNOTATION)),
                List.of(m(4, 7, EntityType.GENE, List.of(ALK), Evidence.DICTIONARY)));
        assertEquals(1, out.size());
        assertEquals(List.of(ALK), out.get(0).ids());
    }

    @Test
    void theSameMentionWithOtherIdentifiersCarriesBoth() {
        List<Mention> out = SourceMentionMerger.merge(
                List.of(m(4, 7, EntityType.GENE, List.of(ALK), Evidence.SOURCE_ANNOTATION)),
                List.of(m(4, 7, EntityType.GENE, List.of(HGNC_ALK), Evidence.DICTIONARY)));
        assertEquals(1, out.size());
        assertEquals(List.of(ALK, HGNC_ALK), out.get(0).ids());
    }

    @Test
    void differentSpansOrTypesStaySideBySide() {
        List<Mention> source = List.of(m(4, 7, EntityType.GENE, List.of(ALK), Evidence.SOURCE_ANNOTATION));
        assertEquals(2, SourceMentionMerger.merge(source,
                List.of(m(4, 8, EntityType.GENE, List.of(ALK), Evidence.DICTIONARY))).size());
        assertEquals(2, SourceMentionMerger.merge(source,
                List.of(m(4, 7, EntityType.DISEASE, List.of(ALK), Evidence.DICTIONARY))).size());
    }
}
