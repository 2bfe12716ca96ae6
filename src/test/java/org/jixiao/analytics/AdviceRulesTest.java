package org.jixiao.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.jixiao.analytics.AdviceRules.Action;
import org.jixiao.analytics.AdviceRules.Rule;
import org.jixiao.document.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdviceRulesTest {

    private final AdviceRules rules = AdviceRules.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            100,   EXCELLENT, PRIORITY, 688.34
            90,    EXCELLENT, PRIORITY, 688.34
            89.99, GOOD,      KEEP,     688.34
            80,    GOOD,      KEEP,     688.34
            79.99, FAIR,      CUT,      619.506
            60,    FAIR,      CUT,      619.506
            59.99, POOR,      CANCEL,   0
            0,     POOR,      CANCEL,   0
            """)
    void aGradeLeadsToItsAdvice(BigDecimal total, Grade grade, Action action, BigDecimal advised) {
        // 中: 688.34 × (100 − 10) % = 619.506
        AdviceRules.Advice advice = rules.advise(2023, total, new BigDecimal("688.34"));

        assertThat(advice.grade()).isEqualTo(grade);
        assertThat(advice.action()).isEqualTo(action);
        assertThat(advice.advisedBudget()).isEqualByComparingTo(advised);
    }

    @Test
    void theReasonQuotesScoreGradeRuleAndAmounts() {
        assertThat(rules.advise(2023, new BigDecimal("72.5"), new BigDecimal("100")).reason())
                .isEqualTo("2023年度自评得分72.50（中），建议下年度预算压减10%：本年度预算100.00万元，建议90.00万元");
        assertThat(rules.advise(2023, new BigDecimal("95"), null).reason())
                .isEqualTo("2023年度自评得分95.00（优），建议下年度预算优先保障");
    }

    @Test
    void aRegionSetsItsOwnCut() {
        AdviceRules strict = new AdviceRules(Map.of(Grade.EXCELLENT, new Rule(Action.PRIORITY, BigDecimal.ZERO),
                Grade.GOOD, new Rule(Action.CUT, new BigDecimal("5")), Grade.FAIR, new Rule(Action.CUT, new BigDecimal("20")),
                Grade.POOR, new Rule(Action.CANCEL, BigDecimal.ZERO)));

        // 良: 200 × 95 % = 190; 中: 200 × 80 % = 160
        assertThat(strict.advise(2024, new BigDecimal("85"), new BigDecimal("200")).advisedBudget()).isEqualByComparingTo("190");
        assertThat(strict.advise(2024, new BigDecimal("70"), new BigDecimal("200")).advisedBudget()).isEqualByComparingTo("160");
    }

    @Test
    void everyGradeNeedsARule() {
        assertThatThrownBy(() -> new AdviceRules(Map.of(Grade.EXCELLENT, new Rule(Action.KEEP, BigDecimal.ZERO))))
                .hasMessageContaining("缺少等级");
        assertThatThrownBy(() -> new Rule(Action.CUT, new BigDecimal("120"))).hasMessageContaining("0 至 100");
    }

    @Test
    void anEvaluationWithTooLittleToScoreIsAdvisedToCompleteItsIndicatorsNotCut() {
        AdviceRules.Advice advice = rules.adviseNotScorable(2023, "没有重点工作任务");

        assertThat(advice.grade()).isNull();
        assertThat(advice.action()).isEqualTo(Action.COMPLETE_INDICATORS);
        assertThat(advice.advisedBudget()).isNull();
        assertThat(advice.reason()).startsWith("2023年度自评无法评分（没有重点工作任务），不按等级提出预算增减建议")
                .contains("补充重点工作任务的绩效指标");
    }

    @Test
    void noGradeMayBeAdvisedToCompleteItsIndicators() {
        assertThatThrownBy(() -> new AdviceRules(Map.of(Grade.EXCELLENT, new Rule(Action.PRIORITY, BigDecimal.ZERO),
                Grade.GOOD, new Rule(Action.KEEP, BigDecimal.ZERO), Grade.FAIR, new Rule(Action.CUT, BigDecimal.TEN),
                Grade.POOR, new Rule(Action.COMPLETE_INDICATORS, BigDecimal.ZERO))))
                .hasMessageContaining("只用于无法评分的评价");
    }
}
