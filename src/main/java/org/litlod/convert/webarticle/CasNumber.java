package org.litlod.convert.webarticle;

import java.util.regex.Pattern;

/** CAS registry numbers ("877399-52-5"): their shape and their check digit. */
final class CasNumber {
    /** The shape of a CAS registry number: 2-7 digits, 2 digits, 1 check digit. */
    static final Pattern SHAPE = Pattern.compile("\\d{2,7}-\\d{2}-\\d");

    private CasNumber() {
    }

    /** Whether the text has the shape of a CAS number and its check digit is right. */
    static boolean isValid(String cas) {
        if (!SHAPE.matcher(cas).matches()) {
            return false;
        }
        String digits = cas.replace("-", "");
        int check = digits.charAt(digits.length() - 1) - '0';
        int sum = 0;
        for (int i = digits.length() - 2, weight = 1; i >= 0; i--, weight++) {
            sum += (digits.charAt(i) - '0') * weight;
        }
        return sum % 10 == check;
    }
}
