package org.jixiao.analytics;

import java.util.Map;
import org.jixiao.document.Grade;
import org.jixiao.evaluation.EvaluationStatus;

/**
 * Which rows of a region and year, in which order. Sort keys are a fixed list, never SQL from the request.
 *
 * @param sort one of {@link #SORT_COLUMNS}' keys; unknown keys sort by unit
 */
public record DashboardQuery(String region, int year, String sort, boolean descending, EvaluationStatus status,
        Grade grade, String unit) {

    static final Map<String, String> SORT_COLUMNS = Map.of(
            "unit", "e.unit_name",
            "budget", "e.budget",
            "rate", "e.execution_rate",
            "score", "e.total_score",
            "grade", "e.total_score",
            "findings", "e.error_count * 1000 + e.warning_count",
            "status", "e.status");

    public DashboardQuery {
        sort = sort == null || !SORT_COLUMNS.containsKey(sort) ? "unit" : sort;
        unit = unit == null || unit.isBlank() ? null : unit.strip();
    }

    String orderBy() {
        // NULLS LAST keeps unscored units at the end whichever way the column runs
        return SORT_COLUMNS.get(sort) + (descending ? " DESC" : " ASC") + " NULLS LAST, e.unit_name, e.id";
    }
}
