package org.jixiao.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.document.Grade;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.scoring.Unscorable;

/**
 * One evaluation on the finance bureau's dashboard of a region and year.
 *
 * @param totalScore  jixiao's total, as assessed when it was saved; null where not scorable (or not yet assessed)
 * @param grade       its grade; null likewise
 * @param notScorable why it has no total and grade (NO_KEY_TASKS, NO_INDICATORS, NO_ACTUALS); null where scored
 * @param statedTotal the total its report states for itself (单位自评得分), where it states one
 * @param statedGrade the report's word for its grade, where it states one
 */
public record DashboardRow(long evaluationId, long unitId, String unitName, Kind kind, String subject,
        BigDecimal budget, BigDecimal executed, BigDecimal executionRate, BigDecimal totalScore, Grade grade,
        int errors, int warnings, int indicators, int indicatorsMet, EvaluationStatus status, String notScorable,
        BigDecimal statedTotal, String statedGrade) {

    public String title() {
        return subject == null || subject.isEmpty() ? unitName : unitName + "·" + subject;
    }

    /** Whether the report states a score of its own. */
    public boolean statesScore() {
        return statedTotal != null || statedGrade != null;
    }

    /** What the evaluation lacks to be scored, in Chinese (重点工作任务均无绩效指标), or null where it is scored. */
    public String missing() {
        return notScorable == null ? null : Unscorable.valueOf(notScorable).missing(kind);
    }

    /** Share of indicators fully achieved, in %, or null where there are none. */
    public BigDecimal completionPercent() {
        return indicators == 0 ? null : BigDecimal.valueOf(indicatorsMet * 100L)
                .divide(BigDecimal.valueOf(indicators), 1, RoundingMode.HALF_UP);
    }
}
