package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/** Loading files the store already holds unchanged skips them and adds nothing to the store. */
class UnchangedFilesTest {
    @Test
    void aSecondLoadOfTheSameFolderFindsEverythingUnchangedAndDoesNotGrowTheStore(@TempDir Path dir)
            throws Exception {
        Path in = copySeeds(dir);
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Publisher p = SeedCorpus.publisher();
        LoadReport first = Loading.run(p, store, List.of(in), true);
        assertEquals(3, first.count(FileOutcome.Status.LOADED), first.summary());
        long quads = store.quadCount();
        long bytes = dataBytes(dir.resolve("db"));

        LoadReport second = Loading.run(p, store, List.of(in), true);
        assertEquals(3, second.count(FileOutcome.Status.UNCHANGED), second.summary());
        LoadReport viaOtherPath = Loading.run(p, store, List.of(dir.resolve("elsewhere/../in")), true);
        assertEquals(3, viaOtherPath.count(FileOutcome.Status.UNCHANGED), viaOtherPath.summary());
        assertEquals(quads, store.quadCount());
        assertEquals(bytes, dataBytes(dir.resolve("db")), "the store's files did not grow");
    }

    @Test
    void theSameBytesUnderAnotherNameOrAnotherLexiconAreLoadedAgain(@TempDir Path dir) throws Exception {
        Path in = copySeeds(dir);
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Loading.run(SeedCorpus.publisher(), store, List.of(in), true);

        Publisher untagged = Publishers.standard(SeedCorpus.BASE, null);
        LoadReport otherLexicon = Loading.run(untagged, store, List.of(in), true);
        assertEquals(3, otherLexicon.count(FileOutcome.Status.LOADED), otherLexicon.summary());
        assertEquals(3, Loading.run(untagged, store, List.of(in), true).count(FileOutcome.Status.UNCHANGED));

        Files.move(in.resolve("000_93911e03ce8ac8a2.txt"), in.resolve("renamed.txt"));
        LoadReport otherName = Loading.run(untagged, store, List.of(in), true);
        assertEquals(1, otherName.count(FileOutcome.Status.LOADED), otherName.summary());
        assertEquals(2, otherName.count(FileOutcome.Status.UNCHANGED), otherName.summary());
    }

    @Test
    void forcingReloadsUnchangedFiles(@TempDir Path dir) throws Exception {
        Path in = copySeeds(dir);
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Publisher p = Publishers.standard(SeedCorpus.BASE, null);
        Loading.run(p, store, List.of(in), true);
        assertEquals(3, Loading.run(p, store, List.of(in), false).count(FileOutcome.Status.LOADED));
    }

    private static Path copySeeds(Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> seeds = Files.list(SeedCorpus.SEEDS)) {
            for (Path s : seeds.filter(Files::isRegularFile).toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        Files.createDirectories(dir.resolve("elsewhere"));
        return in;
    }

    /** Bytes of TDB2's data files in the store folder. */
    static long dataBytes(Path db) throws IOException {
        try (Stream<Path> all = Files.walk(db)) {
            return all.filter(Files::isRegularFile).filter(f -> f.toString().contains("Data-"))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
