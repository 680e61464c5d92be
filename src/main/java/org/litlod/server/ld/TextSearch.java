package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litlod.store.PaperStore;

/**
 * A search of the store's full-text index ({@code text:query}), with each hit taken to the
 * paper it belongs to (a title, an abstract, or a text unit of the paper) or to the entity it
 * names (a gene, disease, chemical, species or variant label).
 */
final class TextSearch {
    static final int MAX_HITS = 200;
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";
    private final PaperStore store;

    /** One paper or entity found, best first. */
    record Hit(String iri, String label, String snippet) {
        Hit withLabel(String l) {
            return new Hit(iri, l, snippet);
        }
    }

    /** What a search found. */
    record Results(List<Hit> papers, List<Hit> entities) {
    }

    TextSearch(PaperStore store) {
        this.store = store;
    }

    /**
     * The SPARQL string literal of {@code words} as a Lucene query that matches them literally:
     * every character of Lucene's syntax is escaped, and the words are lower-cased (as the index
     * is), so that AND, OR, NOT and TO are words to find, not operators.
     */
    static String literal(String words) {
        StringBuilder lucene = new StringBuilder();
        for (char c : words.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isISOControl(c)) {
                lucene.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    lucene.append('\\');
                }
                lucene.append(c);
            }
        }
        return '"' + lucene.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The query a user can run on the endpoint for the same words. */
    static String sparqlFor(String words) {
        return "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT ?s ?score ?text WHERE {\n"
                + "  (?s ?score ?text) text:query " + literal(words) + " .\n"
                + "} ORDER BY DESC(?score) LIMIT 50";
    }

    Results run(String words) {
        String sparql = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX litlod: <https://w3id.org/litlod/ontology#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?hit ?score ?text ?paper ?title ?type ?label ?id WHERE {
                  (?hit ?score ?text) text:query (%s %d) .
                  OPTIONAL {
                    ?paper (litlod:keyFinding|litlod:tldr|litlod:contribution|litlod:hasPassage
                            |(litlod:hasSection/litlod:hasParagraph))? ?hit .
                    ?paper a litlod:Paper .
                    OPTIONAL { ?paper dcterms:title ?title }
                  }
                  OPTIONAL {
                    ?hit a ?type .
                    FILTER(?type IN (litlod:Gene, litlod:Disease, litlod:Chemical, litlod:Species, litlod:Variant))
                    OPTIONAL { ?hit rdfs:label ?label }
                    OPTIONAL { ?hit dcterms:identifier ?id }
                  }
                } ORDER BY DESC(?score) ?hit""".formatted(literal(words), MAX_HITS);
        Map<String, Hit> papers = new LinkedHashMap<>();
        Map<String, Hit> entities = new LinkedHashMap<>();
        new StoreCounts(store).select(sparql, r -> {
            String text = r.contains("text") ? r.getLiteral("text").getLexicalForm() : null;
            if (r.contains("paper") && r.get("paper").isURIResource()) {
                String iri = r.getResource("paper").getURI();
                String title = r.contains("title") ? r.getLiteral("title").getLexicalForm() : iri;
                Hit hit = new Hit(iri, title, text == null || text.equals(title) ? null : Snippet.of(text, words));
                // One entry per paper, at its best score, with a matched passage if any of its texts gives one.
                papers.merge(iri, hit, (first, later) -> first.snippet() == null ? later.withLabel(first.label()) : first);
            } else if (r.contains("type") && r.get("hit").isURIResource()) {
                String iri = r.getResource("hit").getURI();
                String label = r.contains("label") ? r.getLiteral("label").getLexicalForm() : text;
                String kind = r.getResource("type").getLocalName();
                entities.putIfAbsent(iri, new Hit(iri, label,
                        r.contains("id") ? kind + " · " + r.getLiteral("id").getLexicalForm() : kind));
            }
        });
        return new Results(new ArrayList<>(papers.values()), new ArrayList<>(entities.values()));
    }
}
