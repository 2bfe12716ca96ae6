package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.document.IndicatorCategory;

/** Profiles for tests beside the built-in ones. */
final class Profiles {

    private Profiles() {
    }

    /** MOF_2020 with every option on: cost apart, the over-achievement deduction and execution caps. */
    static ScoringProfile withEveryOption() {
        ScoringProfile mof = ScoringProfiles.builtIn().defaultProfile();
        return new ScoringProfile("OPTIONS", "全部选项", "测试", BigDecimal.valueOf(10),
                Map.of(IndicatorCategory.OUTPUT, BigDecimal.valueOf(40), IndicatorCategory.COST, BigDecimal.valueOf(10),
                        IndicatorCategory.BENEFIT, BigDecimal.valueOf(30), IndicatorCategory.SATISFACTION, BigDecimal.TEN),
                mof.qualitative(), mof.grades(),
                new ScoringProfile.OverAchievement(BigDecimal.valueOf(130), BigDecimal.valueOf(2)),
                List.of(new ScoringProfile.ExecutionCap(BigDecimal.valueOf(70), BigDecimal.valueOf(80), BigDecimal.valueOf(89)),
                        new ScoringProfile.ExecutionCap(BigDecimal.ZERO, BigDecimal.valueOf(70), BigDecimal.valueOf(79))),
                mof.lint(), null);
    }
}
