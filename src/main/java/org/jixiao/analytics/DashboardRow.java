package org.jixiao.analytics;

import java.math.BigDecimal;
import org.jixiao.document.Grade;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationStatus;

/** One evaluation on the finance bureau's dashboard of a region and year. */
public record DashboardRow(long evaluationId, long unitId, String unitName, Kind kind, String subject,
        BigDecimal budget, BigDecimal executed, BigDecimal executionRate, BigDecimal totalScore, Grade grade,
        int errors, int warnings, int indicators, int indicatorsMet, EvaluationStatus status) {

    public String title() {
        return subject == null || subject.isEmpty() ? unitName : unitName + "·" + subject;
    }

    /** Share of indicators fully achieved, in %, or null where there are none. */
    public BigDecimal completionPercent() {
        return indicators == 0 ? null : BigDecimal.valueOf(indicatorsMet * 100L)
                .divide(BigDecimal.valueOf(indicators), 1, java.math.RoundingMode.HALF_UP);
    }
}
