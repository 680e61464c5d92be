package org.litlod.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store owns the storage engine: transactions, the bulk loader, restart marks and emptying a
 * store go through {@code store}'s API, and the pipeline ({@code publish}) hands it graphs and
 * quads without knowing TDB2, nor the server that serves the store afterwards.
 */
class TestStorageEngineBoundary {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.litlod");
    }

    @Test
    void onlyTheStoreAndTheServerTouchTdb2() {
        noClasses().that().resideOutsideOfPackages("org.litlod.store..", "org.litlod.server..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.jena.tdb2..", "org.apache.jena.dboe..", "org.apache.jena.system..")
                .check(main);
    }

    @Test
    void thePipelineDoesNotKnowTheServer() {
        noClasses().that().resideInAPackage("org.litlod.publish..")
                .should().dependOnClassesThat().resideInAPackage("org.litlod.server..")
                .check(main);
    }
}
