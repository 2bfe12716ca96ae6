package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Map;

/**
 * 绩效指标: one measurable result, three levels deep.
 *
 * @param level1          一级指标; null where neither stated nor inferred
 * @param level2          二级指标
 * @param levelInferred   true where the levels were inferred by the program, not stated by the source
 * @param name            三级指标, e.g. 案件办结率
 * @param cycleTarget     实施周期指标值
 * @param annualTarget    年度指标值
 * @param actual          实际完成值
 * @param met             the source's verdict (完成绩效目标 true, 未完成 false), null if none
 * @param rating          the evaluator's rating in % of a qualitative indicator
 * @param score           得分 as the source states it
 * @param weight          分值
 * @param deviationReason 偏差原因分析及改进措施
 */
public record Indicator(
        IndicatorCategory level1,
        IndicatorSubcategory level2,
        Boolean levelInferred,
        String name,
        Target cycleTarget,
        Target annualTarget,
        Target actual,
        Boolean met,
        BigDecimal rating,
        BigDecimal score,
        BigDecimal weight,
        String deviationReason,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public Indicator {
        rating = Decimals.canonical(rating);
        score = Decimals.canonical(score);
        weight = Decimals.canonical(weight);
        extensions = Extensions.copy(extensions);
    }

    /** The target an actual is held against: the annual one, else the one for the whole period. */
    public Target target() {
        return annualTarget != null ? annualTarget : cycleTarget;
    }

    /** The first-level category to score under: stated, else that of the second level, else OUTPUT. */
    public IndicatorCategory effectiveCategory() {
        if (level1 != null) {
            return level1;
        }
        return level2 != null ? level2.category() : IndicatorCategory.OUTPUT;
    }
}
