package org.litlod.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library holds the library: the synthetic corpus generator ({@code src/corpus/java}) ships
 * in the runnable jar for {@code litlod generate} only, and the build tools
 * ({@code src/build/java}) do not ship at all.
 */
class LibraryBoundaryTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.litlod");
    }

    @Test
    void onlyTheGenerateCommandUsesTheCorpusGenerator() {
        noClasses().that().resideOutsideOfPackages("org.litlod.corpus..", "org.litlod.cmd..")
                .should().dependOnClassesThat().resideInAPackage("org.litlod.corpus..")
                .check(main);
    }

    @Test
    void theCorpusGeneratorLivesOutsideTheLibrarySources() {
        assertTrue(Files.isDirectory(Path.of("src/corpus/java/org/litlod/corpus")));
        assertFalse(Files.exists(Path.of("src/main/java/org/litlod/corpus")));
    }

    @Test
    void theVocabularyWriterIsNotShipped() {
        assertFalse(main.contain("org.litlod.vocab.VocabularyWriter"),
                "VocabularyWriter is a build tool (src/build/java), not part of the library");
    }
}
