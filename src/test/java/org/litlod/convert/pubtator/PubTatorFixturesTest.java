package org.litlod.convert.pubtator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.ConversionException;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.Literature;
import org.litlod.convert.SourceText;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;

/** The BioCreative V CDR gold file in PubTator format, and errors of the format. */
class PubTatorFixturesTest {
    private final ConverterRegistry registry = ConverterRegistry.standard();

    @Test
    void cdrGold() throws Exception {
        SourceText in = Literature.load("pubtator-bioc-cdr/CDR_sample.dev.gold.PubTator");
        assertEquals(PubTatorConverter.FORMAT, registry.detect(in).format());
        List<Document> docs = registry.convert(in);
        assertEquals(25, docs.size());
        docs.forEach(Literature::assertMentionsMatchText);
        assertEquals(425, docs.stream().mapToInt(d -> d.mentions().size()).sum());
        assertEquals(221, docs.stream().flatMap(d -> d.mentions().stream()).filter(m -> m.type() == EntityType.CHEMICAL).count());
        assertEquals(204, docs.stream().flatMap(d -> d.mentions().stream()).filter(m -> m.type() == EntityType.DISEASE).count());
        Document first = docs.get(0);
        assertEquals("26094", first.ids().pmid());
        Mention methyldopa = first.mentions().stream().filter(m -> m.text().equals("methyl dopa")).findFirst().orElseThrow();
        assertEquals("abstract", methyldopa.passage());
        assertEquals(567 - 54, methyldopa.start());
        assertEquals(List.of(new Identifier(IdScheme.MESH, "D008750")), methyldopa.ids());
        Document lidocaine = docs.get(1);
        assertEquals("354896", lidocaine.ids().pmid());
        assertEquals("Lidocaine-induced cardiac asystole.", lidocaine.title());
        assertEquals(6, lidocaine.mentions().size());
    }

    @Test
    void documentsAreStreamedOneAtATime() throws Exception {
        String two = "1|t|First title.\n1|a|An abstract.\n1\t0\t5\tFirst\tDisease\t-\n\n2|t|Second title.\n2\t9\t8\tbad\tDisease\tD000001\n";
        List<String> seen = new ArrayList<>();
        ConversionException e = assertThrows(ConversionException.class,
                () -> new PubTatorConverter().stream(SourceText.of("two.txt", two), d -> seen.add(d.title())));
        assertEquals(List.of("First title."), seen);
        assertEquals(PubTatorConverter.BAD_LINE, e.errorId());
        assertEquals(6, e.line());
        assertTrue(e.getMessage().startsWith("LITLOD-CONVERT-701 two.txt:6: "), e.getMessage());
    }

    @Test
    void annotationOfAnotherDocumentIsAnError() {
        ConversionException e = assertThrows(ConversionException.class, () -> new PubTatorConverter()
                .convert(SourceText.of("x.txt", "1|t|Title\n2\t0\t5\tTitle\tDisease\t-\n")));
        assertEquals(PubTatorConverter.BAD_LINE, e.errorId());
        assertEquals(2, e.line());
    }
}
