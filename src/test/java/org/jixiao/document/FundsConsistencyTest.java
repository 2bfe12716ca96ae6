package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

class FundsConsistencyTest {

    private final EvaluationDocument seed = SeedDocument.load();

    @Test
    void theSeedAddsUp() {
        assertThat(FundsConsistency.check(seed)).isEmpty();
    }

    @Test
    void sourcesThatDoNotAddUpToTheExecutedAmount() {
        // 688.34 executed, but the sources say 600.00 + 80.00 = 680.00
        EvaluationDocument document = seed.withFunds(seed.funds().withSources(List.of(
                SourceFunds.executed(FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("600.00")),
                SourceFunds.executed(FundSource.OTHER, new BigDecimal("80.00")))));

        assertThat(FundsConsistency.check(document)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("FUNDS_MISMATCH");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.path()).isEqualTo("$.funds.bySource");
            assertThat(finding.message()).contains("680.00", "688.34", "8.34");
        });
    }

    @Test
    void roundingOfEachPrintedPartIsNoMismatch() {
        // three parts each rounded to 0.01 may miss the printed total by up to 0.015
        EvaluationDocument document = seed.withFunds(seed.funds().withSources(List.of(
                SourceFunds.executed(FundSource.GENERAL_PUBLIC_BUDGET, new BigDecimal("688.33")),
                SourceFunds.executed(FundSource.GOVERNMENT_FUND, new BigDecimal("0.00")),
                SourceFunds.executed(FundSource.OTHER, new BigDecimal("0.00")))));

        assertThat(FundsConsistency.check(document)).isEmpty();
    }

    @Test
    void basicAndProjectSpendingThatDoNotMakeTheTotal() {
        EvaluationDocument document = seed.withFunds(seed.funds().withByNature(
                new FundsByNature(new BigDecimal("581.73"), new BigDecimal("16.61"), null, null, null)));

        // 581.73 + 16.61 = 598.34 ≠ 688.34; and the key tasks' 99.63 no longer fit in 16.61 of project spending
        assertThat(FundsConsistency.check(document)).extracting(Finding::path)
                .containsExactlyInAnyOrder("$.funds.byNature", "$.keyTasks");
    }

    @Test
    void personnelAndPublicUseThatDoNotMakeBasicSpending() {
        EvaluationDocument document = seed.withFunds(seed.funds().withByNature(new FundsByNature(
                new BigDecimal("581.73"), new BigDecimal("106.61"), new BigDecimal("500"), new BigDecimal("80"), null)));

        assertThat(FundsConsistency.check(document)).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("人员经费与公用经费合计"));
    }

    @Test
    void aStatedRateThatIsNotExecutedOverBudget() {
        // 650 / 688.34 = 94.43 %, stated as 100 %
        EvaluationDocument document = seed.withFunds(seed.funds()
                .withTotals(new BigDecimal("688.34"), new BigDecimal("650"), new BigDecimal("100")))
                .withKeyTasks(List.of());

        assertThat(FundsConsistency.check(document)).extracting(Finding::path)
                .contains("$.funds.executionRate");
    }

    @Test
    void aRateRoundedAsStatedIsRight() {
        // 650 / 688.34 = 94.4301 %: 94.43 and 94.4 are both right
        Funds funds = seed.funds().withSources(List.of()).withByNature(null);

        assertThat(FundsConsistency.check(seed.withFunds(funds.withTotals(new BigDecimal("688.34"),
                new BigDecimal("650"), new BigDecimal("94.43"))).withKeyTasks(List.of()))).isEmpty();
        assertThat(FundsConsistency.check(seed.withFunds(funds.withTotals(new BigDecimal("688.34"),
                new BigDecimal("650"), new BigDecimal("94.4"))).withKeyTasks(List.of()))).isEmpty();
        assertThat(FundsConsistency.check(seed.withFunds(funds.withTotals(new BigDecimal("688.34"),
                new BigDecimal("650"), new BigDecimal("94"))).withKeyTasks(List.of()))).isNotEmpty();
    }

    @Test
    void aKeyTaskSpendingMoreThanItsBudget() {
        KeyTask first = seed.keyTasks().get(0);
        EvaluationDocument document = seed.withKeyTasks(List.of(
                first.withFunds(new BigDecimal("91.20"), new BigDecimal("95.00"), null), seed.keyTasks().get(1)));

        assertThat(FundsConsistency.check(document)).singleElement().satisfies(finding -> {
            assertThat(finding.keyTask()).isZero();
            assertThat(finding.keyTaskName()).isEqualTo("妇联活动及组织建设阵地建设");
            assertThat(finding.path()).isEqualTo("$.keyTasks[0].executed");
        });
    }

    @Test
    void keyTaskBudgetsAboveTheProjectSpending() {
        // 100.00 + 8.43 = 108.43 > 106.61 project spending
        KeyTask first = seed.keyTasks().get(0);
        EvaluationDocument document = seed.withKeyTasks(List.of(
                first.withFunds(new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("100")),
                seed.keyTasks().get(1)));

        assertThat(FundsConsistency.check(document)).extracting(Finding::path).containsExactly("$.keyTasks");
    }

    @Test
    void unstatedAmountsAreNotChecked() {
        EvaluationDocument document = seed.withFunds(new Funds(new BigDecimal("688.34"), null, null, null,
                List.of(SourceFunds.executed(FundSource.OTHER, null)), null, null, null));

        assertThat(FundsConsistency.check(document)).isEmpty();
    }
}
