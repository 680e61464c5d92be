package org.litlod.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.litlod.store.PaperStore;
import org.litlod.store.StoreBase;

/**
 * Keeps the IRIs of a store and the base it is served or loaded under in agreement. The base
 * is recorded in the store by the first load ({@link StoreBase}); a store loaded before litlod
 * recorded it has its base read off its graph names ({@code {base}graph/...}). A load or a
 * server with another base is refused with {@value #CONFLICT}: the store's IRIs would not be
 * the server's, and its papers would show as foreign entities.
 */
public final class StoreBases {
    /** A base IRI that contradicts the one the store's data was minted under. */
    public static final String CONFLICT = "LITLOD-BASE-001";
    private static final String GRAPH = "graph/";

    private StoreBases() {
    }

    /** The base the store's data was minted under: recorded, else read off its graph names. */
    public static Optional<String> of(PaperStore store) {
        return of(store.location(), store::graphs);
    }

    /**
     * The base to serve or load the store under: {@code requested} when given (and the store
     * agrees), else the store's own base, else {@code fallback} for a store that holds nothing.
     *
     * @throws IllegalArgumentException {@value #CONFLICT} when {@code requested} contradicts the store's base
     */
    public static String choose(PaperStore store, String requested, String fallback) {
        Optional<String> own = of(store);
        if (requested == null) {
            return own.orElse(fallback);
        }
        own.ifPresent(b -> check(store.location(), b, requested));
        return requested;
    }

    /**
     * As {@link #choose(PaperStore, String, String)} for a database directory not opened as a
     * store (a bulk load), from the recorded base only; the load itself checks the graph names.
     */
    public static String choose(Path db, String requested, String fallback) {
        Optional<String> own = StoreBase.read(db);
        if (requested == null) {
            return own.orElse(fallback);
        }
        own.ifPresent(b -> check(db, b, requested));
        return requested;
    }

    /** Checks that data minted under {@code base} may go into the store in {@code db}, and records the base. */
    static void claim(Path db, String base, Supplier<List<String>> graphs) {
        Optional<String> own = of(db, graphs);
        own.ifPresent(b -> check(db, b, base));
        if (StoreBase.read(db).isEmpty()) {
            StoreBase.write(db, slash(base));
        }
    }

    /**
     * Checks that {@code base} agrees with the store's base, without recording anything.
     *
     * @throws IllegalArgumentException {@value #CONFLICT} when it does not
     */
    public static void check(PaperStore store, String base) {
        of(store).ifPresent(b -> check(store.location(), b, base));
    }

    private static Optional<String> of(Path db, Supplier<List<String>> graphs) {
        Optional<String> recorded = StoreBase.read(db);
        if (recorded.isPresent()) {
            return recorded;
        }
        for (String g : graphs.get()) {
            int at = g.indexOf("/" + GRAPH);
            if (at > 0) {
                return Optional.of(g.substring(0, at + 1));
            }
        }
        return Optional.empty();
    }

    private static void check(Path db, String own, String requested) {
        if (!slash(own).equals(slash(requested))) {
            throw new IllegalArgumentException(CONFLICT + " " + db + ": the store's IRIs were minted under <"
                    + own + ">, not <" + requested + ">. Leave out --base to use the store's base (the server "
                    + "answers for it on any host and port), or load into a new store (--db) with --base "
                    + requested + ".");
        }
    }

    private static String slash(String base) {
        return base.endsWith("/") ? base : base + "/";
    }
}
