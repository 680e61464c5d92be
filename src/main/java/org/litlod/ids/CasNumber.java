package org.litlod.ids;

import java.util.regex.Pattern;

/**
 * CAS registry numbers: 2-7 digits, 2 digits and a check digit ("877399-52-5"). The check digit
 * is the sum of every other digit times its position counted from the right, modulo 10.
 */
public final class CasNumber {
    private static final Pattern SYNTAX = Pattern.compile("(\\d{2,7})-(\\d{2})-(\\d)");

    private CasNumber() {
    }

    /** Whether {@code value} has CAS syntax and a correct check digit. */
    public static boolean isValid(String value) {
        var m = SYNTAX.matcher(value);
        if (!m.matches()) {
            return false;
        }
        String digits = m.group(1) + m.group(2);
        return checkDigit(digits) == m.group(3).charAt(0) - '0';
    }

    /** The check digit for the digits before it (without hyphens). */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int position = digits.length() - i;
            sum += position * (digits.charAt(i) - '0');
        }
        return sum % 10;
    }
}
