package org.litlod.corpus;

import java.time.LocalDate;
import java.util.List;
import org.litlod.tag.Concept;

/**
 * One synthetic paper, before it is written in an input format.
 *
 * @param index     its number in the corpus (0-based)
 * @param title     the title, one sentence mentioning concepts
 * @param sentences the abstract, sentence by sentence
 * @param authors   author names, "Given Family", in order
 * @param date      publication date
 * @param journal   journal title
 * @param volume    volume number
 * @param issue     issue number
 * @param mentioned the concepts the text names, in order of first mention (may repeat)
 */
record Paper(int index, String title, List<String> sentences, List<String> authors, LocalDate date,
             String journal, int volume, int issue, List<Mentioned> mentioned) {
    Paper {
        sentences = List.copyOf(sentences);
        authors = List.copyOf(authors);
        mentioned = List.copyOf(mentioned);
    }

    /** A concept named in the text by {@code name}. */
    record Mentioned(Concept concept, String name) {
    }

    /** The DOI, under the test prefix 10.5555. */
    String doi() {
        return "10.5555/litlod." + index;
    }

    /** A PMID outside the range PubMed has used so far. */
    long pmid() {
        return 90_000_000L + index;
    }

    /** The abstract as one paragraph. */
    String abstractText() {
        return String.join(" ", sentences);
    }
}
