package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.litlod.convert.StreamedInput;
import org.litlod.store.PaperStore;

/**
 * {@code load}: reads input files and loads their documents into the store. Files are read one
 * at a time, and the checked graphs of many small files are written in one transaction (see
 * {@link LoadBatch}), so memory holds one input and one batch at once; a file over {@link InputFiles#MAX_BYTES} in a
 * format that streams (PubMed XML, BioC) is read one document at a time, whatever its size. A
 * path that is missing, or a file that cannot be read (too large, unreadable), fails alone and
 * the others still load.
 */
public final class Loading {
    private Loading() {
    }

    /**
     * Loads every file under {@code paths} into {@code store}.
     *
     * @param skipUnchanged leave files alone that the store already holds byte for byte, under
     *                      the same name, from the same converter and lexicon versions
     * @throws IllegalArgumentException {@value StoreBases#CONFLICT} when the store holds IRIs minted under another base
     */
    public static LoadReport run(Publisher publisher, PaperStore store, List<Path> paths,
                                 boolean skipUnchanged) {
        StoreBases.claim(store.location(), publisher.base(), store::graphs);
        LoadBatch batch = new LoadBatch(store);
        for (Path f : InputFiles.expand(paths)) {
            try {
                loadFile(publisher, batch, f, InputFiles.publishedName(paths, f), skipUnchanged);
            } catch (IOException e) {
                batch.done(new FileOutcome(f.toString(), FileOutcome.Status.FAILED, List.of(),
                        List.of(InputFiles.message(f, e))));
            }
        }
        LoadReport report = new LoadReport(batch.flush());
        publisher.retireEntityGraphs(store);
        return report;
    }

    private static void loadFile(Publisher publisher, LoadBatch batch, Path f, String published,
                                 boolean skipUnchanged) throws IOException {
        if (publisher.readsAsStream(f, InputFiles.MAX_BYTES)) {
            StreamedInput in = InputFiles.open(f, published);
            try {
                batch.write();
                batch.done(publisher.load(batch.store(), in, skipUnchanged));
            } finally {
                in.stream().close();
            }
            return;
        }
        publisher.load(batch, InputFiles.read(f, published), skipUnchanged);
    }
}
