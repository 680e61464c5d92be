package org.litlod.tag.text;

/** The Greek letters written out in Latin letters ("α" → "alpha"), as names spell them. */
final class GreekLetters {

    private static final String LOWER = "αβγδεζηθικλμνξοπρστυφχψω";
    private static final String UPPER = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";
    private static final String[] NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta",
        "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma",
        "tau", "upsilon", "phi", "chi", "psi", "omega"};

    private GreekLetters() {
    }

    /** The spelled-out name of a Greek letter, or null if {@code c} is not one. */
    static String spelled(char c) {
        if (c < 0x0391 || c > 0x03c9) {
            return c == 'µ' ? "mu" : null;
        }
        if (c == 'ς') {
            return "sigma";
        }
        int i = LOWER.indexOf(c);
        if (i < 0) {
            i = UPPER.indexOf(c);
        }
        return i < 0 ? null : NAMES[i];
    }
}
