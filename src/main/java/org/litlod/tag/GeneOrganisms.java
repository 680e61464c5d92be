package org.litlod.tag;

import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention.Evidence;
import org.litlod.tag.dict.Target;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.match.LongestMatch;

/**
 * Gives the genes of a document the organism the document is about, as far as the lexicon has
 * genes of that organism.
 *
 * <p>A document is clearly about other organisms than man when its recognised species mentions
 * (scientific names, their short forms and common words such as "mice") number at least
 * {@value #CLEAR_MENTIONS} and none of them is human (NCBI Taxon {@value #HUMAN}, which includes
 * "human", "patients", "women"). In such a document a gene name matched by a gene of another
 * taxon than those mentioned keeps its span but loses the identifier, unless a gene of a
 * mentioned taxon shares the span. Otherwise (human, or not clear) a span that genes of several
 * taxa share keeps the human ones. Genes without a taxon in the lexicon, and genes the document
 * lists itself, are left alone. Viruses and phages (by their names: "vesicular stomatitis virus",
 * "lambda phage") do not count as species here: the genes studied with them are their hosts'.
 */
final class GeneOrganisms {

    /** NCBI Taxon of man. */
    static final String HUMAN = "9606";
    /** The least number of species mentions that make a document's organisms clear. */
    static final int CLEAR_MENTIONS = 2;

    private static final Pattern VIRUS = Pattern.compile("(?i)(?:virus|viruses|phage|viroid)\\b");

    private final Lexicon lexicon;

    GeneOrganisms(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(List<List<Candidate>> candidates) {
        Set<String> organisms = organisms(candidates);
        for (List<Candidate> list : candidates) {
            ListIterator<Candidate> it = list.listIterator();
            while (it.hasNext()) {
                Candidate c = it.next();
                String taxon = taxon(c);
                if (taxon == null || c.foundBy(Evidence.SOURCE_LIST)) {
                    continue;
                }
                Set<String> wanted = organisms == null ? Set.of(HUMAN) : organisms;
                if (wanted.contains(taxon)) {
                    continue;
                }
                if (spanHasGeneOf(list, c, wanted)) {
                    it.remove();
                } else if (organisms != null) {
                    it.set(new Candidate(c.start(), c.end(),
                            new Target(EntityType.GENE, List.of(), c.target().names()), c.primary(), c.evidence()));
                }
            }
        }
    }

    /** The taxa the document is clearly about, or null when it is human or not clear. */
    Set<String> organisms(List<List<Candidate>> candidates) {
        Set<String> out = new TreeSet<>();
        int mentions = 0;
        for (List<Candidate> list : candidates) {
            int lastStart = -1;
            int lastEnd = -1;
            for (Candidate c : LongestMatch.select(list, Candidate::start, Candidate::end)) {
                Identifier id = c.target().primary();
                if (c.target().type() != EntityType.SPECIES || id == null || id.scheme() != IdScheme.NCBI_TAXON
                        || virus(c.target())) {
                    continue;
                }
                if (id.value().equals(HUMAN)) {
                    return null;
                }
                if (c.start() != lastStart || c.end() != lastEnd) {
                    mentions++;
                }
                lastStart = c.start();
                lastEnd = c.end();
                out.add(id.value());
            }
        }
        return mentions >= CLEAR_MENTIONS ? out : null;
    }

    /** Whether a species is a virus or phage by its names: the genes studied with it are its host's. */
    static boolean virus(Target species) {
        for (String n : species.names()) {
            if (VIRUS.matcher(n).find()) {
                return true;
            }
        }
        return false;
    }

    private String taxon(Candidate c) {
        Identifier id = c.target().primary();
        if (c.target().type() != EntityType.GENE || id == null) {
            return null;
        }
        return lexicon.concept(id).filter(g -> g.type() == EntityType.GENE).map(Concept::taxon).orElse(null);
    }

    private boolean spanHasGeneOf(List<Candidate> list, Candidate c, Set<String> wanted) {
        for (Candidate o : list) {
            if (o != c && o.start() == c.start() && o.end() == c.end()) {
                String t = taxon(o);
                if (t != null && wanted.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
