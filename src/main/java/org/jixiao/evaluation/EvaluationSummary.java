package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import org.jixiao.document.Kind;

/** One line of a list of evaluations, read without the content. */
public record EvaluationSummary(long id, long unitId, String unitName, String region, int fiscalYear, Kind kind, String subject,
        EvaluationStatus status, BigDecimal budget, BigDecimal executed, BigDecimal executionRate, int keyTasks,
        int indicators, Instant updatedAt, BigDecimal totalScore, String grade) {

    /** The evaluation's title: the unit, and for a project the project. */
    public String title() {
        return subject == null || subject.isEmpty() ? unitName : unitName + "·" + subject;
    }
}
