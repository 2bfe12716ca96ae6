package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.document.Comparison;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indicator sentences, and the levels inferred where a report does not state them. */
class IndicatorReadingTest {

    @Test
    void anActualValueAfterTheNameIsTheActual() {
        List<Indicator> indicators = IndicatorSentences.read("一是召开会议次数 1次，实施周期指标值 1次，年度指标值 1次，完成绩效目标。"
                + "二是特色活动建设达标率达 100%，实施周期指标值 100%，年度指标值 100%，完成绩效目标。");

        assertThat(indicators).extracting(Indicator::name).containsExactly("召开会议次数", "特色活动建设达标率");
        assertThat(indicators.get(0).actual().text()).isEqualTo("1次");
        assertThat(indicators.get(1).actual().text()).isEqualTo("100%");
    }

    @Test
    void anUnmetIndicatorWithItsActualAndReason() {
        Indicator indicator = IndicatorSentences.read("一是覆盖率：实施周期指标值 40%以上，年度指标值 40%以上，实际完成值 36.5%，"
                + "未完成绩效目标，偏差原因：人员不足，下一步将补充。").get(0);

        assertThat(indicator.met()).isFalse();
        assertThat(indicator.actual().value()).isEqualByComparingTo("36.5");
        assertThat(indicator.annualTarget().comparator()).isEqualTo(Comparison.AT_LEAST);
        assertThat(indicator.deviationReason()).isEqualTo("人员不足，下一步将补充");
    }

    @Test
    void aCostTargetIsAnUpperBound() {
        Indicator indicator = IndicatorSentences.read("人均服务成本：实施周期指标值 ≤120元，年度指标值 不超过120元，完成绩效目标").get(0);

        assertThat(indicator.cycleTarget().comparator()).isEqualTo(Comparison.AT_MOST);
        assertThat(indicator.annualTarget().comparator()).isEqualTo(Comparison.AT_MOST);
        assertThat(indicator.level2()).isEqualTo(IndicatorSubcategory.COST);
        assertThat(indicator.met()).isTrue();
    }

    @Test
    void aSentenceWithoutTargetsIsNoIndicator() {
        assertThat(IndicatorSentences.read("全年工作顺利推进。")).isEmpty();
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}/{3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "服务对象满意度|%|SATISFACTION|SERVICE_RECIPIENT",
        "案件办结率|%|OUTPUT|QUALITY",
        "产品抽检合格数|件|OUTPUT|QUALITY",
        "社区达标建设|%|OUTPUT|QUALITY",
        "举办培训|场|OUTPUT|QUANTITY",
        "走访慰问|户|OUTPUT|QUANTITY",
        "参训|人|OUTPUT|QUANTITY",
        "资金拨付及时率|%|OUTPUT|TIMELINESS",
        "按时完成改造|-|OUTPUT|TIMELINESS",
        "年度免费开放时间|%|OUTPUT|TIMELINESS",
        "人均培训成本|元|COST|COST",
        "补助发放|万元|COST|COST",
        "带动就业人数|人|OUTPUT|QUANTITY",
        "受益群众人数|人|BENEFIT|SOCIAL",
        "惠及困难家庭|户|BENEFIT|SOCIAL",
        "社会影响力|-|BENEFIT|SOCIAL",
        "社会组织培训次数|次|OUTPUT|QUANTITY",
        "区域经济增长贡献|%|BENEFIT|ECONOMIC",
        "生态环境改善|-|BENEFIT|ECOLOGICAL",
        "可持续运行机制|-|BENEFIT|SUSTAINABLE",
        "工作成效|-|-|-",
    })
    void levelsInferredFromNameAndUnit(String name, String unit, IndicatorCategory level1, IndicatorSubcategory level2) {
        IndicatorLevels.Levels levels = IndicatorLevels.infer(name, unit);

        assertThat(levels.level1()).isEqualTo(level1);
        assertThat(levels.level2()).isEqualTo(level2);
        assertThat(levels.inferred()).isEqualTo(level2 == null ? null : true);
    }

    @Test
    void levelsStatedInATableAreTakenAsStated() {
        IndicatorLevels.Levels levels = IndicatorLevels.of("效益指标", "社会效益指标", "服务覆盖面", "%");

        assertThat(levels).isEqualTo(new IndicatorLevels.Levels(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL, false));
        assertThat(IndicatorLevels.of("成本指标", "经济成本指标", "x", null).level2()).isEqualTo(IndicatorSubcategory.COST);
    }
}
