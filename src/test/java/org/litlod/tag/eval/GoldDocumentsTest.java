package org.litlod.tag.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.Document;
import org.litlod.model.DocumentIds;
import org.litlod.model.DocumentKind;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.SourceInfo;

class GoldDocumentsTest {

    @Test
    void sourceAnnotationsBecomeGoldWithAbstractOffsetsAfterTheTitle() {
        String title = "Lidocaine seizures";
        String abs = "Seizures after lidocaine.";
        Document d = Document.builder(new SourceInfo("g.txt", "0".repeat(64), "pubtator", "c", "1", Instant.EPOCH),
                        DocumentKind.JOURNAL_ARTICLE, title)
                .ids(new DocumentIds(null, "123", null)).abstractText(abs)
                .mention(new Mention("title", 0, 9, "Lidocaine", EntityType.CHEMICAL,
                        List.of(new Identifier(IdScheme.MESH, "D008012")), List.of(), List.of(Evidence.SOURCE_ANNOTATION)))
                .mention(new Mention("abstract", 0, 8, "Seizures", EntityType.DISEASE,
                        List.of(new Identifier(IdScheme.MESH, "D012640")), List.of(), List.of(Evidence.SOURCE_ANNOTATION)))
                .mention(new Mention("abstract", 15, 24, "lidocaine", EntityType.CHEMICAL,
                        List.of(new Identifier(IdScheme.MESH, "D008012")), List.of(), List.of(Evidence.DICTIONARY)))
                .build();
        GoldDocument g = GoldDocuments.of(d);
        assertEquals("123", g.id());
        assertEquals(List.of(
                new GoldAnnotation(0, 9, "Lidocaine", EntityType.CHEMICAL, List.of("D008012")),
                new GoldAnnotation(19, 27, "Seizures", EntityType.DISEASE, List.of("D012640"))), g.annotations());
        assertEquals("Seizures", (title + " " + abs).substring(19, 27));
    }
}
