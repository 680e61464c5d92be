package org.litlod.convert.webarticle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.FieldWarning;
import org.litlod.convert.TextLine;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Substance;
import org.litlod.schemes.IdentifierSchemes;

/**
 * Finds the substance a drug page is about: its CAS registry numbers on lines of their own
 * ("877399-52-5", "152459-95-5; 220127-57-1", "CAS No.: 50-78-2"), each check digit verified,
 * and its name from the short line just above them, the supplier heading, or the title.
 */
final class SubstanceReader {
    private static final Pattern CAS_LINE = Pattern.compile(
            "^(?:CAS(?:\\s*(?:No\\.?|Number|RN|Registry Number))?\\s*[:#]?\\s*)?"
                    + "(\\d{2,7}-\\d{2}-\\d(?:\\s*[,;/]?\\s*\\d{2,7}-\\d{2}-\\d)*)$");
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\d][\\p{L}\\d ,()'\u2019+-]{0,58}[\\p{L}\\d)]$");

    private SubstanceReader() {
    }

    /** Whether the line holds nothing but CAS numbers (with an optional "CAS" label). */
    static boolean isCasLine(String line) {
        return CAS_LINE.matcher(line.strip()).matches();
    }

    /** The substance the lines name, or null when they give no CAS number. */
    static Substance read(List<TextLine> lines, String title, String file, Consumer<String> warnings) {
        List<Identifier> ids = new ArrayList<>();
        String name = null;
        String previous = null;
        String supplierName = null;
        for (TextLine line : lines) {
            String s = line.trimmed();
            if (s.isEmpty()) {
                continue;
            }
            Matcher m = CAS_LINE.matcher(s);
            if (m.matches()) {
                for (String cas : m.group(1).split("[\\s,;/]+")) {
                    if (!IdentifierSchemes.CAS.isValid(cas)) {
                        warnings.accept(FieldWarning.of(WebArticleConverter.BAD_CAS, file, line.number(),
                                "CAS number", cas, "has a wrong check digit"));
                        continue;
                    }
                    Identifier id = new Identifier(IdScheme.CAS, cas);
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
                if (name == null && previous != null && NAME.matcher(previous).matches()
                        && !PageBoilerplate.opensTail(previous) && !PageBoilerplate.isBoilerplate(previous)) {
                    name = previous;
                }
            } else if (supplierName == null && PageBoilerplate.supplierSubject(s) != null) {
                supplierName = PageBoilerplate.supplierSubject(s);
            }
            previous = s;
        }
        if (ids.isEmpty()) {
            return null;
        }
        if (name == null) {
            name = supplierName;
        }
        if (name == null) {
            int colon = title.indexOf(':');
            name = colon > 0 ? title.substring(0, colon).strip() : title;
        }
        return new Substance(name, ids);
    }
}
