package org.litlod.tag.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * One of {@code n} disjoint parts of a corpus: the documents whose position {@code i} in file
 * order (counting from 0) has {@code i % n == k}. Taking every n-th document rather than a
 * block spreads each part over the whole file, so that parts do not differ by where the corpus
 * builders happened to put their documents; parts 0..n-1 together are the whole corpus, each
 * document in exactly one. Names learned from some parts can then be scored on another.
 *
 * @param k the part, 0 &le; k &lt; n
 * @param n the number of parts, &ge; 1
 */
public record DocumentPart(int k, int n) {
    /** The whole corpus. */
    public static final DocumentPart ALL = new DocumentPart(0, 1);

    public DocumentPart {
        if (n < 1 || k < 0 || k >= n) {
            throw new IllegalArgumentException("a part K/N needs 0 <= K < N: " + k + "/" + n);
        }
    }

    /** The part written "K/N" ("0/2", "1/2"). */
    public static DocumentPart parse(String written) {
        int slash = written.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a part is written K/N, as in 0/2: " + written);
        }
        try {
            return new DocumentPart(Integer.parseInt(written.substring(0, slash).trim()),
                    Integer.parseInt(written.substring(slash + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a part is written K/N, as in 0/2: " + written, e);
        }
    }

    /** The items of {@code all} in this part, in their order. */
    public <T> List<T> of(List<T> all) {
        if (n == 1) {
            return all;
        }
        List<T> out = new ArrayList<>(all.size() / n + 1);
        for (int i = k; i < all.size(); i += n) {
            out.add(all.get(i));
        }
        return out;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
