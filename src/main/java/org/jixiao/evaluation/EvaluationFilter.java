package org.jixiao.evaluation;

import java.util.List;

/**
 * Which evaluations to list or export; null criteria select everything.
 *
 * @param ids      these evaluations only
 * @param year     one fiscal year
 * @param unitName units whose name contains this text
 */
public record EvaluationFilter(List<Long> ids, Integer year, String unitName) {

    public static final EvaluationFilter ALL = new EvaluationFilter(null, null, null);

    public EvaluationFilter {
        ids = ids == null || ids.isEmpty() ? null : List.copyOf(ids);
        unitName = unitName == null || unitName.isBlank() ? null : unitName.strip();
    }
}
