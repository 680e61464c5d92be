package org.litlod.cmd;

import java.util.concurrent.Callable;
import org.litlod.store.Compaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code litlod compact}: compacts the TDB2 store, reclaiming the space of replaced data. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the store: TDB2 keeps every version of the data it ever wrote until compacted. "
                + "Writes the live data anew with its indexes packed into full blocks, deletes the old files "
                + "and reports the size before and after. "
                + "Do not serve the store meanwhile.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        Compaction.Result r = Compaction.run(store.db);
        System.err.println("litlod: compacted " + store.db + ": " + StoreSizes.text(r));
        return 0;
    }
}
