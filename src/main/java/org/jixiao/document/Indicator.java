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

    /** An indicator made a value at a time; what is not set is none, so that a field added later changes no caller. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder with this indicator's values, to change some of them and keep the rest, what comes later included. */
    public Builder toBuilder() {
        return new Builder().levels(level1, level2, levelInferred).name(name).cycleTarget(cycleTarget)
                .annualTarget(annualTarget).actual(actual).met(met).rating(rating).score(score).weight(weight)
                .deviationReason(deviationReason).extensions(extensions);
    }

    /** The values of an indicator one by one; {@link #build()} makes it. */
    public static final class Builder {

        private IndicatorCategory level1;
        private IndicatorSubcategory level2;
        private Boolean levelInferred;
        private String name;
        private Target cycleTarget;
        private Target annualTarget;
        private Target actual;
        private Boolean met;
        private BigDecimal rating;
        private BigDecimal score;
        private BigDecimal weight;
        private String deviationReason;
        private Map<String, Object> extensions;

        private Builder() {
        }

        public Builder levels(IndicatorCategory level1, IndicatorSubcategory level2, Boolean levelInferred) {
            this.level1 = level1;
            this.level2 = level2;
            this.levelInferred = levelInferred;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder cycleTarget(Target cycleTarget) {
            this.cycleTarget = cycleTarget;
            return this;
        }

        public Builder annualTarget(Target annualTarget) {
            this.annualTarget = annualTarget;
            return this;
        }

        public Builder actual(Target actual) {
            this.actual = actual;
            return this;
        }

        public Builder met(Boolean met) {
            this.met = met;
            return this;
        }

        public Builder rating(BigDecimal rating) {
            this.rating = rating;
            return this;
        }

        public Builder score(BigDecimal score) {
            this.score = score;
            return this;
        }

        public Builder weight(BigDecimal weight) {
            this.weight = weight;
            return this;
        }

        public Builder deviationReason(String deviationReason) {
            this.deviationReason = deviationReason;
            return this;
        }

        public Builder extensions(Map<String, Object> extensions) {
            this.extensions = extensions;
            return this;
        }

        public Indicator build() {
            return new Indicator(level1, level2, levelInferred, name, cycleTarget, annualTarget, actual, met, rating,
                    score, weight, deviationReason, extensions);
        }
    }
}
