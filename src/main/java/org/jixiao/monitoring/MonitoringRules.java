package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The rules of execution monitoring: the expected progress curve, the thresholds of red and yellow (as a share of
 * the expected progress), and the month of the mid-year review point (August by default, as the 双监控 practice
 * asks for a review of the first eight months).
 *
 * @param redBelow    percent of the expected progress under which a task is red (60)
 * @param yellowBelow percent of the expected progress under which a task is yellow (80)
 * @param reviewMonth the month whose report is the review point (8)
 */
public record MonitoringRules(ProgressCurve curve, BigDecimal redBelow, BigDecimal yellowBelow, int reviewMonth) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public MonitoringRules {
        if (redBelow.compareTo(yellowBelow) > 0) {
            throw new IllegalArgumentException("红色阈值不应高于黄色阈值");
        }
        if (reviewMonth < 1 || reviewMonth > 12) {
            throw new IllegalArgumentException("评估点月份应为 1 至 12");
        }
    }

    public static MonitoringRules standard() {
        return new MonitoringRules(ProgressCurve.linear(), BigDecimal.valueOf(60), BigDecimal.valueOf(80), 8);
    }

    /**
     * Where a task stands at the end of a month: spent ÷ budget against the expected share.
     *
     * @param budget   the task's annual budget (万元)
     * @param executed spent since January (万元)
     */
    public Standing standing(BigDecimal budget, BigDecimal executed, int month) {
        BigDecimal expected = curve.expectedBy(month);
        if (budget == null || budget.signum() == 0 || executed == null) {
            return new Standing(month, expected, null, null, null);
        }
        BigDecimal rate = executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL128);
        BigDecimal ofExpected = expected.signum() == 0 ? HUNDRED
                : rate.multiply(HUNDRED).divide(expected, MathContext.DECIMAL128);
        Signal signal = ofExpected.compareTo(redBelow) < 0 ? Signal.RED
                : ofExpected.compareTo(yellowBelow) < 0 ? Signal.YELLOW : Signal.GREEN;
        return new Standing(month, expected, rate.setScale(2, RoundingMode.HALF_UP),
                ofExpected.setScale(2, RoundingMode.HALF_UP), signal);
    }

    public boolean isReviewPoint(int month) {
        return month == reviewMonth;
    }

    /**
     * A task at the end of a month.
     *
     * @param expectedPercent  the share of the budget expected to be spent by now
     * @param executionPercent the share actually spent (null where budget or spending is not known)
     * @param ofExpected       execution as a percentage of the expected progress
     * @param signal           red, yellow or green; null where not computable
     */
    public record Standing(int month, BigDecimal expectedPercent, BigDecimal executionPercent, BigDecimal ofExpected,
            Signal signal) {
    }
}
