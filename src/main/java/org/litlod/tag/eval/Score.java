package org.litlod.tag.eval;

/**
 * Counts of one comparison with the gold standard, and the measures derived from them.
 *
 * @param truePositives  found and in the gold
 * @param falsePositives found, not in the gold
 * @param falseNegatives in the gold, not found
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    /** The sum of two scores. */
    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    /** TP / (TP + FP); 0 when nothing was found. */
    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    /** TP / (TP + FN); 0 when the gold is empty. */
    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? 0 : (double) truePositives / d;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
