package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Reads a table of NCBI Taxonomy names, {@code tax_id, genus, species} tab-separated with a
 * header row, the species part "NA" for taxa above species (the layout of Bioconductor's
 * GenomeInfoDbData {@code specData}, which lists the scientific name and the name variants of
 * every taxon, rows of one taxon together). A taxon becomes a species concept under the names
 * that can be written in running text:
 * <ul>
 *   <li>binomials and trinomials of plain words ("Plasmodium falciparum", "Mus musculus
 *       domesticus");</li>
 *   <li>virus names of up to six words ("Hepatitis B virus", "Human immunodeficiency virus 1").</li>
 * </ul>
 * Placeholders ("Vibrio sp. Lu4", "uncultured bacterium", "Cloning vector ...") and strain
 * designations are left out, and so are taxa above species. The table does not say which name
 * is the scientific one; the preferred name is the one that most other taxa's names begin with
 * ("Escherichia coli" begins thousands of strain names, its old synonym "Bacillus coli" none),
 * ties going to the first.
 */
public final class TaxonNameTableReader {

    private static final Pattern GENUS = Pattern.compile("[A-Z][a-z]+");
    private static final Pattern EPITHET = Pattern.compile("[a-z][a-z-]*[a-z]");
    private static final Pattern VIRUS_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.'-]*");
    private static final Set<String> PLACEHOLDERS = Set.of("sp", "spp", "cf", "aff", "nr", "gen",
            "bacterium", "endosymbiont", "symbiont", "environmental", "uncultured", "unidentified",
            "unclassified", "clone", "isolate", "metagenome", "group", "complex", "genomosp", "genosp",
            "pv", "bv", "str", "var", "subsp", "vector", "synthetic", "mixed", "unknown", "undetermined");

    /** Reads the table into {@code sink}, one species concept per kept taxon; returns the count. */
    public int read(InputStream in, Consumer<Concept> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        List<String> order = new ArrayList<>();
        Map<String, List<String>> kept = new HashMap<>();
        Map<String, Integer> begins = new HashMap<>();
        String line;
        while ((line = lines.readLine()) != null) {
            String[] c = line.split("\t", -1);
            if (c.length < 3 || c[2].equals("NA") || c[0].equals("tax_id")) {
                continue;
            }
            String name = c[1].strip() + " " + c[2].strip();
            countBeginning(name, begins);
            if (usable(c[1].strip(), c[2].strip())) {
                List<String> names = kept.get(c[0]);
                if (names == null) {
                    names = new ArrayList<>(2);
                    kept.put(c[0], names);
                    order.add(c[0]);
                }
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        for (String id : order) {
            List<String> names = kept.get(id);
            String preferred = names.get(0);
            int best = begins.getOrDefault(preferred, 0);
            for (String n : names) {
                int score = begins.getOrDefault(n, 0);
                if (score > best) {
                    best = score;
                    preferred = n;
                }
            }
            Set<String> others = new LinkedHashSet<>(names);
            others.remove(preferred);
            sink.accept(new Concept(EntityType.SPECIES, List.of(new Identifier(IdScheme.NCBI_TAXON, id)),
                    preferred, new ArrayList<>(others), null));
        }
        return order.size();
    }

    /** Counts, for the first two and three words of a name, one more name beginning with them. */
    private static void countBeginning(String name, Map<String, Integer> begins) {
        int first = name.indexOf(' ');
        int second = first < 0 ? -1 : name.indexOf(' ', first + 1);
        if (second > 0) {
            begins.merge(name.substring(0, second), 1, Integer::sum);
            int third = name.indexOf(' ', second + 1);
            if (third > 0) {
                begins.merge(name.substring(0, third), 1, Integer::sum);
            }
        }
    }

    /** Whether genus + species part is a name text can use (see the class comment). */
    static boolean usable(String genus, String species) {
        String[] words = species.split(" ");
        if (words.length == 0 || PLACEHOLDERS.contains(words[0].toLowerCase(java.util.Locale.ROOT))
                || PLACEHOLDERS.contains(genus.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (species.toLowerCase(java.util.Locale.ROOT).contains("virus")) {
            if (words.length > 5 || species.contains("sp.")) {
                return false;
            }
            for (String w : words) {
                if (!VIRUS_WORD.matcher(w).matches()) {
                    return false;
                }
            }
            return Character.isLetter(genus.charAt(0));
        }
        if (!GENUS.matcher(genus).matches() || words.length > 2) {
            return false;
        }
        for (String w : words) {
            if (!EPITHET.matcher(w).matches() || PLACEHOLDERS.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
