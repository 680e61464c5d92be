package org.litlod.convert.summary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Reads an identifier as a paper summary writes it ("PubChem CID 11597571", "MONDO:0002049",
 * "NCBI Gene 6098", "MESH:D009190", "taxon 9606", "HGNC:427") into its canonical local form.
 */
final class IdentifierText {
    /** A scheme's written prefix and the shape its local value must have. */
    private record Form(Pattern prefix, IdScheme scheme, Pattern value) {
    }

    private static final Pattern DIGITS = Pattern.compile("[1-9]\\d{0,11}");
    private static final List<Form> FORMS = List.of(
            form("pubchem\\s*(?:cid)?|cid", IdScheme.PUBCHEM_COMPOUND, DIGITS),
            form("mondo", IdScheme.MONDO, Pattern.compile("\\d{7}")),
            form("mesh", IdScheme.MESH, Pattern.compile("[CDcd]\\d{6,9}")),
            form("ncbi\\s*gene(?:\\s*id)?|gene\\s*id|entrez(?:\\s*gene)?", IdScheme.NCBI_GENE, DIGITS),
            form("ncbi\\s*taxon(?:omy)?|taxon|taxid", IdScheme.NCBI_TAXON, DIGITS),
            form("hgnc", IdScheme.HGNC, DIGITS));

    private IdentifierText() {
    }

    private static Form form(String prefix, IdScheme scheme, Pattern value) {
        return new Form(Pattern.compile("(?i)^(?:" + prefix + ")(?:\\s*:\\s*|\\s+)(.*)$"), scheme, value);
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
                String value = m.group(1).strip();
                if (!f.value().matcher(value).matches()) {
                    throw new IllegalArgumentException("malformed " + f.scheme() + " identifier '" + s + "'");
                }
                if (f.scheme() == IdScheme.MESH) {
                    value = value.toUpperCase(Locale.ROOT);
                }
                return Optional.of(new Identifier(f.scheme(), value));
            }
        }
        return Optional.empty();
    }
}
