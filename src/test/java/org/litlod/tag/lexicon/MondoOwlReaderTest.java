package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

class MondoOwlReaderTest {

    @Test
    void readsTheTurtleSampleLikeTheOboOne() throws IOException {
        Map<String, MondoTerm> terms = new HashMap<>();
        try (InputStream in = SharedVocab.open("mondo/mondo-sample-mappings.owl.ttl")) {
            assertEquals(7, new MondoOwlReader(Lang.TURTLE).read(in, t -> terms.put(t.id().value(), t)));
        }
        MondoTerm pruneBelly = terms.get("0007032");
        assertEquals("prune belly syndrome", pruneBelly.label());
        assertTrue(pruneBelly.synonyms(MondoTerm.Scope.EXACT).contains("Obrinsky syndrome"));
        assertTrue(pruneBelly.xrefs().contains("MESH:D011535"));
        MondoTerm familial = terms.get("0043003");
        assertTrue(familial.xrefs().contains("MESH:C531598"));
        assertEquals(List.of("hereditary acanthosis nigricans (disease)"),
                familial.toConcept().names());
    }

    @Test
    void skipsDeprecatedClassesInRdfXml() throws IOException {
        List<MondoTerm> terms = new ArrayList<>();
        try (InputStream in = SharedVocab.resource("mondo-deprecated.owl")) {
            assertEquals(1, new MondoOwlReader(Lang.RDFXML).read(in, terms::add));
        }
        MondoTerm neoplasm = terms.get(0);
        assertEquals("neoplasm", neoplasm.label());
        assertEquals(List.of("tumor"), neoplasm.synonyms(MondoTerm.Scope.EXACT));
        assertEquals(List.of("growth"), neoplasm.synonyms(MondoTerm.Scope.RELATED));
        assertEquals(List.of("MESH:D009369"), neoplasm.xrefs());
    }
}
