package org.litlod.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the one-way data flow true: converter → model ← tagger; mapper → model; SHACL check →
 * mapper; store, then server; only the store drives TDB2; the converter registry, alone, knows
 * every format package; {@code publish} orchestrates; commands on top and nothing below
 * them. Every top-level package has a row in {@link #ALLOWED}: the packages of ours it may
 * depend on (sub-packages included on both sides); anything else of ours is forbidden. A new
 * top-level package fails {@link #everyTopLevelPackageHasItsArrows} until it is given its row.
 * No two packages, sub-packages counted on their own, depend on each other in a cycle.
 */
class PackageDependencyTest {
    private static final String ROOT = "org.litlod";

    /** For each top-level package, the top-level packages of ours it may depend on. */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("schemes", Set.of());
        ALLOWED.put("model", Set.of());
        ALLOWED.put("vocab", Set.of("schemes"));
        ALLOWED.put("ids", Set.of("model", "schemes"));
        ALLOWED.put("convert", Set.of("model", "ids", "schemes"));
        ALLOWED.put("tag", Set.of("model", "ids", "schemes"));
        ALLOWED.put("rdf", Set.of("model", "ids", "vocab", "schemes"));
        ALLOWED.put("validate", Set.of("rdf", "vocab"));
        ALLOWED.put("store", Set.of("vocab"));
        ALLOWED.put("server", Set.of("store", "vocab", "schemes"));
        ALLOWED.put("publish", Set.of("convert", "ids", "model", "rdf", "store", "tag", "validate", "vocab", "schemes"));
        ALLOWED.put("corpus", Set.of("model", "tag"));
        ALLOWED.put("cmd", Set.of("schemes", "model", "ids", "vocab", "convert", "tag", "rdf", "validate", "store",
                "server", "publish", "corpus"));
    }

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages(ROOT);
    }

    @Test
    void everyTopLevelPackageHasItsArrows() {
        Set<String> found = new TreeSet<>();
        for (JavaClass c : main) {
            String rest = c.getPackageName().substring(ROOT.length());
            if (rest.startsWith(".")) {
                found.add(rest.substring(1).split("\\.")[0]);
            }
        }
        assertEquals(new TreeSet<>(ALLOWED.keySet()), found, "top-level packages without a row in ALLOWED, or rows for none");
    }

    @TestFactory
    Stream<DynamicTest> eachPackageDependsOnlyOnWhatItsRowAllows() {
        return ALLOWED.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String[] forbidden = ALLOWED.keySet().stream()
                    .filter(p -> !p.equals(e.getKey()) && !e.getValue().contains(p))
                    .map(p -> ROOT + "." + p + "..")
                    .toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage(ROOT + "." + e.getKey() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .check(main);
            }
        }));
    }

    @Test
    void noPackageCycleSubPackagesIncluded() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void theModelDependsOnNothingButJava() {
        classes().that().resideInAPackage(ROOT + ".model..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage(ROOT + ".model..", "java..")
                .check(main);
    }

    @Test
    void convertersBuildNoRdf() {
        noClasses().that().resideInAPackage(ROOT + ".convert..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .check(main);
    }

    @Test
    void formatPackagesDoNotDependOnEachOther() {
        slices().matching(ROOT + ".convert.(*)..").should().notDependOnEachOther()
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(ROOT + ".convert.registry.."),
                        DescribedPredicate.alwaysTrue())
                .check(main);
    }

    @Test
    void onlyTheStoreDrivesTdb2() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".store..", ROOT + ".server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena.tdb2..", "org.apache.jena.dboe..",
                        "org.apache.jena.system..")
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
