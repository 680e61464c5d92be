package org.litlod.convert;

import org.litlod.convert.registry.ConverterRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every real literature file is accepted by exactly its own converter (PubMed XML, JATS and BioC
 * XML are all XML; BioC-JSON and Europe PMC are both JSON), whatever its name.
 */
class FormatDetectionTest {
    private static final Map<String, String> FORMAT_OF_FOLDER = Map.of(
            "pubmed-xml", "pubmed", "pmc-jats", "jats", "pubtator3-biocjson", "bioc-json");
    private final ConverterRegistry registry = ConverterRegistry.standard();

    private List<String> accepting(String text) {
        return registry.formats().stream()
                .filter(f -> registry.converter(f.name()).orElseThrow().detect(text) >= ConverterRegistry.ACCEPT)
                .map(Format::name).toList();
    }

    @Test
    void eachRealFileIsAcceptedByItsConverterOnly() throws Exception {
        for (var e : FORMAT_OF_FOLDER.entrySet()) {
            for (Path file : Literature.files(e.getKey(), "")) {
                String text = Files.readString(file);
                assertEquals(List.of(e.getValue()), accepting(text), file.toString());
            }
        }
        assertEquals(List.of("bioc-xml"), accepting(Literature.load("pubtator-bioc-cdr/CDR_sample.dev.gold.BioC.xml").text()));
        assertEquals(List.of("pubtator"), accepting(Literature.load("pubtator-bioc-cdr/CDR_sample.dev.gold.PubTator").text()));
    }

    @Test
    void otherJsonAndXmlAreRefused() {
        for (String file : List.of("europepmc/search_cancer_core.json", "europepmc/PMID41444612.annotations-excerpt.json",
                "pubtator-bioc-cdr/BioC.dtd")) {
            SourceText input = Literature.load(file);
            ConversionException e = assertThrows(ConversionException.class, () -> registry.detect(input));
            assertEquals(ConverterRegistry.NO_CONVERTER, e.errorId(), file);
        }
        assertEquals(List.of(), accepting("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\"><front/></rdf:RDF>"));
        assertEquals(List.of(), accepting("12345\tnot a title line\n"));
    }
}
