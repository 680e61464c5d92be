package org.litlod.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the one-way data flow true: converter, model, tagger, mapper, SHACL check, store,
 * server; commands on top and nothing below them.
 */
class PackageDependencyTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.litlod");
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        classes().that().resideInAPackage("org.litlod.model..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.litlod.model..", "java..")
                .check(main);
    }

    @Test
    void convertersBuildNoRdfAndKnowNothingDownstream() {
        noClasses().that().resideInAPackage("org.litlod.convert..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.jena..", "org.litlod.rdf..", "org.litlod.tag..",
                        "org.litlod.store..", "org.litlod.server..", "org.litlod.publish..",
                        "org.litlod.validate..", "org.litlod.vocab..")
                .check(main);
    }

    @Test
    void formatPackagesDoNotDependOnEachOther() {
        slices().matching("org.litlod.convert.(*)..").should().notDependOnEachOther().check(main);
    }

    @Test
    void theTaggerKnowsTheModelButNotRdfOrStorage() {
        noClasses().that().resideInAPackage("org.litlod.tag..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.litlod.rdf..", "org.litlod.store..", "org.litlod.server..",
                        "org.litlod.publish..", "org.litlod.validate..", "org.litlod.vocab..")
                .check(main);
    }

    @Test
    void onlyTheMapperSideKnowsRdfTerms() {
        noClasses().that().resideInAnyPackage("org.litlod.rdf..", "org.litlod.ids..", "org.litlod.vocab..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.litlod.convert..", "org.litlod.tag..", "org.litlod.store..",
                        "org.litlod.server..", "org.litlod.publish..")
                .check(main);
    }

    @Test
    void theStoreKnowsGraphsNotDocuments() {
        noClasses().that().resideInAPackage("org.litlod.store..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.litlod.model..", "org.litlod.convert..", "org.litlod.tag..",
                        "org.litlod.rdf..", "org.litlod.publish..", "org.litlod.server..")
                .check(main);
    }

    @Test
    void theServerNeverConverts() {
        noClasses().that().resideInAPackage("org.litlod.server..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.litlod.convert..", "org.litlod.tag..", "org.litlod.publish..")
                .check(main);
    }

    @Test
    void nothingDependsOnTheCommands() {
        noClasses().that().resideOutsideOfPackage("org.litlod.cmd..")
                .should().dependOnClassesThat().resideInAPackage("org.litlod.cmd..")
                .check(main);
    }

    @Test
    void thereIsNoUtilsDumpingGround() {
        noClasses().should().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Helper")
                .allowEmptyShould(true)
                .check(main);
    }
}
