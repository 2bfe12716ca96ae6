package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import org.jixiao.document.Kind;

/**
 * One line of a list of evaluations, read without the content.
 *
 * @param totalScore  the stored assessment's total; null where not assessed or not scorable
 * @param grade       its grade (EXCELLENT …); null likewise
 * @param notScorable why it has no total and grade (NO_KEY_TASKS, NO_INDICATORS, NO_ACTUALS), null where scored
 * @param statedTotal the report's own 自评得分, where it states one
 * @param statedGrade the report's own word for its grade, where it states one
 * @param errors      the stored assessment's ERROR findings
 * @param warnings    its WARNING findings
 * @param submittedAt when the unit last submitted it (送审); null for a draft never submitted
 */
public record EvaluationSummary(long id, long unitId, String unitName, String region, int fiscalYear, Kind kind, String subject,
        EvaluationStatus status, BigDecimal budget, BigDecimal executed, BigDecimal executionRate, int keyTasks,
        int indicators, Instant updatedAt, BigDecimal totalScore, String grade, String notScorable,
        BigDecimal statedTotal, String statedGrade, int errors, int warnings, Instant submittedAt) {

    /** The evaluation's title: the unit, and for a project the project. */
    public String title() {
        return subject == null || subject.isEmpty() ? unitName : unitName + "·" + subject;
    }
}
