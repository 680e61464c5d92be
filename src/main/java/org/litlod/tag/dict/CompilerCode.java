package org.litlod.tag.dict;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.litlod.tag.lexicon.SourceDigest;

/**
 * What identifies the code that compiles dictionaries: a SHA-256 over litlod's own classes and
 * resources ({@code org/litlod/...}) in the jar or folder this class was loaded from. Any change
 * to litlod's code changes it, so a dictionary compiled by another build is never taken for one
 * this build would compile. In a jar the digest covers each entry's name, size and CRC-32 (read
 * from the jar's directory, nothing is unpacked); in a folder, each file's path and bytes.
 */
final class CompilerCode {
    private static final String PREFIX = "org/litlod/";
    private static volatile Optional<byte[]> digest;

    private CompilerCode() {
    }

    /** The digest of the code this process runs, computed once; empty when its jar or folder cannot be read. */
    static Optional<byte[]> digest() {
        Optional<byte[]> d = digest;
        if (d == null) {
            d = of(CompilerCode.class.getProtectionDomain().getCodeSource());
            digest = d;
        }
        return d.map(byte[]::clone);
    }

    /** The digest of the litlod code in {@code source}; empty when it is neither a readable jar nor a folder. */
    static Optional<byte[]> of(CodeSource source) {
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(where)) {
                return Optional.of(ofFolder(where));
            }
            if (Files.isRegularFile(where)) {
                return Optional.of(ofJar(where));
            }
            return Optional.empty();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static byte[] ofFolder(Path root) throws IOException {
        MessageDigest md = SourceDigest.sha256();
        Path base = root.resolve(PREFIX);
        if (!Files.isDirectory(base)) {
            throw new IOException("no litlod classes under " + root);
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(base)) {
            files = all.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                    .toList();
        }
        for (Path f : files) {
            md.update(root.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            try (InputStream in = Files.newInputStream(f)) {
                md.update(in.readAllBytes());
            }
        }
        return md.digest();
    }

    static byte[] ofJar(Path jar) throws IOException {
        MessageDigest md = SourceDigest.sha256();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> e.getName().startsWith(PREFIX) && !e.isDirectory())
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            if (entries.isEmpty()) {
                throw new IOException("no litlod classes in " + jar);
            }
            ByteBuffer sizes = ByteBuffer.allocate(16);
            for (ZipEntry e : entries) {
                md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                sizes.clear();
                sizes.putLong(e.getSize()).putLong(e.getCrc());
                md.update(sizes.array());
            }
        }
        return md.digest();
    }
}
