package org.litlod.tag.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Longest-leftmost choice among overlapping spans: going left to right, the span that starts
 * first wins, and among those the longest; spans overlapping a chosen one are dropped. Spans
 * identical to a chosen one are kept too (one text can name several things).
 */
public final class LongestMatch {

    private LongestMatch() {
    }

    /** The chosen spans of {@code spans}, in text order. */
    public static <T> List<T> select(List<T> spans, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(start).thenComparing(Comparator.comparingInt(end).reversed()));
        List<T> chosen = new ArrayList<>();
        int curStart = -1;
        int curEnd = -1;
        for (T t : sorted) {
            int s = start.applyAsInt(t);
            int e = end.applyAsInt(t);
            if (s >= curEnd) {
                chosen.add(t);
                curStart = s;
                curEnd = e;
            } else if (s == curStart && e == curEnd) {
                chosen.add(t);
            }
        }
        return chosen;
    }
}
