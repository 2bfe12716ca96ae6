package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonitoringRulesTest {

    private final MonitoringRules rules = MonitoringRules.standard();

    @Test
    void theLinearCurveSpendsATwelfthAMonth() {
        ProgressCurve curve = ProgressCurve.linear();

        assertThat(curve.expectedBy(1)).isEqualByComparingTo("8.3333");
        assertThat(curve.expectedBy(6)).isEqualByComparingTo("50");
        assertThat(curve.expectedBy(8)).isEqualByComparingTo("66.6667");
        assertThat(curve.expectedBy(12)).isEqualByComparingTo("100");
    }

    /**
     * Budget 120 万元; by the end of June 50 % (60 万元) is expected. Red below 60 % of that (36 万元), yellow
     * below 80 % (48 万元).
     */
    @ParameterizedTest(name = "{0} 万元 by June → {2}")
    @CsvSource(textBlock = """
            60,  50,    GREEN
            48,  40,    GREEN
            47.99, 39.99, YELLOW
            36,  30,    YELLOW
            35.99, 29.99, RED
            0,   0,     RED
            130, 108.33, GREEN
            """)
    void aTaskIsRedYellowOrGreenByItsShareOfTheExpectedProgress(BigDecimal executed, BigDecimal rate, Signal signal) {
        MonitoringRules.Standing standing = rules.standing(new BigDecimal("120"), executed, 6);

        assertThat(standing.expectedPercent()).isEqualByComparingTo("50");
        assertThat(standing.executionPercent()).isEqualByComparingTo(rate);
        assertThat(standing.signal()).isEqualTo(signal);
    }

    @Test
    void withoutBudgetOrSpendingThereIsNoSignal() {
        assertThat(rules.standing(null, BigDecimal.TEN, 3).signal()).isNull();
        assertThat(rules.standing(BigDecimal.ZERO, BigDecimal.TEN, 3).signal()).isNull();
        assertThat(rules.standing(BigDecimal.TEN, null, 3).signal()).isNull();
    }

    @Test
    void aRegionsOwnCurveChangesWhatIsExpected() {
        // nothing expected in January and February, then linear to 100 % in December
        List<BigDecimal> shares = new ArrayList<>(Collections.nCopies(2, BigDecimal.ZERO));
        for (int month = 3; month <= 12; month++) {
            shares.add(BigDecimal.valueOf((month - 2) * 10L));
        }
        MonitoringRules slowStart = new MonitoringRules(new ProgressCurve(shares), BigDecimal.valueOf(60),
                BigDecimal.valueOf(80), 8);

        assertThat(slowStart.standing(new BigDecimal("100"), BigDecimal.ZERO, 2).signal()).isEqualTo(Signal.GREEN);
        // by August 60 % expected; 40 spent is 66.67 % of that: yellow
        assertThat(slowStart.standing(new BigDecimal("100"), new BigDecimal("40"), 8).signal()).isEqualTo(Signal.YELLOW);
    }

    @Test
    void theReviewPointIsAugust() {
        assertThat(rules.isReviewPoint(8)).isTrue();
        assertThat(rules.isReviewPoint(7)).isFalse();
    }

    @Test
    void aCurveMustRiseToAHundred() {
        List<BigDecimal> falling = new ArrayList<>(ProgressCurve.linear().cumulativePercent());
        falling.set(5, BigDecimal.ONE);
        List<BigDecimal> short11 = ProgressCurve.linear().cumulativePercent().subList(0, 11);

        assertThatThrownBy(() -> new ProgressCurve(falling)).hasMessageContaining("逐月不减");
        assertThatThrownBy(() -> new ProgressCurve(short11)).hasMessageContaining("12 个月");
        assertThatThrownBy(() -> rules.standing(BigDecimal.TEN, BigDecimal.ONE, 13)).hasMessageContaining("1 至 12");
    }
}
