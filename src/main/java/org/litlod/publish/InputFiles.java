package org.litlod.publish;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.litlod.convert.PublishedName;
import org.litlod.convert.SourceText;
import org.litlod.convert.StreamedInput;

/**
 * Expands the paths given on the command line into the input files to read: a file stands for
 * itself, a directory for the regular, non-hidden files below it, in name order.
 *
 * <p>Error ids: {@value #MISSING} a path does not exist; {@value #TOO_LARGE} a file is too large;
 * {@value #UNREADABLE} a file or folder cannot be read. Each fails its own input only.
 */
public final class InputFiles {
    /** The largest input file litlod reads (32 MiB): larger ones are refused unread. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /** A path given does not exist. */
    public static final String MISSING = "LITLOD-INPUT-001";
    /** A file is larger than {@link #MAX_BYTES}. */
    public static final String TOO_LARGE = "LITLOD-INPUT-002";
    /** A file cannot be read. */
    public static final String UNREADABLE = "LITLOD-INPUT-003";

    private InputFiles() {
    }

    /**
     * The input files under {@code paths}, in a stable order. A path that does not exist, or a
     * folder that cannot be listed, stands for itself: reading it fails, for that input alone,
     * with the error {@link #message} gives ({@code LITLOD-INPUT-001}, {@value #UNREADABLE}).
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                out.addAll(listed(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The files below folder {@code dir}, or the folder itself when it cannot be listed. */
    private static List<Path> listed(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !isHidden(dir.relativize(f)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(dir);
        }
    }

    /**
     * The name {@code file} is published under, for a file {@link #expand} found under
     * {@code paths}: its path relative to the folder given ("sub/a.xml" for "/data/in/sub/a.xml"
     * found in "/data/in"), or its file name when it was given itself.
     */
    public static String publishedName(List<Path> paths, Path file) {
        for (Path p : paths) {
            if (!p.equals(file) && file.startsWith(p) && Files.isDirectory(p)) {
                StringBuilder b = new StringBuilder();
                for (Path part : p.relativize(file)) {
                    b.append(b.length() == 0 ? "" : "/").append(part);
                }
                return b.toString();
            }
        }
        return PublishedName.lastSegment(file.toString());
    }

    /**
     * Reads a file's bytes into a source text named by the path as given and published under
     * its file name.
     *
     * @throws IOException {@value #TOO_LARGE} when the file is larger than {@link #MAX_BYTES},
     *                     before anything is read; or the error of reading it
     */
    public static SourceText read(Path file) throws IOException {
        return read(file, PublishedName.lastSegment(file.toString()));
    }

    /**
     * Reads a file's bytes into a source text named by the path as given and published as
     * {@code published} (from {@link #publishedName}).
     *
     * @throws IOException as {@link #read(Path)}
     */
    public static SourceText read(Path file, String published) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IOException(TOO_LARGE + " " + file + ": file too large (" + size
                    + " bytes; litlod reads inputs of at most " + MAX_BYTES + " bytes)");
        }
        return new SourceText(file.toString(), Files.readAllBytes(file), published);
    }

    /** The first {@code n} bytes of a file (fewer when it is shorter). */
    public static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    /**
     * A file opened for streaming, named by the path as given, with the SHA-256 of its bytes
     * computed in a first pass over it. The caller closes the stream.
     */
    public static StreamedInput open(Path file) throws IOException {
        return open(file, PublishedName.lastSegment(file.toString()));
    }

    /** As {@link #open(Path)}, published as {@code published} (from {@link #publishedName}). */
    public static StreamedInput open(Path file, String published) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new StreamedInput(file.toString(), HexFormat.of().formatHex(sha.digest()),
                new BufferedInputStream(Files.newInputStream(file)), published);
    }

    /**
     * The message for an input that could not be read: the error as given when it has an id,
     * else the id and the file with what went wrong, in words (no Java class names).
     */
    public static String message(Path file, IOException e) {
        String m = e.getMessage();
        if (m != null && m.startsWith("LITLOD-")) {
            return m;
        }
        if (e instanceof NoSuchFileException || !Files.exists(file)) {
            return MISSING + " " + file + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return UNREADABLE + " " + file + ": cannot read it (permission denied)";
        }
        if (Files.isDirectory(file)) {
            return UNREADABLE + " " + file + ": cannot list the folder" + (m == null ? "" : " (" + m + ")");
        }
        return UNREADABLE + " " + file + ": cannot read it" + (m == null ? "" : " (" + m + ")");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
