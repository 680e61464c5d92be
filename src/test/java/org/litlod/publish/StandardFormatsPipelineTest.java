package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.Literature;
import org.litlod.convert.SourceText;
import org.litlod.rdf.MappedDocument;
import org.litlod.tag.lexicon.Lexicons;

/**
 * Every real literature file (PubMed XML, PMC JATS, PubTator3 BioC-JSON, BioC XML and PubTator of
 * the CDR corpus) converts, maps and passes the SHACL shapes through the standard pipeline.
 */
class StandardFormatsPipelineTest {
    private static final List<String> FOLDERS = List.of("pubmed-xml", "pmc-jats", "pubtator3-biocjson", "pubtator-bioc-cdr");

    @TestFactory
    Stream<DynamicTest> everyFixturePublishes() throws Exception {
        return publishAll(Publishers.standard("http://localhost:3030/", null));
    }

    @TestFactory
    Stream<DynamicTest> everyFixturePublishesTagged() throws Exception {
        return publishAll(Publishers.standard("http://localhost:3030/", Lexicons.builtin()));
    }

    private static Stream<DynamicTest> publishAll(Publisher publisher) {
        if (!Literature.present()) {
            return Stream.of(DynamicTest.dynamicTest("literature fixtures", Literature::assumePresent));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : FOLDERS) {
            for (Path file : Literature.files(folder, "")) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".dtd")) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(folder + "/" + name, () -> {
                    SourceText in = new SourceText(name, Files.readAllBytes(file));
                    int documents = ConverterRegistry.standard().convert(in).size();
                    List<MappedDocument> mapped = publisher.publish(in);
                    assertEquals(documents, mapped.size());
                    assertFalse(mapped.get(0).graph().isEmpty());
                }));
            }
        }
        return tests.stream();
    }
}
