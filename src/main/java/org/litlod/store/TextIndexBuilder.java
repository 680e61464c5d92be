package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the text index of a new store while a bulk load stores its quads, so that the index
 * is ready when the load is (instead of being filled from the data afterwards). Entries are
 * the ones {@link TextIndexing} defines, so a store opened later finds an index it would have
 * built itself. Commit once every quad has been added; until then the index holds nothing.
 */
public final class TextIndexBuilder implements AutoCloseable {
    private final TextIndex index;
    private boolean committed;

    private TextIndexBuilder(TextIndex index) {
        this.index = index;
    }

    /**
     * Starts the text index of the store in {@code db}, which must have none yet.
     *
     * @throws IllegalStateException when the store already has a text index
     */
    public static TextIndexBuilder forNewStore(Path db) {
        Path dir = db.resolve(TextIndexing.FOLDER);
        if (Files.exists(dir)) {
            throw new IllegalStateException("LITLOD-STORE-011 " + db + " already has a text index");
        }
        try {
            Files.createDirectories(dir);
            return new TextIndexBuilder(TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), TextIndexing.config()));
        } catch (IOException e) {
            throw new UncheckedIOException("LITLOD-STORE-010 cannot open the text index in " + dir, e);
        }
    }

    /** Indexes the quad when its predicate is one of the indexed ones. */
    public void add(Quad quad) {
        TextIndexing.add(index, quad);
    }

    /** Makes every entry added durable. */
    public void commit() {
        index.prepareCommit();
        index.commit();
        committed = true;
    }

    /** Closes the index; entries not committed are dropped. */
    @Override
    public void close() {
        if (!committed) {
            index.rollback();
        }
        index.close();
    }
}
