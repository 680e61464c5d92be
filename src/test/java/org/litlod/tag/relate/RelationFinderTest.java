package org.litlod.tag.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.SourceText;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Relation;
import org.litlod.model.RelationSentence;

/**
 * Relations of a CDR-style PubTator document of our own (src/test/resources/convert/pubtator):
 * the source's CID relations get their evidence, and litlod adds what it finds.
 */
class RelationFinderTest {
    private static final Identifier CISPLATIN = new Identifier(IdScheme.MESH, "D002945");
    private static final Identifier NEPHROTOXICITY = new Identifier(IdScheme.MESH, "D007674");
    private static final Identifier OTOTOXICITY = new Identifier(IdScheme.MESH, "D006311");

    private final Document doc;

    RelationFinderTest() throws Exception {
        Path p = Path.of("src/test/resources/convert/pubtator/cdr-style-two-documents.txt");
        List<Document> docs = ConverterRegistry.standard().convert(new SourceText(p.getFileName().toString(),
                Files.readAllBytes(p)));
        doc = new RelationFinder().apply(docs.get(0));
    }

    private Relation relation(Relation.Origin origin, Identifier a, Identifier b) {
        return doc.relations().stream().filter(r -> r.origin() == origin
                        && r.arguments().get(0).ids().contains(a) && r.arguments().get(1).ids().contains(b))
                .findFirst().orElseThrow(() -> new AssertionError("no " + origin + " " + a + " " + b + " in " + doc.relations()));
    }

    @Test
    void sourceRelationsGetTheSentencesThatMentionBoth() {
        Relation cid = relation(Relation.Origin.SOURCE, CISPLATIN, NEPHROTOXICITY);
        assertEquals("CID", cid.type());
        assertEquals(List.of("title", "abstract"), cid.passages());
        assertEquals(List.of(
                new RelationSentence("title", 0, 49, "Cisplatin-induced nephrotoxicity and ototoxicity."),
                new RelationSentence("abstract", 0, 88,
                        "Cisplatin caused renal and auditory toxicity in rats; nephrotoxicity was dose dependent.")),
                cid.sentences());
    }

    @Test
    void anInductionCueTypesTheChemicalDiseasePair() {
        Relation found = relation(Relation.Origin.CUE, CISPLATIN, OTOTOXICITY);
        assertEquals(Relation.INDUCES, found.type());
        assertEquals(EntityType.CHEMICAL, found.arguments().get(0).type());
        assertEquals("subject", found.arguments().get(0).role());
        assertEquals(2, found.sentences().size(), "the title, and the abstract's composite mention");
    }

    @Test
    void withoutACueAPairIsOnlyACoOccurrence() {
        Document plain = doc.withRelations(List.of());
        Document changed = plain.withOnlyMentions(plain.mentions().stream()
                .filter(m -> m.passage().equals("abstract") && m.start() >= 50).toList());
        List<Relation> found = new RelationFinder().find(changed);
        assertTrue(found.isEmpty(), "one chemical mention left out, no pair: " + found);
        Document both = plain.withOnlyMentions(plain.mentions().stream()
                .filter(m -> m.passage().equals("abstract") && m.type() != EntityType.SPECIES
                        && (m.start() == 0 || m.start() == 54)).toList());
        Relation r = new RelationFinder().find(both).get(0);
        assertEquals(Relation.CO_OCCURRENCE, r.type(), "'Cisplatin caused ... ; nephrotoxicity' is past the cue window");
        assertEquals(Relation.Origin.CO_OCCURRENCE, r.origin());
        assertEquals(1, r.sentences().size());
    }

    private static Document pubtator(String title, String abstractText, String... annotations) throws Exception {
        StringBuilder b = new StringBuilder("1|t|" + title + "\n1|a|" + abstractText + "\n");
        for (String a : annotations) {
            b.append("1\t").append(a).append('\n');
        }
        return ConverterRegistry.standard().convert(new SourceText("inline.txt",
                b.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).get(0).withRelations(List.of());
    }

    @Test
    void aPairNoSentenceJoinsIsNotARelation() throws Exception {
        String title = "A study of two drugs.";
        Document apart = pubtator(title, "Lithium was given to all. Polyuria was common.",
                "22\t29\tLithium\tChemical\tD008094", "48\t56\tPolyuria\tDisease\tD011141");
        assertEquals(List.of(), new RelationFinder().find(apart), "one passage, two sentences: no evidence to point to");
        Document together = pubtator(title, "Lithium was given to all. Polyuria was common with lithium.",
                "22\t29\tLithium\tChemical\tD008094", "48\t56\tPolyuria\tDisease\tD011141",
                "73\t80\tlithium\tChemical\tD008094");
        List<Relation> found = new RelationFinder().find(together);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of(new RelationSentence("abstract", 26, 59, "Polyuria was common with lithium.")), found.get(0).sentences());
    }
}
