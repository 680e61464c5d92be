package org.litlod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shapes tested case by case: every file under {@code validate/valid/} added to
 * {@code validate/base.ttl} conforms; every file under {@code validate/invalid/} does not, and
 * violates the constraint its first line names ({@code # expect: component shape}, shape "-"
 * when it is a blank node).
 */
class ShapeCasesTest {
    private static final Path DIR = Path.of("src/test/resources/validate");

    private static Graph load(Path caseFile) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, DIR.resolve("base.ttl").toString());
        RDFDataMgr.read(g, caseFile.toString());
        return g;
    }

    private static Stream<Path> cases(String dir) throws IOException {
        return Files.list(DIR.resolve(dir)).filter(p -> p.toString().endsWith(".ttl")).sorted();
    }

    @TestFactory
    Stream<DynamicTest> baseConforms() {
        return Stream.of(DynamicTest.dynamicTest("base.ttl", () -> {
            Graph g = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(g, DIR.resolve("base.ttl").toString());
            assertEquals(List.of(), ShapeCheck.standard().violations(g));
        }));
    }

    @TestFactory
    Stream<DynamicTest> valid() throws IOException {
        return cases("valid").map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> assertEquals(List.of(), ShapeCheck.standard().violations(load(p)))));
    }

    @TestFactory
    Stream<DynamicTest> invalid() throws IOException {
        return cases("invalid").map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String first = Files.readAllLines(p).get(0);
            assertTrue(first.startsWith("# expect: "), p + " must start with '# expect: component shape'");
            String[] expect = first.substring("# expect: ".length()).trim().split("\\s+");
            List<Violation> found = ShapeCheck.standard().violations(load(p));
            assertFalse(found.isEmpty(), p + " conforms but should not");
            assertTrue(found.stream().anyMatch(v -> v.component().equals(expect[0])
                    && (expect[1].equals("-") || v.shape().equals(expect[1]))),
                    p + ": expected " + String.join(" ", expect) + " among " + found);
        }));
    }
}
