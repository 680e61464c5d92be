package org.litlod.convert;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.litlod.model.Document;
import org.litlod.model.PublicationDate;
import org.litlod.model.SourceInfo;

/**
 * Writes documents of the neutral model as JSON (used by {@code litlod convert --to json}):
 * pretty-printed, fields in the records' declaration order, nulls left out, dates and instants
 * as ISO 8601 strings; warnings and relations only when there are any. {@link #withoutConversionTime()} leaves out {@code convertedAt}, so that
 * the output of the same input is byte-for-byte the same (for golden files).
 */
public final class DocumentJson {
    private final ObjectMapper mapper;

    private DocumentJson(boolean conversionTime) {
        SimpleModule module = new SimpleModule("litlod-model");
        module.addSerializer(PublicationDate.class, new ToStringSerializer<>(PublicationDate.class, PublicationDate::iso));
        module.addSerializer(Instant.class, new ToStringSerializer<>(Instant.class, Instant::toString));
        JsonMapper.Builder b = JsonMapper.builder()
                .addModule(module)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS));
        b.addMixIn(Document.class, WarningsWhenAny.class);
        if (!conversionTime) {
            b.addMixIn(SourceInfo.class, WithoutConvertedAt.class);
        }
        this.mapper = b.build();
    }

    /** JSON with every field, {@code convertedAt} included. */
    public static DocumentJson full() {
        return new DocumentJson(true);
    }

    /** JSON without {@code source.convertedAt}, for comparing outputs of different runs. */
    public static DocumentJson withoutConversionTime() {
        return new DocumentJson(false);
    }

    /** The documents as a pretty-printed JSON array, ending with a newline. */
    public String write(List<Document> documents) {
        try {
            return mapper.writeValueAsString(documents) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents as a JSON tree (for comparisons that ignore layout). */
    public JsonNode tree(List<Document> documents) {
        return mapper.valueToTree(documents);
    }

    /** Reads JSON text into a tree, for comparing with {@link #tree}. */
    public JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code warnings} only when there are some, so that documents without any read as before. */
    private abstract static class WarningsWhenAny {
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<String> warnings();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<org.litlod.model.Relation> relations();
    }

    @JsonIgnoreProperties("convertedAt")
    private abstract static class WithoutConvertedAt {
    }

    /** Writes a value as the string a function gives. */
    private static final class ToStringSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> text;

        ToStringSerializer(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(text.apply(value));
        }
    }
}
