package org.litlod.rdf;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.litlod.model.Figure;
import org.litlod.model.Paragraph;
import org.litlod.model.Section;
import org.litlod.vocab.LITLOD;

/**
 * The body: ordered sections with heading, ordered paragraphs (linked to the references they
 * cite) and figures; figures outside sections hang from the paper.
 */
final class BodyMapper {
    private BodyMapper() {
    }

    static void map(MappingContext c) {
        String paper = c.paperIri();
        List<Section> sections = c.doc().sections();
        for (int s = 1; s <= sections.size(); s++) {
            Section sec = sections.get(s - 1);
            Resource r = c.resource(c.iris().section(paper, s)).addProperty(RDF.type, LITLOD.Section);
            r.addProperty(LITLOD.position, Literals.integer(s));
            c.text(r, LITLOD.heading, sec.heading());
            c.paper().addProperty(LITLOD.hasSection, r);
            for (int p = 1; p <= sec.paragraphs().size(); p++) {
                r.addProperty(LITLOD.hasParagraph, paragraph(c, s, p, sec.paragraphs().get(p - 1)));
            }
            for (int f = 1; f <= sec.figures().size(); f++) {
                r.addProperty(LITLOD.hasFigure, figure(c, c.iris().sectionFigure(paper, s, f),
                        "section/" + s + "/figure/" + f, f, sec.figures().get(f - 1)));
            }
        }
        List<Figure> figures = c.doc().figures();
        for (int f = 1; f <= figures.size(); f++) {
            c.paper().addProperty(LITLOD.hasFigure,
                    figure(c, c.iris().figure(paper, f), "figure/" + f, f, figures.get(f - 1)));
        }
    }

    private static Resource paragraph(MappingContext c, int s, int p, Paragraph para) {
        Resource r = SummaryMapper.unit(c, c.iris().paragraph(c.paperIri(), s, p), LITLOD.Paragraph,
                para.text(), "section/" + s + "/paragraph/" + p);
        r.addProperty(LITLOD.position, Literals.integer(p));
        for (int n : para.citations()) {
            String ref = ReferenceMapper.iriOfNumber(c, n);
            if (ref != null) {
                r.addProperty(LITLOD.citesReference, c.resource(ref));
            }
        }
        return r;
    }

    private static Resource figure(MappingContext c, String iri, String key, int n, Figure f) {
        Resource r;
        if (f.caption() != null && !f.caption().isBlank()) {
            r = SummaryMapper.unit(c, iri, LITLOD.Figure, f.caption(), key);
        } else {
            r = c.resource(iri).addProperty(RDF.type, LITLOD.Figure);
        }
        r.addProperty(LITLOD.position, Literals.integer(n));
        c.text(r, RDFS.label, f.label());
        c.text(r, LITLOD.image, f.image());
        return r;
    }
}
