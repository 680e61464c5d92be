package org.litlod.server.ld;

import java.util.LinkedHashMap;
import java.util.Map;

/** The links from a page to the data documents of its resource, visible and as alternates. */
final class DataLinks {
    private static final Map<Representation, String> NAMES = Map.of(Representation.TURTLE, "Turtle",
            Representation.JSONLD, "JSON-LD", Representation.RDFXML, "RDF/XML",
            Representation.NTRIPLES, "N-Triples");

    private DataLinks() {
    }

    /** Media type to data URL, for {@code <link rel="alternate">}. */
    static Map<String, String> alternates(IriSpace space, String iri) {
        Map<String, String> m = new LinkedHashMap<>();
        Representation.rdf().forEach(r -> m.put(r.mediaType(), space.dataUrl(iri, r)));
        return m;
    }

    /** A paragraph naming the IRI and linking its data documents. */
    static void write(Html h, IriSpace space, String iri) {
        h.open("p", "class", "data-links").text("IRI: ").element("code", iri).open("br").text("Data: ");
        boolean first = true;
        for (Representation r : Representation.rdf()) {
            if (!first) {
                h.text(" · ");
            }
            first = false;
            h.link(space.dataUrl(iri, r), NAMES.get(r), "type", r.mediaType());
        }
        h.close("p");
    }
}
