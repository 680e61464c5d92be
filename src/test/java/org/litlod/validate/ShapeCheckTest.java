package org.litlod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.MapWithScope;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.litlod.rdf.MappedDocument;

/** The exception a failing check raises says where to look. */
class ShapeCheckTest {

    @Test
    void standardIsLoadedOnce() {
        assertSame(ShapeCheck.standard(), ShapeCheck.standard());
    }

    @Test
    void violationMessageHasIdDocumentFocusPathAndConstraint() {
        MappedDocument m = new MappedDocument("http://x/graph/1", withCase("invalid/paper-two-titles.ttl"), "001.txt");
        ShapeViolationException e = assertThrows(ShapeViolationException.class,
                () -> ShapeCheck.standard().check(m));
        assertEquals("001.txt", e.document());
        assertEquals(1, e.violations().size());
        assertEquals("LITLOD-SHACL-001 001.txt: 1 SHACL violation(s)\n  focus <http://x/paper1> path dcterms:title: "
                + "sh:MaxCountConstraintComponent (shape lshape:PaperTitle)", e.getMessage().replaceAll(": maxCount.*$", ""));
        assertTrue(e.getMessage().startsWith("LITLOD-SHACL-001 001.txt"));
    }

    /**
     * Jena's SHACL names nodes in its messages through one formatter for the whole process
     * ({@code ShLib.nodeFmtAbbrev}), which keeps a label for every blank node it has named, and
     * builds messages even for failures it then discards (those of a qualified value shape's
     * checks). Checking conforming papers must name none of their selectors, or a bulk load of
     * millions of papers keeps millions of selectors in memory. The map is read by reflection
     * (Jena 5.6.0's fields); should they change, this test says so rather than pass.
     */
    @Test
    void checkingConformingMentionsLeavesNoBlankNodeInJenasFormatter() throws ReflectiveOperationException {
        ShapeCheck check = ShapeCheck.standard();
        check.violations(withCase("valid/mention-annotation.ttl"));
        int before = blankNodesJenasFormatterHolds();
        for (int i = 0; i < 50; i++) {
            assertEquals(List.of(), check.violations(withCase("valid/mention-annotation.ttl")));
            assertEquals(List.of(), check.violations(withCase("valid/mention-position-only.ttl")));
        }
        assertEquals(before, blankNodesJenasFormatterHolds());
    }

    /** {@code validate/base.ttl} with one case file of {@code validate/} added. */
    private static Graph withCase(String caseFile) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, "src/test/resources/validate/base.ttl");
        RDFDataMgr.read(g, "src/test/resources/validate/" + caseFile);
        return g;
    }

    /** How many blank nodes the formatter of Jena's SHACL messages holds a label for. */
    private static int blankNodesJenasFormatterHolds() throws ReflectiveOperationException {
        Object labels = field(NodeFormatterTTL.class, "nodeToLabel").get(ShLib.nodeFmtAbbrev);
        Object scope = field(MapWithScope.class, "scopePolicy").get(labels);
        return ((Map<?, ?>) field(scope.getClass(), "map").get(scope)).size();
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    @Test
    void documentWideSparqlChecksNameTheSelectorAndTheEntityAtFault() {
        assertEquals(List.of("x:target2 \"EGF\""), messages("selector-exact-not-in-passage.ttl", "PaperShape", "x:paper1"));
        assertEquals(List.of("MONDO_0002049 \"0002049\""),
                messages("identifier-literal-with-prefix.ttl", "EntityIdentifierShape", "obo:MONDO_0002049"));
    }

    @Test
    void anEntityDescriptionIsCheckedOnceHoweverManyPapersNameIt() throws Exception {
        ShapeCheck check = ShapeCheck.freshStandard();
        check.check(paperNaming("MONDO_0002049", "MONDO:0002049", "1"));
        assertEquals(2, check.rememberedDescriptions(), "the disease and ALK (ncbigene:238) of base.ttl");
        check.check(paperNaming("MONDO_0002049", "MONDO:0002049", "2"));
        assertEquals(2, check.rememberedDescriptions(), "the same descriptions are not checked again");

        ShapeViolationException e = assertThrows(ShapeViolationException.class,
                () -> check.check(paperNaming("MONDO_0002049", "0002049", "3")));
        assertEquals(1, e.violations().size(), e.getMessage());
        Violation v = e.violations().get(0);
        assertEquals("lshape:EntityIdentifierShape", v.shape());
        assertEquals("obo:MONDO_0002049", v.focus());
        assertTrue(v.message().contains("\"0002049\""), v.message());
        assertEquals(2, check.rememberedDescriptions(), "a description that fails is not remembered");

        assertThrows(ShapeViolationException.class, () -> check.check(paperNaming("MONDO_0002049", "0002049", "4")),
                "a failing description fails again in the next paper");
    }

    /** A conforming paper (validate/base.ttl, as graph {@code n}) naming one disease whose identifier literal is {@code literal}. */
    private static MappedDocument paperNaming(String mondo, String literal, String n) {
        Graph paper = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(paper, "src/test/resources/validate/base.ttl");
        Graph entities = GraphFactory.createDefaultGraph();
        String ttl = "@prefix oa: <http://www.w3.org/ns/oa#> . @prefix dcterms: <http://purl.org/dc/terms/> ."
                + " @prefix litlod: <https://w3id.org/litlod/ontology#> ."
                + " <http://x/ann" + n + "> a oa:Annotation ; oa:hasBody <http://purl.obolibrary.org/obo/" + mondo + "> ;"
                + " oa:hasTarget <http://x/paper1> ; dcterms:subject \"Disease\" ; litlod:mentionCount 1 ;"
                + " litlod:foundBy litlod:DictionaryMatch .";
        RDFParser.fromString(ttl, Lang.TURTLE).parse(paper);
        RDFParser.fromString("<http://purl.obolibrary.org/obo/" + mondo + "> <http://purl.org/dc/terms/identifier> \""
                + literal + "\" .", Lang.TURTLE).parse(entities);
        return new MappedDocument("http://x/graph/" + n, paper, n + ".xml", "http://x/graph/entities", entities);
    }

    /** For each violation of {@code shape}, which must have {@code focus}: the IRI and the literal its message names. */
    private static List<String> messages(String invalidCase, String shape, String focus) {
        List<String> out = new ArrayList<>();
        for (Violation v : ShapeCheck.standard().violations(withCase("invalid/" + invalidCase))) {
            if (v.shape().equals("lshape:" + shape)) {
                assertEquals(focus.startsWith("x:") ? focus.replace("x:", "<http://x/") + ">" : focus, v.focus());
                Matcher iri = Pattern.compile("<?(?:http://x/|http://purl.obolibrary.org/obo/)(\\w+)>?").matcher(v.message());
                Matcher literal = Pattern.compile("\"[^\"]*\"").matcher(v.message());
                assertTrue(iri.find() && literal.find(), v.message());
                out.add((v.message().contains("http://x/") ? "x:" : "") + iri.group(1) + " " + literal.group());
            }
        }
        return out;
    }
}
