package org.litlod.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.litlod.model.EntityType;

/**
 * Writes papers as PubTator3's BioC-JSON export: {@code {"PubTator3": [...]}} of documents with
 * PubTator3's extra fields (pmid, pmcid, date, journal, authors), a title and an abstract passage
 * as in {@link BioCXmlFormat}, and annotations with PubTator3's infons (identifier, type,
 * database, normalized_id, biotype, name).
 */
final class BioCJsonFormat {
    private static final JsonFactory JSON = new JsonFactory();

    private BioCJsonFormat() {
    }

    /** A PubTator3 BioC-JSON export holding the papers. */
    static String json(List<Paper> papers) {
        StringWriter out = new StringWriter(papers.size() * 6144);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("PubTator3");
            for (Paper p : papers) {
                jsonDocument(g, p);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    private static void jsonDocument(JsonGenerator g, Paper p) throws IOException {
        String title = PubTatorFront.title(p);
        List<SourceAnnotations.Annotation> annotations = SourceAnnotations.of(p, title.length() + 1);
        g.writeStartObject();
        g.writeStringField("_id", p.pmid() + "|" + p.pmcid());
        g.writeStringField("id", String.valueOf(p.pmid()));
        g.writeObjectFieldStart("infons");
        g.writeEndObject();
        g.writeArrayFieldStart("passages");
        int[] id = {0};
        jsonPassage(g, PubTatorFront.infons(p), 0, title, annotations.stream().filter(a -> a.offset() < title.length()).toList(), id);
        jsonPassage(g, Map.of("type", "abstract"), title.length() + 1, p.abstractText(),
                annotations.stream().filter(a -> a.offset() > title.length()).toList(), id);
        g.writeEndArray();
        g.writeArrayFieldStart("relations");
        g.writeEndArray();
        g.writeNumberField("pmid", p.pmid());
        g.writeStringField("pmcid", p.pmcid());
        g.writeObjectFieldStart("meta");
        g.writeEndObject();
        g.writeStringField("date", p.date() + "T00:00:00Z");
        g.writeStringField("journal", p.journal().abbreviation());
        g.writeArrayFieldStart("authors");
        for (String a : p.authors()) {
            g.writeString(Paper.initialled(a));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void jsonPassage(JsonGenerator g, Map<String, String> infons, int offset, String text,
                                    List<SourceAnnotations.Annotation> annotations, int[] id) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("infons");
        for (Map.Entry<String, String> e : infons.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("offset", offset);
        g.writeStringField("text", text);
        g.writeArrayFieldStart("sentences");
        g.writeEndArray();
        g.writeArrayFieldStart("annotations");
        for (SourceAnnotations.Annotation a : annotations) {
            g.writeStartObject();
            g.writeStringField("id", String.valueOf(id[0]++));
            g.writeObjectFieldStart("infons");
            g.writeStringField("identifier", a.identifier());
            g.writeStringField("type", a.type());
            g.writeBooleanField("valid", true);
            g.writeStringField("database", database(a.concept().type()));
            g.writeStringField("normalized_id", a.identifier().replace("MESH:", ""));
            g.writeStringField("biotype", a.type().toLowerCase(Locale.ROOT));
            g.writeStringField("name", a.concept().preferred());
            g.writeEndObject();
            g.writeStringField("text", a.text());
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeNumberField("offset", a.offset());
            g.writeNumberField("length", a.text().length());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("relations");
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String database(EntityType type) {
        return switch (type) {
            case GENE -> "ncbi_gene";
            case SPECIES -> "ncbi_taxonomy";
            default -> "ncbi_mesh";
        };
    }
}
