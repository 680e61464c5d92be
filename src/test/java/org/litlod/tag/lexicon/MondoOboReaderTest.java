package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class MondoOboReaderTest {

    @Test
    void readsTermsWithSynonymScopesAndXrefs() throws IOException {
        List<MondoTerm> terms = new ArrayList<>();
        try (InputStream in = SharedVocab.open("mondo/mondo-sample-mappings.obo")) {
            assertEquals(7, new MondoOboReader().read(in, terms::add));
        }
        MondoTerm aarskog = terms.get(0);
        assertEquals(new Identifier(IdScheme.MONDO, "0007030"), aarskog.id());
        assertEquals("autosomal dominant Aarskog syndrome", aarskog.label());
        assertEquals(List.of("DOID:0111825", "MESH:C535331", "OMIM:100050", "Orphanet:915", "SCTID:14921002"),
                aarskog.xrefs());
        assertTrue(aarskog.synonyms(MondoTerm.Scope.RELATED).contains("Aarskog syndrome"));
        assertTrue(aarskog.toConcept().names().isEmpty(), "related synonyms are not names");

        MondoTerm pruneBelly = terms.get(1);
        assertTrue(pruneBelly.xrefs().contains("MESH:D011535"));
        Concept concept = pruneBelly.toConcept();
        assertEquals(EntityType.DISEASE, concept.type());
        assertEquals("prune belly syndrome", concept.preferred());
        assertEquals(List.of("Obrinsky syndrome", "Obrisnksy syndrome", "abdominal muscle deficiency syndrome",
                "eagle-Barret syndrome", "syndrome of agenesis of abdominal muscles", "triad syndrome"),
                concept.names());
    }

    @Test
    void skipsObsoleteAndForeignTermsAndUnescapesQuotes() throws IOException {
        List<MondoTerm> terms = new ArrayList<>();
        try (InputStream in = SharedVocab.resource("mondo-deprecated.obo")) {
            assertEquals(2, new MondoOboReader().read(in, terms::add));
        }
        assertEquals(List.of("neoplasm", "diabetes mellitus"), terms.stream().map(MondoTerm::label).toList());
        assertEquals(List.of("\"quoted\" growth"), terms.get(0).synonyms(MondoTerm.Scope.NARROW));
        assertEquals(List.of("MESH:D009369"), terms.get(0).xrefs());
    }
}
