package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The share of the annual budget expected to be spent by the end of each month (cumulative, in %), January to
 * December. Linear by default (1/12 a month); a region may set its own, e.g. slower in the first quarter.
 */
public record ProgressCurve(List<BigDecimal> cumulativePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ProgressCurve {
        if (cumulativePercent == null || cumulativePercent.size() != 12) {
            throw new IllegalArgumentException("进度曲线应有 12 个月的累计百分比");
        }
        BigDecimal previous = BigDecimal.ZERO;
        for (BigDecimal share : cumulativePercent) {
            if (share == null || share.compareTo(previous) < 0 || share.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("进度曲线的累计百分比应逐月不减，且在 0 至 100 之间：" + cumulativePercent);
            }
            previous = share;
        }
        if (previous.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("进度曲线 12 月应为 100%");
        }
        cumulativePercent = List.copyOf(cumulativePercent);
    }

    /** 1/12 of the budget a month: 8.33 % by January, 66.67 % by August, 100 % by December. */
    public static ProgressCurve linear() {
        List<BigDecimal> shares = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            shares.add(HUNDRED.multiply(BigDecimal.valueOf(month)).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP));
        }
        shares.set(11, HUNDRED);
        return new ProgressCurve(shares);
    }

    /** The cumulative share expected by the end of the month (1–12), in %. */
    public BigDecimal expectedBy(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("月份应为 1 至 12：" + month);
        }
        return cumulativePercent.get(month - 1);
    }
}
