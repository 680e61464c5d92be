package org.litlod.schemes;

/**
 * The check digit of CAS registry numbers ("877399-52-5"): the sum of every other digit times its
 * position counted from the right, modulo 10.
 */
public final class CasCheckDigit {
    private CasCheckDigit() {
    }

    /** Whether the last digit of a number of CAS shape is its check digit. */
    public static boolean isValid(String cas) {
        String digits = cas.replace("-", "");
        if (digits.length() < 2 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return of(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    /** The check digit for the digits before it (without hyphens). */
    public static int of(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.length() - i) * (digits.charAt(i) - '0');
        }
        return sum % 10;
    }
}
