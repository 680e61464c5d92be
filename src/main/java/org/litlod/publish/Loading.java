package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.SourceText;
import org.litlod.convert.StreamedInput;
import org.litlod.store.PaperStore;

/**
 * {@code load}: reads input files and loads their documents into the store. Files are read one
 * at a time, so memory holds one input at once; a file over {@link InputFiles#MAX_BYTES} in a
 * format that streams (PubMed XML, BioC) is read one document at a time, whatever its size. A
 * file that cannot be read (too large, unreadable) fails alone and the others still load.
 */
public final class Loading {
    private Loading() {
    }

    /**
     * Loads every file under {@code paths} into {@code store}.
     *
     * @param skipUnchanged leave files alone that the store already holds byte for byte
     * @throws IOException when a path given does not exist or a folder cannot be listed
     * @throws IllegalArgumentException {@value StoreBases#CONFLICT} when the store holds IRIs minted under another base
     */
    public static LoadReport run(Publisher publisher, PaperStore store, List<Path> paths,
                                 boolean skipUnchanged) throws IOException {
        List<Path> files = InputFiles.expand(paths);
        StoreBases.claim(store.location(), publisher.base(), store::graphs);
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path f : files) {
            if (publisher.readsAsStream(f, InputFiles.MAX_BYTES)) {
                try {
                    StreamedInput in = InputFiles.open(f, InputFiles.publishedName(paths, f));
                    try {
                        outcomes.add(publisher.load(store, in, skipUnchanged));
                    } finally {
                        in.stream().close();
                    }
                } catch (IOException e) {
                    outcomes.add(new FileOutcome(f.toString(), FileOutcome.Status.FAILED, List.of(),
                            List.of(InputFiles.message(f, e))));
                }
                continue;
            }
            SourceText in;
            try {
                in = InputFiles.read(f, InputFiles.publishedName(paths, f));
            } catch (IOException e) {
                outcomes.add(new FileOutcome(f.toString(), FileOutcome.Status.FAILED, List.of(),
                        List.of(InputFiles.message(f, e))));
                continue;
            }
            outcomes.addAll(publisher.load(store, List.of(in), skipUnchanged).files());
        }
        return new LoadReport(outcomes);
    }
}
