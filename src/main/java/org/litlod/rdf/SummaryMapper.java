package org.litlod.rdf;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.litlod.model.Summary;
import org.litlod.vocab.LITLOD;

/** The structured summary: TL;DR, contribution and ordered key findings, each with its passage. */
final class SummaryMapper {
    private SummaryMapper() {
    }

    static void map(MappingContext c) {
        Summary s = c.doc().summary();
        String paper = c.paperIri();
        if (s.tldr() != null) {
            Resource r = unit(c, c.iris().tldr(paper), LITLOD.TlDr, s.tldr(), "tldr");
            c.paper().addProperty(LITLOD.tldr, r);
        }
        if (s.contribution() != null) {
            Resource r = unit(c, c.iris().contribution(paper), LITLOD.Contribution,
                    s.contribution(), "contribution");
            c.paper().addProperty(LITLOD.contribution, r);
        }
        List<String> findings = s.keyFindings();
        for (int i = 0; i < findings.size(); i++) {
            Resource r = unit(c, c.iris().finding(paper, i + 1), LITLOD.KeyFinding, findings.get(i),
                    "finding/" + (i + 1));
            r.addProperty(LITLOD.position, Literals.integer(i + 1));
            c.paper().addProperty(LITLOD.keyFinding, r);
        }
    }

    /** A text unit of the paper with its class, text and the passage holding the same text. */
    static Resource unit(MappingContext c, String iri, Resource type, String text, String passageKey) {
        Resource r = c.resource(iri).addProperty(RDF.type, type);
        r.addProperty(LITLOD.text, text);
        r.addProperty(LITLOD.hasPassage, c.resource(c.iris().passage(c.paperIri(), passageKey)));
        return r;
    }
}
