package org.jixiao.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One canonical form for the exact decimals of a document, so that 91.20 read from JSON, 91.200000 read
 * from a NUMERIC(18,6) column and 91.2 typed in a form are the same value and records compare equal.
 */
public final class Decimals {

    private Decimals() {
    }

    /** The value without trailing zeros and never in exponent notation; null stays null. */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (value.scale() == 0) {
            // a whole number written without decimals is canonical already; most figures are
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /** Two decimals, half-up, as reports print amounts and rates. */
    public static String twoDecimals(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The plain figure without trailing zeros (100, 98.5), as reports print rates and target values. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : canonical(value).toPlainString();
    }

    public static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
