package org.litlod.tag.lexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The operation behind {@code litlod lexicon build}: builds a lexicon from release files and
 * writes its index file. The file is written next to the target and moved into place, so a
 * failed build leaves an existing index untouched.
 */
public final class LexiconBuild {

    private LexiconBuild() {
    }

    /** Builds the lexicon of {@code sources} and writes it to {@code out}; returns it. */
    public static CompiledLexicon run(LexiconSources sources, Path out) throws IOException {
        return runWithReport(sources, out).lexicon();
    }

    /** Builds the lexicon of {@code sources}, writes it to {@code out}; returns it with its report. */
    public static LexiconBuilder.Result runWithReport(LexiconSources sources, Path out) throws IOException {
        LexiconBuilder.Result result = LexiconBuilder.buildWithReport(sources);
        CompiledLexicon lexicon = result.lexicon();
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".part");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            LexiconFile.write(lexicon, o);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return result;
    }
}
