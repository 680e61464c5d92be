package org.litlod.convert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Format packages never depend on each other, and converters build no RDF. */
class ConvertDependenciesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.litlod.convert");
    private static final String[] FORMATS = {"summary", "portal", "webarticle", "pubmed", "jats", "bioc", "pubtator"};

    @Test
    void formatPackagesAreIndependent() {
        for (String from : FORMATS) {
            for (String to : FORMATS) {
                if (!from.equals(to)) {
                    noClasses().that().resideInAPackage("org.litlod.convert." + from + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.litlod.convert." + to + "..")
                            .check(CLASSES);
                }
            }
        }
    }

    @Test
    void convertersBuildNoRdf() {
        noClasses().that().resideInAPackage("org.litlod.convert..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "org.litlod.rdf..",
                        "org.litlod.tag..", "org.litlod.store..", "org.litlod.server..", "org.litlod.cmd..")
                .check(CLASSES);
    }
}
