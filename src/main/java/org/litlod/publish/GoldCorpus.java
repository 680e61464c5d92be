package org.litlod.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.litlod.convert.ConversionException;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.SourceText;
import org.litlod.tag.eval.BioCReader;
import org.litlod.tag.eval.GoldDocument;
import org.litlod.tag.eval.GoldDocuments;
import org.litlod.tag.eval.GoldFormat;
import org.litlod.tag.eval.PubTatorReader;
import org.litlod.tag.eval.S800Reader;

/**
 * Reads gold annotations for {@code evaluate}, detected by content: PubTator (CDR,
 * NCBI-disease), BioC XML, or the S800 species corpus (its folder, or its annotation table in
 * that folder); any other input format that carries annotations (BioC-JSON) goes through the
 * converters.
 *
 * <p>Error id: {@value #NO_S800} a folder holds no S800 annotation table, or several.
 */
public final class GoldCorpus {
    /** A folder is not an S800 corpus folder. */
    public static final String NO_S800 = "LITLOD-GOLD-002";

    private GoldCorpus() {
    }

    /**
     * The documents of a gold file as the converters read them, with the source's mentions and
     * relations, for scoring relations ({@code evaluate --relations}).
     */
    public static List<org.litlod.model.Document> documents(Path path) throws IOException, ConversionException {
        return ConverterRegistry.standard().convert(InputFiles.read(path));
    }

    /** The gold documents of {@code path}, in file order. */
    public static List<GoldDocument> read(Path path) throws IOException, ConversionException {
        if (Files.isDirectory(path)) {
            return s800(path);
        }
        SourceText source = InputFiles.read(path);
        String text = source.text();
        GoldFormat format = GoldFormat.detect(text.substring(0, Math.min(text.length(), 4096)));
        if (format == null) {
            return GoldDocuments.of(ConverterRegistry.standard().convert(source));
        }
        return switch (format) {
            case PUBTATOR -> new PubTatorReader().read(new StringReader(text));
            case BIOC_XML -> bioc(source);
            case S800_ANNOTATIONS, S800_DOCUMENTS -> s800(path.toAbsolutePath().getParent());
        };
    }

    private static List<GoldDocument> bioc(SourceText source) throws IOException {
        try {
            return new BioCReader().read(new ByteArrayInputStream(source.bytes()));
        } catch (XMLStreamException e) {
            throw new IOException(source.name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * An S800 folder: the one annotation table and the document table, told by their content,
     * and the abstracts ({@code name.txt}) anywhere below. Without a document table the
     * documents are the abstracts, in name order.
     */
    private static List<GoldDocument> s800(Path dir) throws IOException {
        Map<GoldFormat, Path> tables = new HashMap<>();
        Map<String, Path> abstracts = new HashMap<>();
        for (Path f : InputFiles.expand(List.of(dir))) {
            String name = f.getFileName().toString();
            if (name.endsWith(".txt")) {
                abstracts.put(name.substring(0, name.length() - 4), f);
                continue;
            }
            GoldFormat format = GoldFormat.detect(new String(InputFiles.head(f, 1024), StandardCharsets.UTF_8));
            if (format == GoldFormat.S800_ANNOTATIONS || format == GoldFormat.S800_DOCUMENTS) {
                Path other = tables.put(format, f);
                if (other != null) {
                    throw new IOException(NO_S800 + " " + dir + ": two S800 tables of one kind, " + other + " and " + f);
                }
            }
        }
        Path annotations = tables.get(GoldFormat.S800_ANNOTATIONS);
        if (annotations == null) {
            throw new IOException(NO_S800 + " " + dir + ": no S800 annotation table (taxon, document:PMID, start, end, text)");
        }
        Map<String, String> documents;
        if (tables.containsKey(GoldFormat.S800_DOCUMENTS)) {
            documents = S800Reader.documents(new StringReader(Files.readString(tables.get(GoldFormat.S800_DOCUMENTS))));
        } else {
            documents = new LinkedHashMap<>();
            abstracts.keySet().stream().sorted().forEach(n -> documents.put(n, n));
        }
        return new S800Reader().read(new StringReader(Files.readString(annotations)), documents, name -> {
            Path file = abstracts.get(name);
            if (file == null) {
                throw new IOException(NO_S800 + " " + dir + ": no abstract " + name + ".txt");
            }
            return Files.readString(file);
        });
    }
}
