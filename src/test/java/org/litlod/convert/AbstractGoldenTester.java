package org.litlod.convert;

import org.litlod.convert.registry.ConverterRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.litlod.model.Document;

/**
 * Golden-file tests for one format, found by naming convention: every
 * {@code src/test/resources/convert/<format>/<name>.json} holds the expected model (without
 * {@code convertedAt}) of {@code <name>.txt} in the same folder or, for the seeds, in
 * {@code seeds/}. Each input must be detected as the format (and rejected by the other
 * converters) and convert to exactly the JSON.
 * Run with {@code -Dlitlod.golden.update=true} to rewrite the JSON files after a reviewed change.
 */
public abstract class AbstractGoldenTester {
    private static final DocumentJson JSON = DocumentJson.withoutConversionTime();

    /** The format whose folder this tester runs. */
    protected abstract Format format();

    /** The folder of golden pairs for the format. */
    protected Path folder() {
        return Seeds.baseDir().resolve("src/test/resources/convert").resolve(format().name());
    }

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString().replaceFirst("\\.json$", "");
                tests.add(DynamicTest.dynamicTest(name, () -> check(input(name), json)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyInputHasItsGoldenFile() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            List<Path> inputs = files.filter(p -> p.toString().endsWith(".txt")).toList();
            assertTrue(inputs.size() >= 2, "at least two documents of our own for " + format());
            for (Path txt : inputs) {
                Path json = txt.resolveSibling(txt.getFileName().toString().replaceFirst("\\.txt$", ".json"));
                assertTrue(Files.exists(json), "no golden file for " + txt);
            }
        }
    }

    private Path input(String name) {
        Path local = folder().resolve(name + ".txt");
        return Files.exists(local) ? local : Seeds.dir().resolve(name + ".txt");
    }

    private void check(Path input, Path json) throws Exception {
        SourceText source = new SourceText(input.getFileName().toString(), Files.readAllBytes(input));
        ConverterRegistry registry = ConverterRegistry.standard();
        assertEquals(format(), registry.detect(source).format(), "detected format of " + input);
        for (Format other : registry.formats()) {
            if (!other.equals(format())) {
                int score = registry.converter(other.name()).orElseThrow().detect(source.text());
                assertTrue(score < ConverterRegistry.ACCEPT, other + " also accepts " + input + " (" + score + ")");
            }
        }
        List<Document> documents = registry.convert(source);
        String actual = JSON.write(documents);
        if (Boolean.getBoolean("litlod.golden.update")) {
            Files.writeString(json, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(json, StandardCharsets.UTF_8);
        assertEquals(JSON.parse(expected), JSON.parse(actual), () -> "model of " + input + " differs from "
                + json + "; actual:\n" + actual);
    }
}
