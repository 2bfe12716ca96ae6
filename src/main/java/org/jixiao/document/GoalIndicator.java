package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Map;

/**
 * One indicator of a goal sheet: the evaluation's indicator as it stands before the year, with its targets only and
 * what they rest on. Its fields carry the names of {@link Indicator}'s, so a goal and next year's self-evaluation
 * speak of the same indicator alike.
 *
 * @param level1      一级指标
 * @param level2      二级指标
 * @param name        三级指标
 * @param cycleTarget 实施周期指标值 (a project of several years)
 * @param annualTarget 年度指标值
 * @param basis       指标值设定依据
 * @param basisNote   the basis in words: which year's figure, which standard or plan, or what else
 */
public record GoalIndicator(
        IndicatorCategory level1,
        IndicatorSubcategory level2,
        String name,
        Target cycleTarget,
        Target annualTarget,
        TargetBasis basis,
        String basisNote,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public GoalIndicator {
        name = name == null ? null : name.strip();
        basisNote = basisNote == null || basisNote.isBlank() ? null : basisNote.strip();
        extensions = Extensions.copy(extensions);
    }

    /** The goal's indicator as the evaluation's, without a result yet: what the indicator linter reads. */
    public Indicator asIndicator() {
        return Indicator.builder().levels(level1, level2, null).name(name).cycleTarget(cycleTarget)
                .annualTarget(annualTarget).build();
    }

    /** An evaluation's indicator as a goal: its levels, name and targets; the basis is for the unit to give. */
    public static GoalIndicator of(Indicator indicator, TargetBasis basis, String basisNote) {
        return new GoalIndicator(indicator.level1(), indicator.level2(), indicator.name(), indicator.cycleTarget(),
                indicator.annualTarget(), basis, basisNote, null);
    }
}
