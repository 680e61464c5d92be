package org.litlod.tag.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.model.EntityType;
import org.litlod.tag.SampleLexicon;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.lexicon.LexiconFile;
import org.litlod.tag.text.TextNormaliser;

class DictionaryCacheTest {

    private static final TextNormaliser NORMALISER = new TextNormaliser();

    @TempDir
    Path dir;

    private final AtomicInteger compiled = new AtomicInteger();

    private static CompiledLexicon fromFile(Lexicon lexicon) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LexiconFile.write(lexicon, out);
        return LexiconFile.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private Supplier<Dictionary> compiler(Lexicon lexicon) {
        return () -> {
            compiled.incrementAndGet();
            return new DictionaryCompiler(NORMALISER, (c, n) -> false).compile(lexicon, true);
        };
    }

    private static Supplier<Optional<byte[]>> code(int seed) {
        byte[] d = new byte[32];
        Arrays.fill(d, (byte) seed);
        return () -> Optional.of(d.clone());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.sorted().toList();
        }
    }

    private List<String> found(Dictionary d, String text) {
        return d.find(NORMALISER.normalise(text)).stream()
                .map(m -> m.start() + "-" + m.end() + "=" + m.entry().target().primary()).toList();
    }

    @Test
    void theSecondTaggerOfALexiconFileReadsTheDictionaryTheFirstCompiled() throws IOException {
        CompiledLexicon lexicon = fromFile(SampleLexicon.standard());
        DictionaryCache cache = new DictionaryCache(dir, code(1));

        Dictionary first = cache.dictionary(lexicon, true, compiler(lexicon));
        Dictionary second = cache.dictionary(lexicon, true, compiler(lexicon));

        assertEquals(1, compiled.get(), "compiled once, read back once");
        assertEquals(1, files().size());
        assertTrue(files().get(0).getFileName().toString().endsWith(".dict"));
        String text = "MET amplification in non-small cell lung cancer patients";
        assertFalse(found(first, text).isEmpty());
        assertEquals(found(first, text), found(second, text));
    }

    @Test
    void anotherLexiconOtherOptionsOrOtherCodeCompileAgain() throws IOException {
        CompiledLexicon lexicon = fromFile(SampleLexicon.standard());
        CompiledLexicon smaller = fromFile(new CompiledLexicon("smaller", List.of(new Concept(EntityType.DISEASE,
                List.of(SampleLexicon.mondo("0005233")), "lung cancer", List.of(), null)), Map.of(), Map.of()));
        new DictionaryCache(dir, code(1)).dictionary(lexicon, true, compiler(lexicon));
        new DictionaryCache(dir, code(1)).dictionary(smaller, true, compiler(smaller));
        new DictionaryCache(dir, code(1)).dictionary(lexicon, false, compiler(lexicon));
        new DictionaryCache(dir, code(2)).dictionary(lexicon, true, compiler(lexicon));

        assertEquals(4, compiled.get());
        assertEquals(DictionaryCache.KEEP, files().size(), "only the dictionaries used last are kept");
    }

    @Test
    void nothingIsKeptForALexiconBuiltInMemoryOrWhenTheCodeIsUnknownOrTheCacheIsOff() throws IOException {
        Lexicon inMemory = SampleLexicon.standard();
        CompiledLexicon lexicon = fromFile(inMemory);
        new DictionaryCache(dir, code(1)).dictionary(inMemory, true, compiler(inMemory));
        new DictionaryCache(dir, Optional::empty).dictionary(lexicon, true, compiler(lexicon));
        new DictionaryCache(null, code(1)).dictionary(lexicon, true, compiler(lexicon));
        new DictionaryCache(dir, code(1)).dictionary(inMemory, true, compiler(inMemory));

        assertEquals(4, compiled.get());
        assertEquals(List.of(), files());
    }

    @Test
    void aDamagedFileIsCompiledAgainAndReplaced() throws IOException {
        CompiledLexicon lexicon = fromFile(SampleLexicon.standard());
        DictionaryCache cache = new DictionaryCache(dir, code(1));
        cache.dictionary(lexicon, true, compiler(lexicon));
        Path file = files().get(0);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));

        Dictionary again = cache.dictionary(lexicon, true, compiler(lexicon));

        assertEquals(2, compiled.get());
        assertEquals(List.of(file), files());
        assertEquals(whole.length, Files.size(file));
        assertFalse(found(again, "MET amplification").isEmpty());
        cache.dictionary(lexicon, true, compiler(lexicon));
        assertEquals(2, compiled.get(), "the replaced file is read");
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheDictionaryCompiledInMemory() throws IOException {
        CompiledLexicon lexicon = fromFile(SampleLexicon.standard());
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");

        Dictionary d = new DictionaryCache(notAFolder.resolve("cache"), code(1)).dictionary(lexicon, true,
                compiler(lexicon));

        assertFalse(found(d, "MET amplification").isEmpty());
        assertEquals(List.of(notAFolder), files());
    }

    @Test
    void aDictionaryReadBackIsKeptAheadOfOnesUsedLonger() throws IOException {
        CompiledLexicon lexicon = fromFile(SampleLexicon.standard());
        new DictionaryCache(dir, code(1)).dictionary(lexicon, true, compiler(lexicon));
        Path oldest = files().get(0);
        Files.setLastModifiedTime(oldest, FileTime.fromMillis(0));
        new DictionaryCache(dir, code(2)).dictionary(lexicon, true, compiler(lexicon));
        for (Path p : files()) {
            Files.setLastModifiedTime(p, FileTime.fromMillis(p.equals(oldest) ? 0 : 1000));
        }

        new DictionaryCache(dir, code(1)).dictionary(lexicon, true, compiler(lexicon));
        new DictionaryCache(dir, code(3)).dictionary(lexicon, true, compiler(lexicon));

        assertEquals(3, compiled.get(), "the dictionary of code 1 was read back, not compiled");
        assertTrue(files().contains(oldest), "read back just now, so kept");
        assertEquals(DictionaryCache.KEEP, files().size());
    }

    @Test
    void theFolderIsTheOneTheEnvironmentNames() {
        assertEquals(Path.of("/data/cache"), DictionaryCache.folder(Map.of("LITLOD_CACHE", "/data/cache"), "/home/u"));
        assertNull(DictionaryCache.folder(Map.of("LITLOD_CACHE", "off", "XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/x/litlod"), DictionaryCache.folder(Map.of("XDG_CACHE_HOME", "/x"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/litlod"), DictionaryCache.folder(Map.of(), "/home/u"));
        assertNull(DictionaryCache.folder(Map.of(), null));
    }
}
