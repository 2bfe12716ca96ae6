package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 收支情况 under the wordings and number styles reports use, into exact amounts in 万元. */
class FundsWordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "全年预算数 688.34 万元，执行数 688.34 万元，完成预算的 100%。|688.34|688.34|100",
        "年度预算数688.34万元，实际支出600万元，预算执行率87.17%。|688.34|600|87.17",
        "调整后预算数 6,883,400.00 元，预算完成数 6,000,000.00 元，执行率 87.17%。|688.34|600|87.17",
        "全年预算数６８８．３４万元，执行数６００．００万元，执行率８７．１７％。|688.34|600|87.17",
        "全年预算数 6 88. 34 万 元，执行数 6 00 万元，执行率 87. 17 %。|688.34|600|87.17",
        "全年预算数 1.25 亿元，实际支出 1.2 亿元，执行率 96%。|12500|12000|96",
        "全年预算数 123.4567 元，执行数 0.01 元，执行率 0.01%。|0.01234567|0.000001|0.01",
    })
    void budgetExecutionAndRate(String text, BigDecimal budget, BigDecimal executed, BigDecimal rate) {
        Funds funds = FundsReader.read(text);

        assertThat(funds.budget()).isEqualByComparingTo(budget);
        assertThat(funds.executed()).isEqualByComparingTo(executed);
        assertThat(funds.executionRate()).isEqualByComparingTo(rate);
    }

    @Test
    void theInitialBudgetIsNotTakenForTheAdjustedOne() {
        Funds funds = FundsReader.read("年初预算数 500 万元，执行数 480 万元。");

        assertThat(funds.initialBudget()).isEqualByComparingTo("500");
        assertThat(funds.budget()).isNull();
    }

    @Test
    void bySourceWithBudgetAndExecutionAndByNature() {
        Funds funds = FundsReader.read("按资金来源分，一般公共预算财政拨款预算 300 万元，支出 280 万元；政府性基金预算财政拨款支出 20 万元；"
                + "上年结转资金支出 5 万元。按支出性质看，基本支出 200 万元（其中人员经费 150 万元，公用经费 50 万元），项目支出 105 万元。"
                + "年末结转和结余 15 万元。");

        assertThat(funds.bySource()).extracting(s -> s.source()).containsExactly(FundSource.GENERAL_PUBLIC_BUDGET,
                FundSource.GOVERNMENT_FUND, FundSource.PRIOR_YEAR_CARRYOVER);
        assertThat(funds.bySource().get(0).budget()).isEqualByComparingTo("300");
        assertThat(funds.bySource().get(0).executed()).isEqualByComparingTo("280");
        assertThat(funds.bySource().get(1).budget()).isNull();
        assertThat(funds.byNature().basic()).isEqualByComparingTo("200");
        assertThat(funds.byNature().personnel()).isEqualByComparingTo("150");
        assertThat(funds.byNature().publicUse()).isEqualByComparingTo("50");
        assertThat(funds.byNature().project()).isEqualByComparingTo("105");
        assertThat(funds.carryover()).isEqualByComparingTo("15");
    }

    @Test
    void aDeclaredUnitOfYuanAppliesToBareFigures() {
        Funds funds = FundsReader.read("（单位：元）全年预算数 1,234,567.89，执行数 1,200,000.00。");

        assertThat(funds.budget()).isEqualByComparingTo("123.456789");
        assertThat(funds.executed()).isEqualByComparingTo("120");
    }

    @Test
    void noFiguresNoFunds() {
        assertThat(FundsReader.read("本部门收支情况良好。")).isNull();
    }
}
