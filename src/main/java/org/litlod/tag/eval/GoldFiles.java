package org.litlod.tag.eval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a gold-standard file in whichever format it is in, told apart by content: BioC XML
 * starts with markup, the PubTator format with a document line {@code PMID|t|title}.
 */
public final class GoldFiles {
    private GoldFiles() {
    }

    /** The gold documents of {@code file}. */
    public static List<GoldDocument> read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(64);
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            in.reset();
            if (c == '<') {
                return new BioCReader().read(in);
            }
            return new PubTatorReader().read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (XMLStreamException e) {
            throw new IOException("LITLOD-EVAL-001 " + file + ": not well-formed BioC XML: " + e.getMessage(), e);
        }
    }
}
