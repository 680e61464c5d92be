package org.litlod.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.StoreConnection;

/** This JVM's connections to TDB2 databases that child processes also open. */
final class TdbConnections {
    private TdbConnections() {
    }

    /** Closes this JVM's connection to the database so that a child process can open it. */
    static void release(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        DatabaseConnection.internalExpel(Location.create(abs.toString()), false);
        try (var data = Files.list(abs)) {
            data.filter(d -> d.getFileName().toString().startsWith("Data-"))
                    .forEach(d -> StoreConnection.internalExpel(Location.create(d.toString()), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
