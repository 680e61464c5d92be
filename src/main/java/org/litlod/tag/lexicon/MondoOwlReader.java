package org.litlod.tag.lexicon;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Streams MONDO as OWL (RDF/XML {@code mondo.owl}, Turtle, N-Triples) with Jena RIOT into
 * {@link MondoTerm}s. Only the triples the lexicon needs are kept while parsing: labels,
 * oboInOwl synonyms of the four scopes, oboInOwl:hasDbXref and owl:deprecated of MONDO
 * classes. Deprecated classes are skipped. Reified axiom annotations are ignored.
 */
public final class MondoOwlReader {

    private static final String OBO_IN_OWL = "http://www.geneontology.org/formats/oboInOwl#";
    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String DEPRECATED = "http://www.w3.org/2002/07/owl#deprecated";
    private static final Map<String, MondoTerm.Scope> SYNONYMS = Map.of(
            OBO_IN_OWL + "hasExactSynonym", MondoTerm.Scope.EXACT,
            OBO_IN_OWL + "hasNarrowSynonym", MondoTerm.Scope.NARROW,
            OBO_IN_OWL + "hasBroadSynonym", MondoTerm.Scope.BROAD,
            OBO_IN_OWL + "hasRelatedSynonym", MondoTerm.Scope.RELATED);

    private final Lang lang;

    /** A reader for {@code lang} ({@code Lang.RDFXML}, {@code Lang.TURTLE}, ...). */
    public MondoOwlReader(Lang lang) {
        this.lang = lang;
    }

    /** Reads every current MONDO class of {@code in} into {@code sink}; returns how many. */
    public int read(InputStream in, Consumer<MondoTerm> sink) throws java.io.IOException {
        Map<Identifier, Builder> terms = new LinkedHashMap<>();
        RDFParser.source(VocabularyFiles.decompressed(in)).lang(lang).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                Node s = t.getSubject();
                if (!s.isURI()) {
                    return;
                }
                Optional<Identifier> id = Curies.fromIri(s.getURI());
                if (id.isEmpty() || id.get().scheme() != IdScheme.MONDO || !t.getObject().isLiteral()) {
                    return;
                }
                String p = t.getPredicate().getURI();
                String value = t.getObject().getLiteralLexicalForm();
                MondoTerm.Scope scope = SYNONYMS.get(p);
                if (p.equals(LABEL)) {
                    builder(terms, id.get()).label = value;
                } else if (scope != null) {
                    builder(terms, id.get()).synonyms.add(new MondoTerm.Synonym(value, scope));
                } else if (p.equals(OBO_IN_OWL + "hasDbXref")) {
                    builder(terms, id.get()).xrefs.add(value);
                } else if (p.equals(DEPRECATED) && value.equals("true")) {
                    builder(terms, id.get()).deprecated = true;
                }
            }
        });
        int count = 0;
        for (Map.Entry<Identifier, Builder> e : terms.entrySet()) {
            Builder b = e.getValue();
            if (!b.deprecated && b.label != null) {
                sink.accept(new MondoTerm(e.getKey(), b.label, b.synonyms, b.xrefs));
                count++;
            }
        }
        return count;
    }

    private static Builder builder(Map<Identifier, Builder> terms, Identifier id) {
        return terms.computeIfAbsent(id, k -> new Builder());
    }

    private static final class Builder {
        String label;
        boolean deprecated;
        final List<MondoTerm.Synonym> synonyms = new ArrayList<>();
        final List<String> xrefs = new ArrayList<>();
    }
}
