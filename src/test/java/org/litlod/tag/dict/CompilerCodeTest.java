package org.litlod.tag.dict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerCodeTest {

    @TempDir
    Path dir;

    private Path folder(Map<String, String> files) throws IOException {
        Path root = Files.createTempDirectory(dir, "classes");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return root;
    }

    private Path jar(Map<String, String> files) throws IOException {
        Path jar = Files.createTempFile(dir, "code", ".jar");
        try (OutputStream o = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(o)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aFolderDigestCoversLitlodsFilesAndNothingElse() throws IOException {
        byte[] base = CompilerCode.ofFolder(folder(Map.of("org/litlod/A.class", "a", "org/litlod/b/B.class", "b",
                "other/X.class", "x")));
        assertArrayEquals(base, CompilerCode.ofFolder(folder(Map.of("org/litlod/A.class", "a",
                "org/litlod/b/B.class", "b", "other/X.class", "changed"))));
        assertFalse(Arrays.equals(base, CompilerCode.ofFolder(folder(Map.of("org/litlod/A.class", "a",
                "org/litlod/b/B.class", "B", "other/X.class", "x")))), "a changed class");
        assertFalse(Arrays.equals(base, CompilerCode.ofFolder(folder(Map.of("org/litlod/A.class", "a",
                "org/litlod/c/B.class", "b", "other/X.class", "x")))), "a moved class");
        assertThrows(IOException.class, () -> CompilerCode.ofFolder(folder(Map.of("other/X.class", "x"))));
    }

    @Test
    void aJarDigestCoversLitlodsEntriesAndNothingElse() throws IOException {
        byte[] base = CompilerCode.ofJar(jar(Map.of("org/litlod/A.class", "a", "lexicon/big.lex", "x")));
        assertArrayEquals(base, CompilerCode.ofJar(jar(Map.of("org/litlod/A.class", "a", "lexicon/big.lex", "y"))));
        assertFalse(Arrays.equals(base, CompilerCode.ofJar(jar(Map.of("org/litlod/A.class", "A",
                "lexicon/big.lex", "x")))));
        assertThrows(IOException.class, () -> CompilerCode.ofJar(jar(Map.of("lexicon/big.lex", "x"))));
    }

    @Test
    void theCodeSourceDecidesWhichDigestAndAnUnreadableOneGivesNone() throws IOException {
        Path classes = folder(Map.of("org/litlod/A.class", "a"));
        Path jar = jar(Map.of("org/litlod/A.class", "a"));
        assertArrayEquals(CompilerCode.ofFolder(classes),
                CompilerCode.of(new CodeSource(classes.toUri().toURL(), (Certificate[]) null)).orElseThrow());
        assertArrayEquals(CompilerCode.ofJar(jar),
                CompilerCode.of(new CodeSource(jar.toUri().toURL(), (Certificate[]) null)).orElseThrow());
        assertTrue(CompilerCode.of(null).isEmpty());
        assertTrue(CompilerCode.of(new CodeSource(dir.resolve("missing.jar").toUri().toURL(),
                (Certificate[]) null)).isEmpty());
        assertEquals(32, CompilerCode.digest().orElseThrow().length, "this build's classes are readable");
    }
}
