package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The {@code score} object that {@code score} writes into a document (docs/scoring.md). Every figure is rounded
 * half-up to two decimals as shown; the totals are computed exactly before rounding.
 *
 * <p>A document with too little to score (no key task, or no key task with an indicator) is not graded: its total
 * and grade are null, written as {@code null}, and {@code notScorable} says what is missing.
 *
 * @param profile        the scoring profile applied, e.g. MOF_2020
 * @param total          the total out of 100; null where the document is not scorable
 * @param grade          the grade of the total; null where the document is not scorable
 * @param notScorable    what the document lacks to be scored, where it lacks something; else null
 * @param stated         the score the document states for itself ({@code statedScore}) beside this one, where it
 *                       states one; else null
 * @param execution      the points for budget execution
 * @param executionRate  the execution rate (%) those points were given for; null where none is known
 * @param indicatorScore the points from indicators: the key tasks' indicator scores averaged with their budgets
 *                       as weights (for a project, the project's own)
 * @param cap            the most the total may be under the profile's execution-rate caps, where one applied
 */
public record EvaluationScore(String profile, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal total,
        @JsonInclude(JsonInclude.Include.ALWAYS) Grade grade, NotScorable notScorable, Stated stated,
        BigDecimal execution, BigDecimal executionRate, BigDecimal indicatorScore, BigDecimal cap,
        List<KeyTaskScore> keyTasks, @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public EvaluationScore {
        total = Decimals.canonical(total);
        execution = Decimals.canonical(execution);
        executionRate = Decimals.canonical(executionRate);
        indicatorScore = Decimals.canonical(indicatorScore);
        cap = Decimals.canonical(cap);
        keyTasks = Lists.copy(keyTasks);
        extensions = Extensions.copy(extensions);
    }

    /** A score of a scorable document that states no score of its own. */
    public EvaluationScore(String profile, BigDecimal total, Grade grade, BigDecimal execution,
            BigDecimal executionRate, BigDecimal indicatorScore, BigDecimal cap, List<KeyTaskScore> keyTasks,
            Map<String, Object> extensions) {
        this(profile, total, grade, null, null, execution, executionRate, indicatorScore, cap, keyTasks, extensions);
    }

    /** Whether the document was scored: it has a total and a grade, rather than a reason it has none. */
    @JsonIgnore
    public boolean isScorable() {
        return notScorable == null;
    }

    /** The same score naming its profile otherwise (a page names it by its title, not its code). */
    public EvaluationScore withProfile(String newProfile) {
        return new EvaluationScore(newProfile, total, grade, notScorable, stated, execution, executionRate,
                indicatorScore, cap, keyTasks, extensions);
    }

        /** The same score with the document's own stated score beside it (null: none). */
    public EvaluationScore withStated(Stated newStated) {
        return new EvaluationScore(profile, total, grade, notScorable, newStated, execution, executionRate,
                indicatorScore, cap, keyTasks, extensions);
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

    /**
     * Why a document is not graded (docs/scoring.md, "Too little to score"), as the finding NOT_SCORABLE says it.
     *
     * @param reason     NO_KEY_TASKS, NO_INDICATORS or NO_ACTUALS
     * @param message    what is missing, in Chinese (重点工作任务均无绩效指标，无法评分)
     * @param suggestion what to add, in Chinese
     */
    public record NotScorable(String reason, String message, String suggestion,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

        public NotScorable {
            extensions = Extensions.copy(extensions);
        }

        public NotScorable(String reason, String message, String suggestion) {
            this(reason, message, suggestion, null);
        }
    }

    /**
     * The score a document states for itself, beside the computed one.
     *
     * @param total      the stated total (自评得分), or null where only a grade is stated
     * @param grade      the stated grade in the source's word (优, 良好 …), or null
     * @param difference the stated total less the computed total; null where either is missing
     */
    public record Stated(BigDecimal total, String grade, BigDecimal difference,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

        public Stated {
            total = Decimals.canonical(total);
            difference = Decimals.canonical(difference);
            extensions = Extensions.copy(extensions);
        }

        public Stated(BigDecimal total, String grade, BigDecimal difference) {
            this(total, grade, difference, null);
        }
    }
}
