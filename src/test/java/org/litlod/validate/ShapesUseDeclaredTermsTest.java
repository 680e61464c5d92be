package org.litlod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litlod.vocab.LITLOD;

/** Every litlod term the shapes mention is declared in the ontology. */
class ShapesUseDeclaredTermsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ontology/shapes.ttl", "ontology/entity-shapes.ttl"})
    void shapesOnlyUseDeclaredLitlodTerms(String file) {
        Model shapes = RDFDataMgr.loadModel(file);
        Model ontology = RDFDataMgr.loadModel("ontology/litlod.ttl");
        Set<String> undeclared = new TreeSet<>();
        shapes.listStatements().forEachRemaining(st -> {
            for (RDFNode n : new RDFNode[] {st.getSubject(), st.getPredicate(), st.getObject()}) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(LITLOD.NAMESPACE)
                        && !ontology.contains(n.asResource(), RDF.type)) {
                    undeclared.add(n.asResource().getURI());
                }
            }
        });
        assertEquals(Set.of(), undeclared);
    }
}
