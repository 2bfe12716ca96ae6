package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding half-up to a few decimals, as a score shows its figures (two) and its reasoning its ratios (four),
 * without dividing a long exact value by a power of ten. A score is points × a ratio of 34 decimal places and sums
 * of such products: 60–70 digits, whose {@code setScale(2, HALF_UP)} is a long division, once most of the time
 * {@code score} spent. A double only chooses the direction: |value| × 10^decimals is approximated in binary
 * floating point (off by less than 10⁻⁷), which decides the rounding unless it falls within 10⁻⁶ of a halfway
 * point (x.xx5); there the exact rounding decides. The result is a BigDecimal equal to
 * {@code setScale(decimals, RoundingMode.HALF_UP)} in every case (HalfUpProperties), not a double's rounding.
 */
final class HalfUp {

    /** Powers of ten as doubles, each the nearest double to 10^k. */
    private static final double[] POWERS = new double[128];
    /** Digits before the point and after it up to which a double holds |value| × 10^decimals (below 10⁸) to 10⁻⁷. */
    private static final int SHOWN_DIGITS = 8;
    /** How close to a halfway point the approximation may come before the exact rounding decides. */
    private static final double MARGIN = 1e-6;

    static {
        for (int k = 0; k < POWERS.length; k++) {
            POWERS[k] = Double.parseDouble("1e" + k);
        }
    }

    private HalfUp() {
    }

    /** The value half-up to two decimals, as a score shows it. */
    static BigDecimal twoDecimals(BigDecimal value) {
        return round(value, 2);
    }

    /** The same as {@code value.setScale(decimals, RoundingMode.HALF_UP)}. */
    static BigDecimal round(BigDecimal value, int decimals) {
        int scale = value.scale();
        int precision = value.precision();
        // few digits or few decimals: the exact rounding is cheap; large values: a double holds too few decimals
        if (scale <= decimals || scale >= POWERS.length || precision <= 18
                || precision - scale + decimals > SHOWN_DIGITS) {
            return value.setScale(decimals, RoundingMode.HALF_UP);
        }
        // |value| × 10^decimals with a relative error below 4 × 10⁻¹⁶ (three roundings): off by less than 10⁻⁷
        double scaled = Math.abs(value.unscaledValue().doubleValue() / POWERS[scale - decimals]);
        double fraction = scaled - Math.floor(scaled);
        // half-up changes only at a halfway point; close to one the approximation cannot tell the side
        if (Math.abs(fraction - 0.5) < MARGIN) {
            return value.setScale(decimals, RoundingMode.HALF_UP);
        }
        long units = (long) Math.floor(scaled + 0.5);
        return BigDecimal.valueOf(value.signum() < 0 ? -units : units, decimals);
    }
}
