package org.jixiao.document;

import java.math.BigDecimal;
import java.math.MathContext;
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

    /** executed ÷ budget in percent at full precision, for comparisons that must not round twice. */
    public static BigDecimal exactRate(BigDecimal executed, BigDecimal budget) {
        if (executed == null || budget == null || budget.signum() == 0) {
            return null;
        }
        return executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL128);
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
