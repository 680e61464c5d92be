package org.litlod.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.litlod.schemes.IdentifierSchemes;

/**
 * The prefixes litlod writes and reads: vocabularies, and the namespaces of entity IRIs as the
 * registry of identifier schemes gives them.
 */
public final class Prefixes {
    private static final PrefixMapping STANDARD = build();

    private Prefixes() {
    }

    /** An unmodifiable mapping with every prefix litlod uses. */
    public static PrefixMapping standard() {
        return STANDARD;
    }

    private static PrefixMapping build() {
        PrefixMapping p = PrefixMapping.Factory.create();
        p.setNsPrefix("rdf", RDF.getURI());
        p.setNsPrefix("rdfs", RDFS.getURI());
        p.setNsPrefix("owl", OWL.getURI());
        p.setNsPrefix("xsd", XSD.NS);
        p.setNsPrefix("skos", SKOS.getURI());
        p.setNsPrefix("dcterms", DCTerms.NS);
        p.setNsPrefix("foaf", FOAF.NS);
        p.setNsPrefix(LITLOD.PREFIX, LITLOD.NAMESPACE);
        p.setNsPrefix(FABIO.PREFIX, FABIO.NAMESPACE);
        p.setNsPrefix(PRISM.PREFIX, PRISM.NAMESPACE);
        p.setNsPrefix(BIBO.PREFIX, BIBO.NAMESPACE);
        p.setNsPrefix(CITO.PREFIX, CITO.NAMESPACE);
        p.setNsPrefix(OA.PREFIX, OA.NAMESPACE);
        p.setNsPrefix(PROV.PREFIX, PROV.NAMESPACE);
        p.setNsPrefix(SPDX.PREFIX, SPDX.NAMESPACE);
        p.setNsPrefix(BIOLINK.PREFIX, BIOLINK.NAMESPACE);
        p.setNsPrefix("doco", "http://purl.org/spar/doco/");
        IdentifierSchemes.turtlePrefixes().forEach(p::setNsPrefix);
        return p.lock();
    }
}
