package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class PubChemSynonymReaderTest {

    @Test
    void groupsSynonymsByCidWithTheFirstAsPreferred() throws IOException {
        List<Concept> chemicals = new ArrayList<>();
        try (InputStream in = SharedVocab.resource("cid-synonyms.tsv")) {
            assertEquals(2, new PubChemSynonymReader(cid -> true).read(in, chemicals::add));
        }
        Concept acetaminophen = chemicals.get(0);
        assertEquals(EntityType.CHEMICAL, acetaminophen.type());
        assertEquals(List.of(new Identifier(IdScheme.PUBCHEM_COMPOUND, "1983")), acetaminophen.ids());
        assertEquals("acetaminophen", acetaminophen.preferred());
        assertEquals(List.of("paracetamol", "Tylenol", "103-90-2"), acetaminophen.names());
        assertEquals("aspirin", chemicals.get(1).preferred());
    }

    @Test
    void keepsOnlyTheCidsTheFilterAccepts() throws IOException {
        List<Concept> chemicals = new ArrayList<>();
        try (InputStream in = SharedVocab.resource("cid-synonyms.tsv")) {
            assertEquals(1, new PubChemSynonymReader("2244"::equals).read(in, chemicals::add));
        }
        assertEquals("2244", chemicals.get(0).id().value());
    }
}
