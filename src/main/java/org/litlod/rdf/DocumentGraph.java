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
    private final Index bySubject = new Index(Triple::getSubject);
    private final Index byPredicate = new Index(Triple::getPredicate);
    private final Index byObject = new Index(Triple::getObject);
    private final Index[] indexes = {bySubject, byPredicate, byObject};

    @Override
    public void performAdd(Triple t) {
        if (triples.add(t)) {
            for (Index i : indexes) {
                i.add(t);
            }
        }
    }

    @Override
    public void performDelete(Triple t) {
        if (triples.remove(t)) {
            for (Index i : indexes) {
                i.remove(t);
            }
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
            return matching(bySubject.get(s), p, o);
        }
        if (o.isConcrete()) {
            return matching(byObject.get(o), p, Node.ANY);
        }
        if (p.isConcrete()) {
            return matching(byPredicate.get(p), Node.ANY, Node.ANY);
        }
        return WrappedIterator.createNoRemove(triples.iterator());
    }

    @Override
    public void clear() {
        triples.clear();
        for (Index i : indexes) {
            i.drop();
        }
        getEventManager().notifyEvent(this, GraphEvents.removeAll);
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

    /**
     * The graph's triples by one of their terms, in the order added: built from the graph's
     * triples the first time it is asked, then kept up to date as triples come and go.
     */
    private final class Index {
        private final Function<Triple, Node> key;
        private Map<Node, List<Triple>> lists;

        Index(Function<Triple, Node> key) {
            this.key = key;
        }

        /** The triples whose term is {@code term}, or null when there are none. */
        List<Triple> get(Node term) {
            if (lists == null) {
                lists = new HashMap<>();
                triples.forEach(this::append);
            }
            return lists.get(term);
        }

        void add(Triple t) {
            if (lists != null) {
                append(t);
            }
        }

        /** Takes {@code t} out; the last triple of its list, as when triples go last first, costs no search. */
        void remove(Triple t) {
            if (lists == null) {
                return;
            }
            Node term = key.apply(t);
            List<Triple> list = lists.get(term);
            int last = list.size() - 1;
            if (list.get(last).equals(t)) {
                list.remove(last);
            } else {
                list.remove(t);
            }
            if (list.isEmpty()) {
                lists.remove(term);
            }
        }

        /** Forgets the index, to be built again when next asked. */
        void drop() {
            lists = null;
        }

        private void append(Triple t) {
            lists.computeIfAbsent(key.apply(t), k -> new ArrayList<>(4)).add(t);
        }
    }
}
