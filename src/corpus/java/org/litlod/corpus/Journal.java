package org.litlod.corpus;

/**
 * A synthetic journal: its title, its NLM title abbreviation (as PubMed, PubTator and reference
 * lists write it) and an electronic ISSN with a correct check digit.
 *
 * @param title        the full title ("Journal of Synthetic Oncology")
 * @param abbreviation the NLM abbreviation ("J Synth Oncol")
 * @param issn         the ISSN, "NNNN-NNNC"
 */
record Journal(String title, String abbreviation, String issn) {

    /** A journal whose ISSN is {@code seven} digits followed by their check digit. */
    static Journal of(String title, String abbreviation, String seven) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (seven.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        return new Journal(title, abbreviation,
                seven.substring(0, 4) + "-" + seven.substring(4) + (check == 10 ? "X" : String.valueOf(check)));
    }
}
