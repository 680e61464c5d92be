package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class LexiconFileTest {

    private static CompiledLexicon roundTrip(Lexicon lexicon) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LexiconFile.write(lexicon, out);
        return LexiconFile.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theDefaultLexiconSurvivesARoundTrip() throws IOException {
        CompiledLexicon builtin = Lexicons.curated();
        CompiledLexicon copy = roundTrip(builtin);
        assertEquals(builtin.version(), copy.version());
        assertEquals(builtin.concepts(), copy.concepts());
        assertEquals(builtin.ambiguousNames(), copy.ambiguousNames());
        assertEquals(builtin.links().keySet(), copy.links().keySet());
        for (Identifier id : builtin.links().keySet()) {
            assertEquals(Set.copyOf(builtin.equivalents(id)), Set.copyOf(copy.equivalents(id)), id.toString());
        }
        assertTrue(copy.ambiguity("EMT").contains(Ambiguity.CURATED));
    }

    @Test
    void anyLexiconImplementationCanBeWritten() throws IOException {
        Identifier mondo = new Identifier(IdScheme.MONDO, "0002049");
        Identifier mesh = new Identifier(IdScheme.MESH, "D013921");
        Concept thrombocytopenia = new Concept(EntityType.DISEASE, List.of(mondo, mesh), "thrombocytopenia",
                List.of("Thrombocytopenia", "Thrombopenia"), null);
        Lexicon plain = new Lexicon() {
            public String version() {
                return "test ü 1";
            }

            public List<Concept> concepts() {
                return List.of(thrombocytopenia);
            }

            public Optional<Concept> concept(Identifier id) {
                return thrombocytopenia.ids().contains(id) ? Optional.of(thrombocytopenia) : Optional.empty();
            }

            public List<Identifier> equivalents(Identifier id) {
                return id.equals(mondo) ? List.of(mesh) : id.equals(mesh) ? List.of(mondo) : List.of();
            }
        };
        CompiledLexicon copy = roundTrip(plain);
        assertEquals("test ü 1", copy.version());
        assertEquals(List.of(thrombocytopenia), copy.concepts());
        assertEquals(List.of(mesh), copy.equivalents(mondo));
        assertEquals(List.of(mondo), copy.equivalents(mesh));
    }

    @Test
    void refusesAFileWithoutTheMagic() {
        byte[] notALexicon = "ids\tpreferred\n".getBytes(StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class,
                () -> LexiconFile.read(new ByteArrayInputStream(notALexicon)));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void aLexiconReadFromAFileCarriesTheFilesDigestAndOneBuiltInMemoryNone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LexiconFile.write(Lexicons.curated(), out);
        byte[] file = out.toByteArray();
        byte[] withTrailingBytes = java.util.Arrays.copyOf(file, file.length + 3);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));

        assertEquals(Optional.of(expected), LexiconFile.read(new ByteArrayInputStream(file)).digest());
        assertTrue(Lexicons.curated().digest().isEmpty());
        Optional<String> other = LexiconFile.read(new ByteArrayInputStream(withTrailingBytes)).digest();
        assertTrue(other.isPresent() && !other.get().equals(expected), "every byte of the file counts");
    }
}
