package org.litlod.ids;

import org.litlod.schemes.CasCheckDigit;
import org.litlod.schemes.IdentifierSchemes;

/**
 * CAS registry numbers: 2-7 digits, 2 digits and a check digit ("877399-52-5"); syntax and check
 * digit are the CAS descriptor's in the registry.
 */
public final class CasNumber {
    private CasNumber() {
    }

    /** Whether {@code value} has CAS syntax and a correct check digit. */
    public static boolean isValid(String value) {
        return IdentifierSchemes.CAS.isValid(value);
    }

    /** The check digit for the digits before it (without hyphens). */
    static int checkDigit(String digits) {
        return CasCheckDigit.of(digits);
    }
}
