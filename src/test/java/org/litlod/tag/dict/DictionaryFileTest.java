package org.litlod.tag.dict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.tag.SampleLexicon;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.match.KeyTrie;
import org.litlod.tag.text.TextNormaliser;

class DictionaryFileTest {

    private static final TextNormaliser NORMALISER = new TextNormaliser();
    private static final Lexicon LEXICON = SampleLexicon.standard();
    private static final Dictionary COMPILED =
            new DictionaryCompiler(NORMALISER, (concept, name) -> false).compile(LEXICON, true);

    @TempDir
    Path dir;

    private static byte[] key(int seed) {
        byte[] k = new byte[DictionaryFile.KEY_BYTES];
        Arrays.fill(k, (byte) seed);
        return k;
    }

    private Dictionary roundTrip() throws IOException {
        Path file = dir.resolve("sample.dict");
        DictionaryFile.write(COMPILED, LEXICON, key(7), file);
        return DictionaryFile.read(file, key(7), LEXICON);
    }

    /** The same trie arrays, first entries and entries (targets and names compared by value). */
    static void assertSameDictionary(Dictionary expected, Dictionary actual) {
        KeyTrie.Layout a = expected.trie().layout();
        KeyTrie.Layout b = actual.trie().layout();
        assertArrayEquals(a.root(), b.root());
        assertArrayEquals(a.nodes(), b.nodes());
        assertArrayEquals(a.label(), b.label());
        assertArrayEquals(a.tails(), b.tails());
        assertArrayEquals(a.terminal(), b.terminal());
        assertArrayEquals(a.rankBefore(), b.rankBefore());
        assertArrayEquals(a.keyAt(), b.keyAt());
        assertArrayEquals(expected.firstEntry(), actual.firstEntry());
        assertEquals(List.copyOf(expected.entries()), List.copyOf(actual.entries()));
    }

    @Test
    void aDictionaryReadBackIsTheOneWritten() throws IOException {
        Dictionary read = roundTrip();

        assertSameDictionary(COMPILED, read);
        assertTrue(read.entries().stream().anyMatch(e -> e.casedKey() == null)
                && read.entries().stream().anyMatch(DictionaryEntry::caseSensitive)
                && read.entries().stream().anyMatch(DictionaryEntry::primary)
                && read.entries().stream().anyMatch(e -> e.boundaries() != 0)
                && read.entries().stream().anyMatch(e -> !e.target().names().contains(e.name()))
                && read.entries().stream().anyMatch(e -> e.casedKey() != null && !e.casedKey().equals(e.name())),
                "the sample exercises every field of an entry");
    }

    @Test
    void entriesThatShareATargetInMemoryShareItReadBack() throws IOException {
        Dictionary read = roundTrip();
        Map<Target, Integer> firstWith = new IdentityHashMap<>();
        int shared = 0;
        for (int i = 0; i < COMPILED.entries().size(); i++) {
            Integer first = firstWith.putIfAbsent(COMPILED.entries().get(i).target(), i);
            if (first != null) {
                shared++;
                assertSame(read.entries().get(first).target(), read.entries().get(i).target(), "entry " + i);
            }
        }
        assertTrue(shared > 0, "the sample has targets with several names");
    }

    @Test
    void aDictionaryReadBackFindsWhatTheCompiledOneFinds() throws IOException {
        Dictionary read = roundTrip();
        String text = "MET and c-kit in Non-Small-Cell Lung Cancers of patients and mice treated with crizotinib";
        assertEquals(COMPILED.find(NORMALISER.normalise(text)), read.find(NORMALISER.normalise(text)));
        assertTrue(read.find(NORMALISER.normalise(text)).size() >= 4);
    }

    @Test
    void entriesAreDecodedWhenFirstUsedAndOnlyThose() throws IOException {
        Dictionary read = roundTrip();
        StoredEntries stored = (StoredEntries) read.entries();
        assertEquals(0, stored.decodedCount(), "nothing is decoded by reading");

        String text = "crizotinib in mice";
        List<DictionaryMatch> found = read.find(NORMALISER.normalise(text));

        assertEquals(COMPILED.find(NORMALISER.normalise(text)), found);
        assertTrue(stored.decodedCount() >= found.size() && stored.decodedCount() < stored.size() / 4,
                stored.decodedCount() + " of " + stored.size() + " decoded for " + found.size() + " matches");
    }

