package org.litlod.publish;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.litlod.store.PaperStore;
import org.litlod.vocab.LITLOD;

/**
 * Whether the store already holds what loading a file would give: a graph made from exactly
 * these bytes ({@code litlod:SourceFile} named by its SHA-256), published under the same name,
 * by the same converter versions and the same lexicon version (and so requiring the same shared
 * graph of entity descriptions) as the pipeline loading it now.
 * Anything else counts as changed and is loaded again.
 */
final class StoredSource {
    private StoredSource() {
    }

    /**
     * @param converterVersions the version of each converter, by format name
     * @param entityGraph       the shared graph of entity descriptions the pipeline writes to,
     *                          which the stored graphs must require (if any)
     * @param replaced          whether a graph is about to be replaced by a write not yet made
     *                          (the file is then no longer held as it was)
     */
    static boolean unchanged(PaperStore store, String sourceFileIri, String published,
                             Map<String, String> converterVersions, String lexiconVersion, String entityGraph,
                             Predicate<String> replaced) {
        Node file = NodeFactory.createURI(sourceFileIri);
        Node label = NodeFactory.createLiteralString(published);
        return store.read(dsg -> {
            Iterator<Quad> typed = dsg.find(Node.ANY, file, RDF.type.asNode(), LITLOD.SourceFile.asNode());
            if (!typed.hasNext()) {
                return false;
            }
            boolean any = false;
            while (typed.hasNext()) {
                Node g = typed.next().getGraph();
                if (!g.isURI() || replaced.test(g.getURI()) || !dsg.contains(g, file, RDFS.label.asNode(), label)
                        || !sameVersions(dsg, g, file, converterVersions, lexiconVersion)
                        || !allEqual(dsg, g, DCTerms.requires.asNode(), entityGraph)) {
                    return false;
                }
                any = true;
            }
            return any;
        });
    }

    private static boolean sameVersions(DatasetGraph dsg, Node g, Node file, Map<String, String> converterVersions,
                                        String lexiconVersion) {
        Iterator<Quad> formats = dsg.find(g, file, LITLOD.sourceFormat.asNode(), Node.ANY);
        while (formats.hasNext()) {
            Node format = formats.next().getObject();
            String expected = format.isLiteral() ? converterVersions.get(format.getLiteralLexicalForm()) : null;
            if (expected != null && !allEqual(dsg, g, LITLOD.converterVersion.asNode(), expected)) {
                return false;
            }
        }
        return lexiconVersion == null ? !dsg.find(g, Node.ANY, LITLOD.lexiconVersion.asNode(), Node.ANY).hasNext()
                : allEqual(dsg, g, LITLOD.lexiconVersion.asNode(), lexiconVersion);
    }

    /** Whether every value of {@code predicate} in graph {@code g} has the lexical form (or IRI) {@code value}. */
    private static boolean allEqual(DatasetGraph dsg, Node g, Node predicate, String value) {
        Iterator<Quad> it = dsg.find(g, Node.ANY, predicate, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            String form = o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getURI() : null;
            if (!value.equals(form)) {
                return false;
            }
        }
        return true;
    }
}
