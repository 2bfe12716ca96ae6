package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The {@code score} object that {@code score} writes into a document (scoring.md). Every figure is rounded
 * half-up to two decimals as shown; the totals are computed exactly before rounding.
 *
 * @param profile        the scoring profile applied, e.g. MOF_2020
 * @param total          the total out of 100
 * @param execution      the points for budget execution
 * @param executionRate  the execution rate (%) those points were given for; null where none is known
 * @param indicatorScore the points from indicators: the key tasks' indicator scores averaged with their budgets
 *                       as weights (for a project, the project's own)
 * @param cap            the most the total may be under the profile's execution-rate caps, where one applied
 */
public record EvaluationScore(String profile, BigDecimal total, Grade grade, BigDecimal execution,
        BigDecimal executionRate, BigDecimal indicatorScore, BigDecimal cap, List<KeyTaskScore> keyTasks,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public EvaluationScore {
        total = Decimals.canonical(total);
        execution = Decimals.canonical(execution);
        executionRate = Decimals.canonical(executionRate);
        indicatorScore = Decimals.canonical(indicatorScore);
        cap = Decimals.canonical(cap);
        keyTasks = Lists.copy(keyTasks);
        extensions = Extensions.copy(extensions);
    }

    /** A score with the fields every version of the format has. */
    public EvaluationScore(String profile, BigDecimal total, Grade grade, BigDecimal execution,
            List<KeyTaskScore> keyTasks, Map<String, Object> extensions) {
        this(profile, total, grade, execution, null, null, null, keyTasks, extensions);
    }

    /**
     * The score of one key task, out of 100 like a project: its own execution points plus its indicators.
     *
     * @param weight the key task's share in the department's indicator score (its budget over all budgets)
     */
    public record KeyTaskScore(String name, BigDecimal total, Grade grade, BigDecimal execution,
            BigDecimal executionRate, BigDecimal indicatorScore, BigDecimal weight, BigDecimal cap,
            List<IndicatorScore> indicators, @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

        public KeyTaskScore {
            total = Decimals.canonical(total);
            execution = Decimals.canonical(execution);
            executionRate = Decimals.canonical(executionRate);
            indicatorScore = Decimals.canonical(indicatorScore);
            weight = Decimals.canonical(weight);
            cap = Decimals.canonical(cap);
            indicators = Lists.copy(indicators);
            extensions = Extensions.copy(extensions);
        }

        public KeyTaskScore(String name, BigDecimal total, Grade grade, BigDecimal execution,
                List<IndicatorScore> indicators, Map<String, Object> extensions) {
            this(name, total, grade, execution, null, null, null, null, indicators, extensions);
        }
    }

    /**
     * One indicator's score.
     *
     * @param category  the first-level category it was scored under (COST counts as OUTPUT unless the profile
     *                  gives cost its own points)
     * @param points    the points it can earn
     * @param ratio     its achievement ratio r in [0, 1]
     * @param score     points × ratio, less any deduction
     * @param deduction points deducted for a target clearly set too low (profile option), where any
     * @param basis     how the ratio was found, in Chinese (实际 8次 ÷ 目标 10次 = 0.8)
     */
    public record IndicatorScore(String name, IndicatorCategory category, BigDecimal points, BigDecimal ratio,
            BigDecimal score, BigDecimal deduction, String basis,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

        public IndicatorScore {
            points = Decimals.canonical(points);
            ratio = Decimals.canonical(ratio);
            score = Decimals.canonical(score);
            deduction = Decimals.canonical(deduction);
            extensions = Extensions.copy(extensions);
        }

        public IndicatorScore(String name, BigDecimal points, BigDecimal ratio, BigDecimal score,
                Map<String, Object> extensions) {
            this(name, null, points, ratio, score, null, null, extensions);
        }
    }
}
