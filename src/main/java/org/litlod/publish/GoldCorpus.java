package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.litlod.convert.ConversionException;
import org.litlod.convert.ConverterRegistry;
import org.litlod.tag.eval.GoldDocument;
import org.litlod.tag.eval.GoldDocuments;

/**
 * Reads gold annotations for {@code evaluate} from a file in any input format that carries
 * annotations (BioC XML, BioC-JSON, PubTator), detected by content like every input.
 */
public final class GoldCorpus {
    private GoldCorpus() {
    }

    /** The gold documents of {@code file}. */
    public static List<GoldDocument> read(Path file) throws IOException, ConversionException {
        return GoldDocuments.of(ConverterRegistry.standard().convert(InputFiles.read(file)));
    }
}
