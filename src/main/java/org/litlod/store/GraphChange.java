package org.litlod.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/**
 * One change of a named graph within a write: replace it with {@code content}, add
 * {@code content} to what it holds ({@code merge}: a graph shared by many writers), or remove it
 * when {@code content} is null.
 */
public record GraphChange(String graph, Graph content, boolean merge) {
    public GraphChange {
        Objects.requireNonNull(graph);
    }

    /** Replaces graph {@code graph} with {@code content}. */
    public static GraphChange replace(String graph, Graph content) {
        return new GraphChange(graph, Objects.requireNonNull(content), false);
    }

    /** Adds the triples of {@code content} to graph {@code graph}, keeping what it holds. */
    public static GraphChange merge(String graph, Graph content) {
        return new GraphChange(graph, Objects.requireNonNull(content), true);
    }

    /** Removes graph {@code graph}. */
    public static GraphChange remove(String graph) {
        return new GraphChange(graph, null, false);
    }

    /** Number of triples this change writes. */
    public int size() {
        return content == null ? 0 : content.size();
    }
}
