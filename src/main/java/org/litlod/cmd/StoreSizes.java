package org.litlod.cmd;

import java.util.Locale;
import org.litlod.store.Compaction;

/** Store sizes as users read them ("9.4 GB -> 412.0 MB"). */
final class StoreSizes {
    private StoreSizes() {
    }

    static String text(Compaction.Result r) {
        return bytes(r.before()) + " -> " + bytes(r.after());
    }

    static String bytes(long n) {
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f kB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", n / (1024.0 * 1024 * 1024));
    }
}
