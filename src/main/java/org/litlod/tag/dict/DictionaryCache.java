package org.litlod.tag.dict;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.lexicon.SourceDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder of compiled dictionaries, so that only the first process to tag with a lexicon
 * compiles it (seconds for the default lexicon) and the later ones read it back (a fraction
 * of that). A dictionary is kept under a key that covers everything its compilation depends on:
 * the lexicon file's digest ({@link Lexicon#digest()}), the options, and the code of litlod
 * that compiled it ({@link CompilerCode}). A lexicon without a digest (one built in memory) is
 * always compiled. The folder keeps the {@value #KEEP} dictionaries used last.
 *
 * <p>Files are written to a temporary name and moved into place, so a reader sees a whole file
 * or none, and processes may share the folder. A file that cannot be read back is deleted and
 * the dictionary compiled again; a folder that cannot be written leaves the dictionary compiled
 * in memory only (logged once).
 *
 * <p>The folder is {@code $LITLOD_CACHE}, else {@code $XDG_CACHE_HOME/litlod}, else
 * {@code ~/.cache/litlod}; {@code LITLOD_CACHE=off} keeps nothing.
 */
public final class DictionaryCache {
    /** The environment variable naming the cache folder, or {@value #OFF}. */
    public static final String ENV = "LITLOD_CACHE";
    /** The value of {@value #ENV} that turns the cache off. */
    public static final String OFF = "off";
    /** How many dictionaries the folder keeps: the ones used last. */
    static final int KEEP = 2;
    private static final String SUFFIX = ".dict";
    private static final Logger LOG = LoggerFactory.getLogger(DictionaryCache.class);

    private final Path dir;
    private final Supplier<Optional<byte[]>> code;
    private volatile boolean warned;

    /**
     * @param dir  the folder (created when first written), or null to keep nothing
     * @param code the digest of the compiling code, empty when unknown (then nothing is kept)
     */
    DictionaryCache(Path dir, Supplier<Optional<byte[]>> code) {
        this.dir = dir;
        this.code = code;
    }

    /** No cache: every dictionary is compiled. */
    public static DictionaryCache none() {
        return new DictionaryCache(null, Optional::empty);
    }

    /** The cache in {@code dir}, for the code of this process. */
    public static DictionaryCache in(Path dir) {
        return new DictionaryCache(dir, CompilerCode::digest);
    }

    /** The cache of this process's environment (see the class comment). */
    public static DictionaryCache standard() {
        return new DictionaryCache(folder(System.getenv(), System.getProperty("user.home")), CompilerCode::digest);
    }

    /** The folder the environment names, or null for {@value #OFF}. */
    static Path folder(Map<String, String> env, String home) {
        String named = env.get(ENV);
        if (named != null && !named.isBlank()) {
            return named.strip().equalsIgnoreCase(OFF) ? null : Path.of(named.strip());
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg.strip(), "litlod");
        }
        return home == null ? null : Path.of(home, ".cache", "litlod");
    }

    /**
     * The dictionary of {@code lexicon}: read back when this cache holds one compiled from the
     * same lexicon with the same options by the same code, else compiled by {@code compile} and
     * kept. The key knows only the lexicon, the options and the code, so {@code compile} must be
     * the one way this code compiles that lexicon with those options (the tagger's).
     */
    public Dictionary dictionary(Lexicon lexicon, boolean speciesWords, Supplier<Dictionary> compile) {
        Optional<byte[]> key = key(lexicon, speciesWords);
        if (key.isEmpty()) {
            return compile.get();
        }
        Path file = dir.resolve(HexFormat.of().formatHex(key.get()) + SUFFIX);
        if (Files.isRegularFile(file)) {
            try {
                Dictionary d = DictionaryFile.read(file, key.get(), lexicon);
                touch(file);
                return d;
            } catch (IOException e) {
                LOG.warn("compiling the dictionary again: {}", e.getMessage());
                deleteQuietly(file);
            }
        }
        Dictionary d = compile.get();
        keep(d, lexicon, key.get(), file);
        return d;
    }

    /** The key of a dictionary compiled from {@code lexicon}; empty when nothing would be kept. */
    Optional<byte[]> key(Lexicon lexicon, boolean speciesWords) {
        if (dir == null) {
            return Optional.empty();
        }
        Optional<String> lexiconDigest = lexicon.digest();
        Optional<byte[]> codeDigest = lexiconDigest.isEmpty() ? Optional.empty() : code.get();
        if (codeDigest.isEmpty()) {
            return Optional.empty();
        }
        MessageDigest md = SourceDigest.sha256();
        md.update(("litlod dictionary\nlexicon " + lexiconDigest.get() + "\nspecies words " + speciesWords
                + "\ncode ").getBytes(StandardCharsets.UTF_8));
        md.update(codeDigest.get());
        return Optional.of(md.digest());
    }

    private void keep(Dictionary d, Lexicon lexicon, byte[] key, Path file) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "compiling-", ".tmp");
            DictionaryFile.write(d, lexicon, key, tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.warn("cannot keep the compiled dictionary in {} ({}); it will be compiled again next time", dir,
                        e.toString());
            }
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /** Deletes all but the {@value #KEEP} dictionaries used last, and temporary files a stopped process left. */
    private void prune() throws IOException {
        List<Path> dictionaries = new ArrayList<>();
        Instant stale = Instant.now().minusSeconds(3600);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    dictionaries.add(p);
                } else if (name.startsWith("compiling-") && name.endsWith(".tmp")
                        && Files.getLastModifiedTime(p).toInstant().isBefore(stale)) {
                    deleteQuietly(p);
                }
            }
        }
        dictionaries.sort(Comparator.comparing(DictionaryCache::modified).reversed());
        dictionaries.subList(Math.min(KEEP, dictionaries.size()), dictionaries.size()).forEach(DictionaryCache::deleteQuietly);
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Marks a file used now, so that pruning keeps it. */
    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only folder: the file is still good to read
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next prune
        }
    }
}
