package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.ids.Equivalents;
import org.litlod.ids.IriMinter;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/** An entity carries one rdfs:label, its preferred one, whatever name it was found under. */
class EntityLabelsTest {

    private static Sparql mapped(org.litlod.ids.Labels labels) {
        return new Sparql(new DocumentMapper(new IriMinter(), Equivalents.NONE, labels)
                .map(SampleDocuments.article(), "v").described());
    }

    @Test
    void thePreferredLabelWinsAndTheListedNameBecomesAnAltLabel() {
        Identifier mondo = new Identifier(IdScheme.MONDO, "0002049");
        Sparql q = mapped(id -> id.equals(mondo) ? "thrombocytopenic disorder" : null);
        assertEquals(List.of("thrombocytopenic disorder"),
                q.values("SELECT ?l WHERE { <http://purl.obolibrary.org/obo/MONDO_0002049> rdfs:label ?l }"));
        assertTrue(q.ask("<http://purl.obolibrary.org/obo/MONDO_0002049> skos:altLabel \"thrombocytopenia\""));
    }

    @Test
    void withoutAPreferredLabelTheListedNameIsTheLabel() {
        Sparql q = mapped(id -> null);
        assertEquals(List.of("thrombocytopenia"),
                q.values("SELECT ?l WHERE { <http://purl.obolibrary.org/obo/MONDO_0002049> rdfs:label ?l }"));
    }

    @Test
    void everyEntityHasExactlyOneLabel() {
        Sparql q = mapped(id -> id.scheme() == IdScheme.NCBI_GENE ? "GENE-" + id.value() : null);
        assertEquals(List.of(), q.values("SELECT ?e WHERE { ?e rdfs:label ?a, ?b FILTER(?a != ?b) }"));
    }
}
