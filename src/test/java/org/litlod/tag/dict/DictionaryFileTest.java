package org.litlod.tag.dict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
        assertEquals(List.of(expected.entries()), List.of(actual.entries()));
    }

    @Test
    void aDictionaryReadBackIsTheOneWritten() throws IOException {
        Dictionary read = roundTrip();

        assertSameDictionary(COMPILED, read);
        assertTrue(Arrays.stream(read.entries()).anyMatch(e -> e.casedKey() == null)
                && Arrays.stream(read.entries()).anyMatch(DictionaryEntry::caseSensitive)
                && Arrays.stream(read.entries()).anyMatch(DictionaryEntry::primary)
                && Arrays.stream(read.entries()).anyMatch(e -> e.boundaries() != 0),
                "the sample exercises every field of an entry");
    }

    @Test
    void entriesThatShareATargetInMemoryShareItReadBack() throws IOException {
        Dictionary read = roundTrip();
        Map<Target, Integer> firstWith = new IdentityHashMap<>();
        int shared = 0;
        for (int i = 0; i < COMPILED.entries().length; i++) {
            Integer first = firstWith.putIfAbsent(COMPILED.entries()[i].target(), i);
            if (first != null) {
                shared++;
                assertSame(read.entries()[first].target(), read.entries()[i].target(), "entry " + i);
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