    @Test
    void threadsDecodingAtOnceAreGivenTheSameEntriesAndTargets() throws Exception {
        Dictionary read = roundTrip();
        List<DictionaryEntry> entries = read.entries();
        int threads = 6;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<DictionaryEntry[]>> seen = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean backwards = t % 2 == 1;
                seen.add(pool.submit(() -> {
                    start.await();
                    DictionaryEntry[] got = new DictionaryEntry[entries.size()];
                    for (int i = 0; i < got.length; i++) {
                        int k = backwards ? got.length - 1 - i : i;
                        got[k] = entries.get(k);
                    }
                    return got;
                }));
            }
            DictionaryEntry[] first = seen.get(0).get();
            for (Future<DictionaryEntry[]> other : seen) {
                DictionaryEntry[] got = other.get();
                for (int k = 0; k < got.length; k++) {
                    assertSame(first[k], got[k], "entry " + k);
                }
            }
            Map<Target, Integer> firstWith = new IdentityHashMap<>();
            for (int k = 0; k < first.length; k++) {
                Integer shares = firstWith.putIfAbsent(COMPILED.entries().get(k).target(), k);
                if (shares != null) {
                    assertSame(first[shares].target(), first[k].target(), "entry " + k);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFileIsReadOnlyUnderTheKeyItWasWrittenUnder() throws IOException {
        Path file = dir.resolve("sample.dict");
        DictionaryFile.write(COMPILED, LEXICON, key(7), file);
        IOException e = assertThrows(IOException.class, () -> DictionaryFile.read(file, key(8), LEXICON));
        assertTrue(e.getMessage().contains("compiled from something else"), e.getMessage());
    }

    @Test
    void aTruncatedOrDamagedFileIsRefusedWithAnIoException() throws IOException {
        Path file = dir.resolve("sample.dict");
        DictionaryFile.write(COMPILED, LEXICON, key(7), file);
        byte[] whole = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(whole, whole.length - 9));
        assertThrows(IOException.class, () -> DictionaryFile.read(file, key(7), LEXICON));

        byte[] damaged = whole.clone();
        int numberOfTargets = 12 + DictionaryFile.KEY_BYTES;
        damaged[numberOfTargets] = 0x7f;
        Files.write(file, damaged);
        assertThrows(IOException.class, () -> DictionaryFile.read(file, key(7), LEXICON));

        Files.write(file, Arrays.copyOf(whole, 20));
        assertThrows(IOException.class, () -> DictionaryFile.read(file, key(7), LEXICON));

        byte[] flipped = whole.clone();
        flipped[whole.length - 40] ^= 1;
        Files.write(file, flipped);
        IOException e = assertThrows(IOException.class, () -> DictionaryFile.read(file, key(7), LEXICON));
        assertTrue(e.getMessage().contains("checksum"), "one bit inside the trie's arrays: " + e.getMessage());
    }

    @Test
    void aDictionaryReadBackSharesTheLexiconsNamesAndIdentifiersAsTheCompiledOneDoes() throws IOException {
        Dictionary read = roundTrip();
        int fromConcepts = 0;
        for (DictionaryEntry e : read.entries()) {
            Concept c = LEXICON.concept(e.target().primary()).orElse(null);
            if (c == null || !c.names().contains(e.name())) {
                continue;
            }
            fromConcepts++;
            assertSame(c.names().get(c.names().indexOf(e.name())), e.name(), e.name());
            assertSame(c.ids().get(0), e.target().ids().get(0), e.name());
        }
        assertTrue(fromConcepts > 10, "most names are concepts' names: " + fromConcepts);
    }

    @Test
    void aFileIsReadOnlyWithTheLexiconItWasCompiledFrom() throws IOException {
        Path file = dir.resolve("sample.dict");
        DictionaryFile.write(COMPILED, LEXICON, key(7), file);
        Lexicon other = new org.litlod.tag.lexicon.CompiledLexicon("other", List.of(), java.util.Map.of(),
                java.util.Map.of());
        IOException e = assertThrows(IOException.class, () -> DictionaryFile.read(file, key(7), other));
        assertTrue(e.getMessage().contains("does not hold a whole compiled dictionary of this lexicon"), e.getMessage());
    }
}
