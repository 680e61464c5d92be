package org.litlod.schemes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scheme in the registry is complete and each of its forms round-trips; the registry is
 * the only place in the main sources that names a scheme's namespace.
 */
class IdentifierSchemesTest {
    /** Schemes that are published as literals only, without an IRI of their own. */
    private static final List<String> LITERAL_ONLY = List.of("CAS", "HGVS_PROTEIN");

    @TestFactory
    Stream<DynamicTest> everySchemeIsComplete() {
        return IdentifierSchemes.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            assertFalse(s.title().isBlank(), "display name");
            assertFalse(s.curiePrefixes().isEmpty(), "CURIE prefix");
            assertTrue(s.isValid(s.example()), "the example " + s.example() + " has the syntax");
            assertFalse(s.expected().isBlank(), "expected form");
            assertNotNull(s.literal(s.example()), "identifier literal");
            if (LITERAL_ONLY.contains(s.name())) {
                assertFalse(s.hasOwnIri());
            } else {
                assertTrue(s.hasOwnIri(), "canonical IRI");
                assertNotNull(s.landingPage(s.example()), "landing page");
                for (IriForm f : s.iriForms()) {
                    assertFalse(f.source().isBlank(), "source of " + f.namespace());
                    assertTrue(f.namespace().startsWith("http://") || f.namespace().startsWith("https://"));
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyFormRoundTrips() {
        return IdentifierSchemes.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> {
            String v = s.example();
            String curie = s.curie(v);
            int colon = curie.indexOf(':');
            assertEquals(s, IdentifierSchemes.byPrefix(curie.substring(0, colon)).orElseThrow());
            assertEquals(v, curie.substring(colon + 1), "value -> CURIE -> value");
            for (String p : s.curiePrefixes()) {
                assertEquals(s, IdentifierSchemes.byPrefix(p.toUpperCase(Locale.ROOT)).orElseThrow(), p);
                assertEquals(s, IdentifierSchemes.byPrefix(p.toLowerCase(Locale.ROOT)).orElseThrow(), p);
            }
            assertEquals(v, s.valueOfLiteral(s.literal(v)), "value -> literal -> value");
            for (IriForm f : s.iriForms()) {
                var m = IdentifierSchemes.byIri(f.iri(v)).orElseThrow();
                assertEquals(s, m.scheme(), f.namespace());
                assertEquals(f, m.form(), f.namespace());
                assertEquals(v, m.value(), "value -> IRI -> value for " + f.namespace());
            }
            if (s.hasOwnIri()) {
                assertEquals(v, s.valueOfIri(s.iri(v)));
            }
        }));
    }

    @Test
    void prefixesAndNamespacesBelongToOneSchemeEach() {
        Map<String, String> prefixes = new HashMap<>();
        Map<String, String> namespaces = new HashMap<>();
        for (IdentifierScheme s : IdentifierSchemes.all()) {
            for (String p : s.curiePrefixes()) {
                String was = prefixes.put(p.toLowerCase(Locale.ROOT), s.name());
                assertTrue(was == null || was.equals(s.name()), p + " is " + was + "'s and " + s);
            }
            for (IriForm f : s.iriForms()) {
                assertNull(namespaces.put(f.namespace(), s.name()), f.namespace());
            }
        }
    }

    @Test
    void theCasCheckDigitIsChecked() {
        assertTrue(IdentifierSchemes.CAS.isValid("877399-52-5"));
        assertTrue(IdentifierSchemes.CAS.isValid("50-78-2"));
        assertFalse(IdentifierSchemes.CAS.isValid("877399-52-4"));
        assertFalse(IdentifierSchemes.CAS.isValid("877399525"));
        assertEquals(5, CasCheckDigit.of("87739952"));
    }

    @Test
    void ensemblGenesHaveTheirIdentifiersOrgIriAndUniProtsAsExactMatch() {
        IdentifierScheme e = IdentifierSchemes.ENSEMBL_GENE;
        assertEquals("http://identifiers.org/ensembl/ENSG00000171094", e.iri("ENSG00000171094"));
        assertEquals(List.of("http://purl.uniprot.org/ensembl/ENSG00000171094"), e.exactMatches("ENSG00000171094"));
        assertEquals("ENSG00000171094", e.literal("ENSG00000171094"));
        assertEquals("ENSEMBL:ENSG00000171094", e.curie("ENSG00000171094"));
        assertEquals(e, IdentifierSchemes.byPrefix("Ensembl").orElseThrow());
        assertTrue(e.isValid("ENSMUSG00000055435"));
        assertFalse(e.isValid("ENST00000389048"));
        assertEquals("GENE", e.entityType());
        assertEquals("https://www.ensembl.org/id/ENSG00000171094", e.landingPage("ENSG00000171094"));
    }

    @Test
    void theDatasetsOfTheLinksetsAreTheSevenOfBefore() {
        List<String> keys = new ArrayList<>();
        IdentifierSchemes.datasets().forEach(d -> keys.add(d.key()));
        assertEquals(List.of("mondo", "ncbigene", "ncbitaxon", "pubchem", "mesh", "uniprot", "pubmed"), keys);
    }

    @Test
    void theSchemesPackageDependsOnNothingOfOurs() {
        classes().that().resideInAPackage("org.litlod.schemes..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.litlod.schemes..", "java..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.litlod.schemes"));
    }

    @Test
    void noMainSourceOutsideTheRegistryNamesANamespaceOfAScheme() throws IOException {
        List<String> namespaces = new ArrayList<>();
        for (IdentifierScheme s : IdentifierSchemes.all()) {
            s.iriForms().forEach(f -> namespaces.add(f.namespace()));
            if (s.dataset() != null) {
                namespaces.add(s.dataset().uriSpace());
            }
        }
        namespaces.add(IdentifierSchemes.MESH_VOCABULARY);
        Path root = Path.of("src/main/java");
        Path registry = root.resolve("org/litlod/schemes");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(registry)).toList()) {
                String text = Files.readString(f);
                for (String ns : namespaces) {
                    if (text.contains("\"" + ns)) {
                        found.add(root.relativize(f) + ": " + ns);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theShapeChecksTheLiteralOfEverySchemeWithAnIriOfItsOwn() throws IOException {
        String shapes = Files.readString(Path.of("ontology/entity-shapes.ttl"));
        for (IdentifierScheme s : IdentifierSchemes.all()) {
            if (s.hasOwnIri() && s.entityType() != null) {
                assertTrue(shapes.contains("STRSTARTS(?iri, \"" + s.canonical().namespace() + "\")"),
                        "lshape:IdentifierLiteralMatchesIri lists " + s);
            }
        }
    }

    @Test
    void theShapeOfSameAsLinksKnowsTheIrisOfThePaperSchemes() throws IOException {
        String shapes = Files.readString(Path.of("ontology/shapes.ttl"));
        for (IdentifierScheme s : List.of(IdentifierSchemes.DOI, IdentifierSchemes.PMID, IdentifierSchemes.PMCID)) {
            String escaped = s.canonical().namespace().replace(".", "\\\\.");
            assertTrue(shapes.contains("(" + escaped) || shapes.contains("|" + escaped),
                    "lshape:PaperSameAs allows " + s.canonical().namespace());
        }
    }
}
