package org.jixiao.indepth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.document.Grade;
import org.junit.jupiter.api.Test;

/** 再评价偏差 per unit, each mean worked by hand. */
class GapsTest {

    private static Gaps.ProjectGap gap(long unit, String name, String self, String inDepth) {
        BigDecimal s = self == null ? null : new BigDecimal(self);
        BigDecimal d = new BigDecimal(inDepth);
        return new Gaps.ProjectGap(unit * 10, unit, name, "项目", 2025, BigDecimal.TEN, s, d, Grade.of(d),
                s == null ? null : s.subtract(d));
    }

    @Test
    void aUnitWhoseMeanGapReachesTheThresholdIsFlagged() {
        Gaps gaps = Gaps.of(List.of(
                // 甲: 98 − 88 = 10 and 95 − 96 = −1 → (10 − 1) / 2 = 4.50 < 5: not flagged
                gap(1, "甲", "98", "88"), gap(1, "甲", "95", "96"),
                // 乙: 92.5 − 87.5 = 5 → 5.00 ≥ 5: flagged (the threshold itself flags)
                gap(2, "乙", "92.5", "87.5"),
                // 丙: 90 − 80 = 10, 91 − 85 = 6, 80 − 79 = 1 → 17 / 3 = 5.666… → 5.67: flagged
                gap(3, "丙", "90", "80"), gap(3, "丙", "91", "85"), gap(3, "丙", "80", "79"),
                // 丁: no self-score → no gap, left out
                gap(4, "丁", null, "70")), new BigDecimal("5"));

        assertThat(gaps.units()).extracting(Gaps.UnitGap::unitName).containsExactly("丙", "乙", "甲");
        assertThat(gaps.units().get(0).meanGap()).isEqualByComparingTo("5.67");
        assertThat(gaps.units().get(0).high()).isTrue();
        assertThat(gaps.units().get(0).projects()).isEqualTo(3);
        assertThat(gaps.units().get(1).meanGap()).isEqualByComparingTo("5.00");
        assertThat(gaps.units().get(1).high()).isTrue();
        assertThat(gaps.units().get(2).meanGap()).isEqualByComparingTo("4.50");
        assertThat(gaps.units().get(2).high()).isFalse();
        assertThat(gaps.projects()).hasSize(6);
    }
}
