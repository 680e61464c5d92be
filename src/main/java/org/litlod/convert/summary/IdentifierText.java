package org.litlod.convert.summary;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.litlod.ids.Schemes;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.schemes.IdentifierScheme;

/**
 * Reads an identifier as a paper summary writes it ("PubChem CID 11597571", "MONDO:0002049",
 * "NCBI Gene 6098", "MESH:D009190", "taxon 9606", "HGNC:427") into its canonical local form; the
 * written prefixes and the syntax are the registry's ({@link Schemes}).
 */
final class IdentifierText {
    /** A scheme's written prefix and its descriptor. */
    private record Form(Pattern prefix, IdScheme scheme, IdentifierScheme descriptor) {
    }

    /** The model schemes that prose writes before a value, in the registry's order. */
    private static final List<Form> FORMS = Schemes.canonicalOrder().stream()
            .filter(s -> !Schemes.of(s).textPrefixes().isEmpty())
            .map(IdentifierText::form).toList();

    private IdentifierText() {
    }

    private static Form form(IdScheme scheme) {
        IdentifierScheme d = Schemes.of(scheme);
        String prefix = d.textPrefixes().stream().map(p -> p.replace(".", "\\.").replace(" ", "\\s*"))
                .collect(Collectors.joining("|"));
        return new Form(Pattern.compile("(?i)^(?:" + prefix + ")(?:\\s*:\\s*|\\s+)(.*)$"), scheme, d);
    }

    /** Whether the text starts like an identifier of a known scheme (well-formed or not). */
    static boolean looksLikeIdentifier(String text) {
        return FORMS.stream().anyMatch(f -> f.prefix().matcher(text.strip()).matches());
    }

    /**
     * The identifier the text gives.
     *
     * @return empty when the text does not start with a known scheme prefix
     * @throws IllegalArgumentException when the prefix is known but the value is malformed
     */
    static Optional<Identifier> parse(String text) {
        String s = text.strip();
        for (Form f : FORMS) {
            Matcher m = f.prefix().matcher(s);
            if (m.matches()) {
                String value = f.descriptor().normalise(m.group(1).strip());
                if (!f.descriptor().isValid(value)) {
                    throw new IllegalArgumentException("malformed " + f.scheme() + " identifier '" + s + "'");
                }
                return Optional.of(new Identifier(f.scheme(), value));
            }
        }
        return Optional.empty();
    }
}
