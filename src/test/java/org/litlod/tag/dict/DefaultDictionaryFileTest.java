package org.litlod.tag.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Lexicons;
import org.litlod.tag.text.TextNormaliser;

/** The default lexicon's dictionary, as the tagger compiles it, written and read back whole. */
class DefaultDictionaryFileTest {

    @TempDir
    Path dir;

    @Test
    void theDefaultLexiconsDictionaryReadBackIsTheCompiledOne() throws IOException {
        CompiledLexicon lexicon = Lexicons.builtin();
        TextNormaliser normaliser = new TextNormaliser();
        Dictionary compiled = new DictionaryCompiler(normaliser, (c, n) -> false).compile(lexicon, true);
        byte[] key = new byte[DictionaryFile.KEY_BYTES];
        Path file = dir.resolve("default.dict");
        DictionaryFile.write(compiled, lexicon, key, file);
        Dictionary read = DictionaryFile.read(file, key, lexicon);

        DictionaryFileTest.assertSameDictionary(compiled, read);
        assertEquals(compiled.size(), read.size());
        assertTrue(compiled.size() > 1_000_000, "the default lexicon has over a million names: " + compiled.size());
        assertTrue(Files.size(file) < 100_000_000L, "the names are the lexicon's, not copied: " + Files.size(file));
        String text = "Crizotinib in ALK-positive non-small-cell lung cancer: patients and mice";
        assertEquals(compiled.find(normaliser.normalise(text)), read.find(normaliser.normalise(text)));
    }
}
