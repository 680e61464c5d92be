package org.litlod.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.ConversionException;
import org.litlod.convert.DocumentJson;
import org.litlod.model.Document;
import org.litlod.rdf.MappedDocument;
import org.litlod.validate.ShapeViolationException;

/**
 * {@code convert}: reads input files and writes their documents, as the neutral model in JSON or
 * as RDF, without touching any store. Files that fail (missing, unreadable, not convertible)
 * are reported and left out; the others are still written.
 */
public final class Conversion {
    /** The output forms: the neutral model as JSON, or one of the RDF syntaxes. */
    public static final String JSON = "json";

    private Conversion() {
    }

    /**
     * Converts every file and writes the result to {@code out}.
     *
     * @param to {@code json} or an {@link RdfOutput.Syntax} name
     * @return one message per file that failed (empty when all converted)
     */
    public static List<String> run(Publisher publisher, List<Path> files, String to, OutputStream out)
            throws IOException {
        List<String> errors = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<MappedDocument> mapped = new ArrayList<>();
        RdfOutput.Syntax syntax = JSON.equals(to) ? null : RdfOutput.Syntax.of(to);
        for (Path f : InputFiles.expand(files)) {
            try {
                if (syntax == null) {
                    documents.addAll(publisher.documents(InputFiles.read(f, InputFiles.publishedName(files, f))));
                } else {
                    mapped.addAll(publisher.publish(InputFiles.read(f, InputFiles.publishedName(files, f))));
                }
            } catch (IOException e) {
                errors.add(InputFiles.message(f, e));
            } catch (ConversionException | ShapeViolationException e) {
                errors.add(e.getMessage());
            } catch (RuntimeException e) {
                errors.add("LITLOD-CONVERT-099 " + f + ": " + e.getMessage());
            }
        }
        if (syntax == null) {
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            ps.print(DocumentJson.full().write(documents));
            ps.flush();
        } else {
            RdfOutput.write(mapped, syntax, out);
        }
        return errors;
    }
}
