package org.jixiao.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * Arithmetic on amounts in 万元, the unit of every amount in a document. Exact: BigDecimal throughout,
 * six decimals at most (0.000001 万元 = 1 分).
 */
public final class Money {

    /** Decimals a stored amount keeps: one 分 in 万元. */
    public static final int SCALE = 6;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int RATE_SCALE = 30;

    private Money() {
    }

    /** An amount written in 元 (yuan), as some reports print it, in 万元 exactly. */
    public static BigDecimal fromYuan(BigDecimal yuan) {
        return yuan == null ? null : Decimals.canonical(yuan.divide(TEN_THOUSAND));
    }

    /** The sum of the amounts, or null if any of them is not stated. */
    public static BigDecimal sumOrNull(Collection<BigDecimal> amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            if (amount == null) {
                return null;
            }
            sum = sum.add(amount);
        }
        return Decimals.canonical(sum);
    }

    /** executed ÷ budget in percent, to two decimals; null where the budget is not stated or zero. */
    public static BigDecimal rate(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return executed.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
    }

    /**
     * executed ÷ budget in percent at full precision (30 decimal places), for comparisons that must not round
     * twice. By scale rather than by MathContext: a quotient that terminates (100) then keeps its zeros instead of
     * having 30 of them stripped one division at a time, which made this the slowest step of a money check.
     */
    public static BigDecimal exactRate(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return executed.multiply(HUNDRED).divide(budget, RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** Whether two amounts differ by no more than the tolerance. */
    public static boolean within(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        Objects.requireNonNull(tolerance);
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    /** The amount as reports print it: two decimals (688.34, 0.00). */
    public static String format(BigDecimal amount) {
        return Decimals.twoDecimals(amount);
    }
}
