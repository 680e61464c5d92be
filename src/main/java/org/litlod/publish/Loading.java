package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.SourceText;
import org.litlod.store.PaperStore;

/** {@code load}: reads input files and loads their documents into the store. */
public final class Loading {
    private Loading() {
    }

    /**
     * Loads every file under {@code paths} into {@code store}.
     *
     * @param skipUnchanged leave files alone that the store already holds byte for byte
     */
    public static LoadReport run(Publisher publisher, PaperStore store, List<Path> paths,
                                 boolean skipUnchanged) throws IOException {
        List<SourceText> inputs = new ArrayList<>();
        for (Path f : InputFiles.expand(paths)) {
            inputs.add(InputFiles.read(f));
        }
        return publisher.load(store, inputs, skipUnchanged);
    }
}
