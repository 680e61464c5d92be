package org.litlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * Creates a new TDB2 database all at once. TDB2 writes a new database's files one after the
 * other, and a process killed among them leaves a folder TDB2 cannot open again ("Node block
 * manager empty"). So a new store is made in a hidden sibling folder, closed, and renamed into
 * place: a kill leaves either no store or a whole empty one. Leftover folders of processes that
 * died while creating are removed.
 */
final class StoreCreation {
    /** A new store could not be created (the folder cannot be written, the disk is full...). */
    static final String CANNOT_CREATE = "LITLOD-STORE-005";

    private StoreCreation() {
    }

    /**
     * Makes sure {@code dir} holds a database, creating an empty one atomically if it does not.
     *
     * @throws UncheckedIOException {@value #CANNOT_CREATE} when the files cannot be made or moved
     */
    static void ensure(Path dir) {
        try {
            removeLeftovers(dir);
            if (Files.isDirectory(dir) && !isEmpty(dir)) {
                return;
            }
            Path parent = dir.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = dir.resolveSibling(prefix(dir) + ProcessHandle.current().pid());
            deleteTree(tmp);
            DatasetGraph dsg = StoreLayout.connect(tmp);
            Txn.executeWrite(dsg, () -> { });
            release(tmp);
            Compaction.record(tmp, Compaction.size(tmp));
            Files.deleteIfExists(dir);
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(CANNOT_CREATE + " " + dir + ": cannot create the store ("
                    + (e.getMessage() != null ? e.getMessage() : "input/output error") + ")", e);
        }
    }

    /**
     * Whether {@code dir} holds a TDB2 database: a folder with a {@code Data-NNNN} folder or
     * TDB2's lock file, as TDB2 lays out a database. Looks only; creates nothing.
     */
    static boolean holdsDatabase(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+")
                    || p.getFileName().toString().equals(StoreInUseException.LOCK_FILE));
        } catch (IOException e) {
            return false;
        }
    }

    private static String prefix(Path dir) {
        return "." + dir.getFileName() + ".creating-";
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Closes this JVM's connection to the database at {@code dir}, so that it can be moved. */
    private static void release(Path dir) throws IOException {
        DatabaseConnection.internalExpel(Location.create(dir.toString()), false);
        try (Stream<Path> data = Files.list(dir)) {
            data.filter(d -> d.getFileName().toString().startsWith("Data-"))
                    .forEach(d -> StoreConnection.internalExpel(Location.create(d.toString()), false));
        }
    }

    /** Removes creation folders beside {@code dir} whose process is gone. */
    private static void removeLeftovers(Path dir) throws IOException {
        Path parent = dir.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String prefix = prefix(dir);
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                String pid = p.getFileName().toString().substring(prefix.length());
                boolean alive = pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Deletes {@code p} and everything below it, if it exists. */
    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
