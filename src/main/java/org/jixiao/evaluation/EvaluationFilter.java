package org.jixiao.evaluation;

import java.util.List;

/**
 * Which evaluations to list or export; null criteria select everything.
 *
 * @param ids      these evaluations only
 * @param year     one fiscal year
 * @param unitName units whose name contains this text
 * @param unitId   one unit only
 * @param region   units of one region only
 * @param statuses these statuses only
 * @param text     words anywhere in the unit's name, the report's text, its key tasks or indicators
 */
public record EvaluationFilter(List<Long> ids, Integer year, String unitName, Long unitId, String region,
        List<EvaluationStatus> statuses, String text) {

    public static final EvaluationFilter ALL = new EvaluationFilter(null, null, null);

    public EvaluationFilter {
        ids = ids == null || ids.isEmpty() ? null : List.copyOf(ids);
        unitName = unitName == null || unitName.isBlank() ? null : unitName.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        statuses = statuses == null || statuses.isEmpty() ? null : List.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public EvaluationFilter(List<Long> ids, Integer year, String unitName) {
        this(ids, year, unitName, null, null, null, null);
    }

    public EvaluationFilter withUnit(Long id) {
        return new EvaluationFilter(ids, year, unitName, id, region, statuses, text);
    }

    public EvaluationFilter withRegion(String name) {
        return new EvaluationFilter(ids, year, unitName, unitId, name, statuses, text);
    }

    public EvaluationFilter withStatuses(List<EvaluationStatus> only) {
        return new EvaluationFilter(ids, year, unitName, unitId, region, only, text);
    }

    public EvaluationFilter withText(String words) {
        return new EvaluationFilter(ids, year, unitName, unitId, region, statuses, words);
    }
}
