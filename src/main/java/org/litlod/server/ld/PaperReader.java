package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.litlod.schemes.IdentifierScheme;
import org.litlod.schemes.IdentifierSchemes;
import org.litlod.server.ld.PaperView.Link;
import org.litlod.server.ld.PaperView.ReferenceView;
import org.litlod.server.ld.PaperView.SectionView;
import org.litlod.vocab.BIBO;
import org.litlod.vocab.CITO;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.PRISM;

/** Reads the {@link PaperView} of a paper from its named graph, in the shape litlod's mapper writes. */
final class PaperReader {
    private final GraphReads r;
    private final IriSpace space;

    PaperReader(Graph paperGraph, IriSpace space) {
        this.r = new GraphReads(paperGraph);
        this.space = space;
    }

    PaperView read(Node paper, String graphIri) {
        return new PaperView(paper.getURI(), graphIri, title(paper), authors(paper), journal(paper),
                r.text(paper, DCTerms.issued), citation(paper), identifiers(paper),
                r.text(paper, DCTerms.abstract_), unitText(paper, LITLOD.tldr),
                unitText(paper, LITLOD.contribution),
                r.ordered(paper, LITLOD.keyFinding).stream().map(f -> r.text(f, LITLOD.text)).toList(),
                sections(paper), references(paper), new EntityReader(r).entities(paper),
                new RelationReader(r).relations(paper));
    }

    private String title(Node paper) {
        String t = r.text(paper, DCTerms.title);
        return t == null ? Labels.shortForm(paper) : t;
    }

    private List<Link> authors(Node paper) {
        List<Node> people = new ArrayList<>();
        for (Node list : r.objects(paper, BIBO.authorList)) {
            people.addAll(r.sequence(list));
        }
        if (people.isEmpty()) {
            people.addAll(r.objects(paper, DCTerms.creator));
        }
        return people.stream().map(p -> new Link(Labels.display(r.graph(), p), href(p),
                String.join("; ", r.texts(p, LITLOD.affiliation)))).toList();
    }

    private Link journal(Node paper) {
        for (Node j : r.objects(paper, DCTerms.isPartOf)) {
            return new Link(Labels.display(r.graph(), j), href(j), null);
        }
        String name = r.text(paper, PRISM.publicationName);
        return name == null ? null : new Link(name, null, null);
    }

    private String citation(Node paper) {
        String vol = r.text(paper, PRISM.volume);
        String issue = r.text(paper, PRISM.issueIdentifier);
        String pages = r.text(paper, PRISM.pageRange);
        StringBuilder b = new StringBuilder();
        if (vol != null) {
            b.append("volume ").append(vol);
        }
        if (issue != null) {
            b.append(b.length() > 0 ? ", " : "").append("issue ").append(issue);
        }
        if (pages != null) {
            b.append(b.length() > 0 ? ", " : "").append("pages ").append(pages);
        }
        return b.length() == 0 ? null : b.toString();
    }

    private List<Link> identifiers(Node work) {
        List<Link> out = new ArrayList<>();
        String doi = r.text(work, PRISM.doi);
        String pmid = r.text(work, BIBO.pmid);
        String pmcid = r.text(work, org.litlod.vocab.FABIO.hasPubMedCentralId);
        Map<String, String> byKind = new LinkedHashMap<>();
        for (Node same : r.objects(work, OWL.sameAs)) {
            if (same.isURI()) {
                byKind.put(same.getURI(), same.getURI());
            }
        }
        add(out, "DOI", doi, find(byKind, IdentifierSchemes.DOI));
        add(out, "PMID", pmid, find(byKind, IdentifierSchemes.PMID));
        add(out, "PMCID", pmcid, find(byKind, IdentifierSchemes.PMCID));
        byKind.keySet().forEach(iri -> out.add(new Link(iri, iri, null)));
        return out;
    }

    /** The first IRI in one of the scheme's IRI forms, taken out of {@code iris}. */
    private static String find(Map<String, String> iris, IdentifierScheme scheme) {
        for (String iri : List.copyOf(iris.keySet())) {
            if (scheme.valueOfIri(iri) != null) {
                iris.remove(iri);
                return iri;
            }
        }
        return null;
    }

    private static void add(List<Link> out, String scheme, String value, String iri) {
        if (value != null || iri != null) {
            out.add(new Link(scheme + " " + (value != null ? value : iri), iri, null));
        }
    }

    private String unitText(Node paper, org.apache.jena.rdf.model.Property p) {
        for (Node unit : r.objects(paper, p)) {
            return r.text(unit, LITLOD.text);
        }
        return null;
    }

    private List<SectionView> sections(Node paper) {
        return r.ordered(paper, LITLOD.hasSection).stream().map(s -> new SectionView(
                r.text(s, LITLOD.heading),
                r.ordered(s, LITLOD.hasParagraph).stream().map(p -> r.text(p, LITLOD.text)).toList())).toList();
    }

    private List<ReferenceView> references(Node paper) {
        List<Node> refs = r.objects(paper, CITO.cites);
        refs.sort(Comparator.comparingLong(PaperReader::trailingNumber)
                .thenComparing((Node n) -> n.toString(), NaturalOrder.INSTANCE));
        return refs.stream().map(ref -> {
            String text = r.text(ref, DCTerms.bibliographicCitation);
            if (text == null) {
                text = Labels.display(r.graph(), ref);
            }
            return new ReferenceView(href(ref), text, identifiers(ref));
        }).toList();
    }

    private static long trailingNumber(Node n) {
        String s = n.isURI() ? n.getURI().replaceAll("^.*?(\\d+)$", "$1") : "";
        return s.matches("\\d{1,18}") ? Long.parseLong(s) : Long.MAX_VALUE;
    }

    private String href(Node n) {
        return n.isURI() ? space.pageUrl(n.getURI()) : null;
    }
}
