package org.litlod.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.GraphEvents;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * An in-memory graph of the few hundred triples of one document, or of the descriptions of the
 * entities of one document or one batch: what the mapper writes, the shapes check and the store
 * reads. Terms are compared as terms (as in Jena's default graph), triples are given back in the
 * order they were added, and a triple added twice is held once.
 * <p>
 * It is built for being written once and then read: a triple costs one set entry when added, and
 * the index of subjects, of objects or of predicates is built the first time a find needs it,
 * then kept up to date (a find with a subject looks in the first, else one with an object in
 * the second). Triples deleted in the reverse of the order they were added cost no search in
 * the indexes, as when {@link MappedDocument#withDescriptions} takes out what it added.
 * <p>
 * Jena's default graph keeps three hash indexes from the first triple, in code of its own that
 * the JIT compiles (and, as the graph's types vary, compiles again) while a load is young; this
 * graph's work is done in the JDK's collections, which the rest of the program has the JIT compile
 * anyway.
 * <p>
 * Not thread-safe, not even for finds alone, since a find may build an index: one thread at a
 * time, as a document is handed from the thread that maps it to the one that stores it.
 * Iterators fail fast when the graph changes under them, and cannot remove.
 */
public final class DocumentGraph extends GraphBase {
    private final Set<Triple> triples = new LinkedHashSet<>();
    private Map<Node, List<Triple>> bySubject;
    private Map<Node, List<Triple>> byPredicate;
    private Map<Node, List<Triple>> byObject;

    @Override
    public void performAdd(Triple t) {
        if (triples.add(t)) {
            index(bySubject, t.getSubject(), t);
            index(byPredicate, t.getPredicate(), t);
            index(byObject, t.getObject(), t);
        }
    }

    @Override
    public void performDelete(Triple t) {
        if (triples.remove(t)) {
            unindex(bySubject, t.getSubject(), t);
            unindex(byPredicate, t.getPredicate(), t);
            unindex(byObject, t.getObject(), t);
        }
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return t.isConcrete() ? triples.contains(t) : graphBaseFind(t).hasNext();
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        Node p = pattern.getPredicate();
        Node o = pattern.getObject();
        if (s.isConcrete()) {
            return matching(bySubject().get(s), p, o);
        }
        if (o.isConcrete()) {
            return matching(byObject().get(o), p, Node.ANY);
        }
        if (p.isConcrete()) {
            return matching(byPredicate().get(p), Node.ANY, Node.ANY);
        }
        return WrappedIterator.createNoRemove(triples.iterator());
    }

    @Override
    public void clear() {
        triples.clear();
        bySubject = null;
        byPredicate = null;
        byObject = null;
        getEventManager().notifyEvent(this, GraphEvents.removeAll);
    }

    private Map<Node, List<Triple>> bySubject() {
        if (bySubject == null) {
            bySubject = indexOf(Triple::getSubject);
        }
        return bySubject;
    }

    private Map<Node, List<Triple>> byPredicate() {
        if (byPredicate == null) {
            byPredicate = indexOf(Triple::getPredicate);
        }
        return byPredicate;
    }

    private Map<Node, List<Triple>> byObject() {
        if (byObject == null) {
            byObject = indexOf(Triple::getObject);
        }
        return byObject;
    }

    private Map<Node, List<Triple>> indexOf(Function<Triple, Node> key) {
        Map<Node, List<Triple>> index = new HashMap<>();
        for (Triple t : triples) {
            index.computeIfAbsent(key.apply(t), k -> new ArrayList<>(4)).add(t);
        }
        return index;
    }

    private static void index(Map<Node, List<Triple>> index, Node key, Triple t) {
        if (index != null) {
            index.computeIfAbsent(key, k -> new ArrayList<>(4)).add(t);
        }
    }

    private static void unindex(Map<Node, List<Triple>> index, Node key, Triple t) {
        if (index == null) {
            return;
        }
        List<Triple> list = index.get(key);
        int last = list.size() - 1;
        if (list.get(last).equals(t)) {
            list.remove(last);
        } else {
            list.remove(t);
        }
        if (list.isEmpty()) {
            index.remove(key);
        }
    }

    /**
     * The triples of {@code candidates} (those of one subject, predicate or object) whose
     * predicate and object match {@code p} and {@code o}, either of which may be a wildcard.
     */
    private static ExtendedIterator<Triple> matching(List<Triple> candidates, Node p, Node o) {
        if (candidates == null) {
            return NullIterator.instance();
        }
        boolean anyP = !p.isConcrete();
        boolean anyO = !o.isConcrete();
        ExtendedIterator<Triple> all = WrappedIterator.createNoRemove(candidates.iterator());
        if (anyP && anyO) {
            return all;
        }
        return all.filterKeep(t -> (anyP || p.equals(t.getPredicate())) && (anyO || o.equals(t.getObject())));
    }
}
