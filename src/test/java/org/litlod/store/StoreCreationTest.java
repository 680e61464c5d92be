package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new store appears whole, by a rename; what a killed creation left behind is cleared. */
class StoreCreationTest {

    @Test
    void aNewStoreAppearsWholeAndLeavesNothingBeside(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Path leftover = Files.createDirectories(dir.resolve(".db.creating-999999999"));
        Files.writeString(leftover.resolve("OSPG.bpt"), "half a database");
        PaperStore store = PaperStore.open(db);
        try {
            assertTrue(Files.isDirectory(db.resolve("Data-0001")), "the database is in place");
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(List.of(db), s.toList(), "no creation folder is left, the dead one included");
            }
            assertEquals(0, store.graphs().size());
        } finally {
            store.close();
        }
    }

    @Test
    void anExistingStoreIsLeftAlone(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        PaperStore.open(db).close();
        long before = Files.getLastModifiedTime(db.resolve("Data-0001")).toMillis();
        StoreCreation.ensure(db);
        assertEquals(before, Files.getLastModifiedTime(db.resolve("Data-0001")).toMillis());
        assertFalse(Files.exists(dir.resolve(".db.creating-" + ProcessHandle.current().pid())));
    }
}
