package org.jixiao.exante;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.scoring.ExAnteConclusion;
import org.junit.jupiter.api.Test;

/** The threshold rule by hand: a region's threshold of 500 万元, amounts at, just below and above it. */
class ExAnteRequirementTest {

    private static final BigDecimal THRESHOLD = new BigDecimal("500");

    private static ExAnteRequirement of(String amount, boolean continuing, ExAnteConclusion conclusion) {
        return ExAnteRequirement.of(amount == null ? null : new BigDecimal(amount), THRESHOLD, continuing, conclusion);
    }

    @Test
    void aNewProjectAtOrAboveTheThresholdNeedsAConclusion() {
        // 500 ≥ 500 and 500.000001 ≥ 500: at the threshold counts
        assertThat(of("500", false, null)).isEqualTo(ExAnteRequirement.MISSING);
        assertThat(of("500.000001", false, null)).isEqualTo(ExAnteRequirement.MISSING);
        assertThat(of("1200", false, null).allowed()).isFalse();
    }

    @Test
    void belowTheThresholdNoneIsAskedFor() {
        // 499.99 < 500
        assertThat(of("499.99", false, null)).isEqualTo(ExAnteRequirement.BELOW_THRESHOLD);
        assertThat(of("0", false, null).allowed()).isTrue();
        assertThat(of(null, false, null)).as("a sheet stating no money").isEqualTo(ExAnteRequirement.BELOW_THRESHOLD);
    }

    @Test
    void aContinuingProjectIsNotAssessedAgain() {
        assertThat(of("5000", true, null)).isEqualTo(ExAnteRequirement.CONTINUING);
        assertThat(of("5000", true, null).allowed()).isTrue();
    }

    @Test
    void supportAndSupportAfterAdjustmentLetItThroughRejectionStopsItWhateverItAsks() {
        assertThat(of("800", false, ExAnteConclusion.SUPPORT)).isEqualTo(ExAnteRequirement.MET);
        assertThat(of("800", false, ExAnteConclusion.SUPPORT_AFTER_ADJUSTMENT).allowed()).isTrue();
        assertThat(of("800", false, ExAnteConclusion.REJECT)).isEqualTo(ExAnteRequirement.NOT_SUPPORTED);
        assertThat(of("100", false, ExAnteConclusion.REJECT)).as("below the threshold, but assessed and rejected")
                .isEqualTo(ExAnteRequirement.NOT_SUPPORTED);
        assertThat(of("800", true, ExAnteConclusion.REJECT).allowed()).isFalse();
    }

    @Test
    void theRefusalNamesTheAmountsOrTheConclusion() {
        assertThat(of("600", false, null).refusal(new BigDecimal("600.000000"), THRESHOLD, null))
                .isEqualTo("该项目为新增项目，申请资金 600 万元，达到本地区事前绩效评估门槛 500 万元，"
                        + "须先出具事前绩效评估结论（予以支持或调整后支持），才能审核通过其绩效目标");
        assertThat(of("600", false, ExAnteConclusion.REJECT).refusal(new BigDecimal("600"), THRESHOLD,
                new BigDecimal("52.50"))).isEqualTo("该项目的事前绩效评估结论为“不予支持”（总分 52.5），不能审核通过其绩效目标");
        assertThat(of("600", false, ExAnteConclusion.SUPPORT).refusal(new BigDecimal("600"), THRESHOLD,
                new BigDecimal("85"))).isNull();
    }
}
