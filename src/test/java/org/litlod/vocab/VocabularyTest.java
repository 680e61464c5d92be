package org.litlod.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** LITLOD and ontology/litlod.ttl agree, in both directions, and every term is documented. */
class VocabularyTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/litlod.ttl");

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : LITLOD.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                out.add(((Resource) f.get(null)).getURI());
            }
        }
        return out;
    }

    private static Set<String> declared() {
        Set<String> out = new TreeSet<>();
        VocabularyWriter.terms(ONTOLOGY).forEach(r -> out.add(r.getURI()));
        return out;
    }

    @Test
    void everyOntologyTermHasAConstant() throws Exception {
        Set<String> missing = new TreeSet<>(declared());
        missing.removeAll(constants());
        assertEquals(Set.of(), missing, "terms without a LITLOD constant (run ontology/build-vocab.sh)");
    }

    @Test
    void everyConstantIsDeclaredWithLabelAndDefinition() throws Exception {
        for (String iri : constants()) {
            Resource r = ONTOLOGY.getResource(iri);
            assertTrue(r.hasProperty(RDF.type), iri + " not declared in litlod.ttl");
            assertNotNull(r.getProperty(RDFS.label), iri + " has no rdfs:label");
            assertNotNull(r.getProperty(SKOS.definition), iri + " has no skos:definition");
        }
    }

    @Test
    void propertiesAreJenaPropertiesAndDeclaredAsProperties() throws Exception {
        for (Field f : LITLOD.class.getFields()) {
            if (f.getType() == Property.class) {
                Resource r = ONTOLOGY.getResource(((Property) f.get(null)).getURI());
                assertTrue(r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty),
                        f.getName());
            }
        }
        assertEquals(LITLOD.NAMESPACE + "keyFinding", LITLOD.keyFinding.getURI());
    }

    @Test
    void ontologyHasMetadata() {
        Resource o = ONTOLOGY.getResource("https://w3id.org/litlod/ontology");
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(o.hasProperty(org.apache.jena.vocabulary.DCTerms.license,
                ONTOLOGY.getResource("https://creativecommons.org/licenses/by/4.0/")));
        assertNotNull(o.getProperty(OWL.versionInfo));
        assertNotNull(o.getProperty(org.apache.jena.vocabulary.DCTerms.title));
        assertNotNull(o.getProperty(org.apache.jena.vocabulary.DCTerms.description));
    }

    @Test
    void committedLitlodJavaIsWhatTheWriterGenerates() throws IOException {
        Path committed = Path.of("src/main/java/org/litlod/vocab/LITLOD.java");
        assertEquals(VocabularyWriter.source(ONTOLOGY), Files.readString(committed, StandardCharsets.UTF_8),
                "LITLOD.java is stale: run ontology/build-vocab.sh");
    }

    @Test
    void prefixesIncludeEveryVocabulary() {
        assertEquals(LITLOD.NAMESPACE, Prefixes.standard().getNsPrefixURI("litlod"));
        assertEquals(OA.NAMESPACE, Prefixes.standard().getNsPrefixURI("oa"));
        assertEquals("http://identifiers.org/ncbigene/", Prefixes.standard().getNsPrefixURI("ncbigene"));
    }
}
