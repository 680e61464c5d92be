package org.litlod.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * One naming convention for test classes: a class with test methods (its own or inherited) is
 * named ...Test, the only name Surefire runs, so that no test class silently never runs; and a
 * class named ...Test has tests. Abstract bases are exempt from the first rule, JMH's generated
 * classes from the second.
 */
class TestClassNamingTest {
    private static final String[] TEST_ANNOTATIONS = {"org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.jupiter.api.RepeatedTest", "com.code_intelligence.jazzer.junit.FuzzTest"};

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/jmh_generated/"))
            .importPackages("org.litlod");

    private static boolean hasTests(JavaClass c) {
        for (JavaClass k = c; k != null;
                k = k.getRawSuperclass().orElse(null)) {
            for (var m : k.getMethods()) {
                for (String a : TEST_ANNOTATIONS) {
                    if (m.isAnnotatedWith(a)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void classesWithTestsAreNamedTest() {
        classes().that(new DescribedPredicate<JavaClass>(
                        "have test methods and are not abstract") {
                    @Override
                    public boolean test(JavaClass c) {
                        return !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isNestedClass() && hasTests(c);
                    }
                })
                .should().haveSimpleNameEndingWith("Test")
                .check(TESTS);
    }

    @Test
    void classesNamedTestHaveTests() {
        classes().that().haveSimpleNameEndingWith("Test").and().areTopLevelClasses()
                .should(new ArchCondition<JavaClass>(
                        "have test methods") {
                    @Override
                    public void check(JavaClass c,
                                      ConditionEvents events) {
                        if (!hasTests(c)) {
                            events.add(SimpleConditionEvent.violated(c,
                                    c.getName() + " is named like a test but has none"));
                        }
                    }
                })
                .check(TESTS);
    }
}
