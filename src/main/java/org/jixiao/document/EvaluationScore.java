package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The {@code score} object that {@code score} writes into a document (scoring.md).
 *
 * @param profile   the scoring profile applied, e.g. MOF_2020
 * @param total     the total out of 100, rounded to two decimals
 * @param execution the points for budget execution
 */
public record EvaluationScore(String profile, BigDecimal total, Grade grade, BigDecimal execution,
        List<KeyTaskScore> keyTasks, @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public EvaluationScore {
        total = Decimals.canonical(total);
        execution = Decimals.canonical(execution);
        keyTasks = Lists.copy(keyTasks);
        extensions = Extensions.copy(extensions);
    }

    /** The score of one key task: its total and grade out of 100, and each indicator's share. */
    public record KeyTaskScore(String name, BigDecimal total, Grade grade, BigDecimal execution,
            List<IndicatorScore> indicators, @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

        public KeyTaskScore {
            total = Decimals.canonical(total);
            execution = Decimals.canonical(execution);
            indicators = Lists.copy(indicators);
            extensions = Extensions.copy(extensions);
        }
    }

    /**
     * One indicator's score.
     *
     * @param points the points it can earn
     * @param ratio  its achievement ratio r in [0, 1]
     * @param score  points × ratio
     */
    public record IndicatorScore(String name, BigDecimal points, BigDecimal ratio, BigDecimal score,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

        public IndicatorScore {
            points = Decimals.canonical(points);
            ratio = Decimals.canonical(ratio);
            score = Decimals.canonical(score);
            extensions = Extensions.copy(extensions);
        }
    }
}
