package org.litlod.ids;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/** The syntax of each identifier scheme's local form, checked before any IRI is built. */
public final class IdSyntax {
    private static final String AA = "(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe"
            + "|Pro|Ser|Thr|Trp|Tyr|Val|Sec|Pyl|Ter|Xaa)";
    private static final String POS = AA + "\\d+";
    private static final Pattern HGVS_PROTEIN = Pattern.compile("p\\.\\(?" + POS + "(?:_" + POS + ")?"
            + "(?:" + AA + "|\\*|=|\\?|del|dup|(?:del)?ins" + AA + "+|" + AA + "?fs(?:Ter|\\*)?\\d*"
            + "|ext\\S*)\\)?");
    private static final Map<IdScheme, Rule> RULES = new EnumMap<>(IdScheme.class);

    static {
        RULES.put(IdScheme.MONDO, new Rule(Pattern.compile("\\d{7}"), "7 digits (0002049)"));
        RULES.put(IdScheme.MESH, new Rule(Pattern.compile("[DC]\\d{6,9}"),
                "D or C and 6-9 digits (D013921)"));
        RULES.put(IdScheme.NCBI_GENE, positive("238"));
        RULES.put(IdScheme.NCBI_TAXON, positive("9606"));
        RULES.put(IdScheme.PUBCHEM_COMPOUND, positive("11597571"));
        RULES.put(IdScheme.HGNC, positive("427"));
        RULES.put(IdScheme.OMIM, new Rule(Pattern.compile("\\d{6}"), "a 6-digit MIM number (261600)"));
        RULES.put(IdScheme.CAS, new Rule(Pattern.compile("\\d{2,7}-\\d{2}-\\d"),
                "a CAS registry number with a correct check digit (877399-52-5)"));
        RULES.put(IdScheme.HGVS_PROTEIN, new Rule(HGVS_PROTEIN,
                "an HGVS protein change with 3-letter amino acids (p.Leu1196Met)"));
    }

    private IdSyntax() {
    }

    private static Rule positive(String example) {
        return new Rule(Pattern.compile("[1-9]\\d{0,11}"), "a positive integer (" + example + ")");
    }

    /** Whether the identifier's value has its scheme's syntax. */
    public static boolean isValid(Identifier id) {
        Rule r = RULES.get(id.scheme());
        boolean ok = r.pattern.matcher(id.value()).matches();
        return id.scheme() == IdScheme.CAS ? ok && CasNumber.isValid(id.value()) : ok;
    }

    /**
     * Returns the identifier unchanged when valid.
     *
     * @throws MalformedIdentifierException naming the identifier and the expected form
     */
    public static Identifier check(Identifier id) {
        if (!isValid(id)) {
            throw new MalformedIdentifierException(id.scheme().name(), id.value(),
                    RULES.get(id.scheme()).expected);
        }
        return id;
    }

    private record Rule(Pattern pattern, String expected) {
    }
}
