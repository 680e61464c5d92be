package org.litlod.corpus;

import java.time.LocalDate;
import java.util.List;
import org.litlod.tag.lexicon.Concept;

/**
 * One synthetic paper, before it is written in an input format.
 *
 * @param index     its number in the corpus (0-based)
 * @param title     the title, one sentence mentioning concepts
 * @param sentences the abstract, sentence by sentence
 * @param authors   author names, "Given Family", in order
 * @param date      publication date
 * @param journal   the journal
 * @param volume    volume number
 * @param issue     issue number
 * @param mentioned the concepts the title and abstract name, in the order of the text (may repeat)
 */
record Paper(int index, String title, List<String> sentences, List<String> authors, LocalDate date,
             Journal journal, int volume, int issue, List<Mentioned> mentioned) {
    /** The {@link Mentioned#part() part} of a mention in the title. */
    static final int TITLE = -1;

    Paper {
        sentences = List.copyOf(sentences);
        authors = List.copyOf(authors);
        mentioned = List.copyOf(mentioned);
    }

    /**
     * A concept named in the text by {@code name}, at character {@code start} of sentence
     * {@code part} ({@link #TITLE} for the title). The text there is the name, except that a
     * name opening a sentence has its first letter capitalised.
     */
    record Mentioned(Concept concept, String name, int part, int start) {
    }

    /** The DOI, under the test prefix 10.5555. */
    String doi() {
        return "10.5555/litlod." + index;
    }

    /** A PMID outside the range PubMed has used so far. */
    long pmid() {
        return 90_000_000L + index;
    }

    /** A PMCID outside the range PubMed Central has used so far, with its "PMC" prefix. */
    String pmcid() {
        return "PMC" + (90_000_000L + index);
    }

    /** The first page, derived from the index so that it is stable. */
    int firstPage() {
        return 1 + index % 997 * 7 % 2000;
    }

    /** The abstract as one paragraph. */
    String abstractText() {
        return String.join(" ", sentences);
    }

    /** Where sentence {@code k} starts in {@link #abstractText()}. */
    int sentenceStart(int k) {
        int at = 0;
        for (int i = 0; i < k; i++) {
            at += sentences.get(i).length() + 1;
        }
        return at;
    }

    /** The author "Given Family" as "Family G", the way PubMed and PubTator abbreviate names. */
    static String initialled(String author) {
        int space = author.indexOf(' ');
        return author.substring(space + 1) + " " + author.charAt(0);
    }
}
