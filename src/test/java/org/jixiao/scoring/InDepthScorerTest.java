package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.document.Grade;
import org.junit.jupiter.api.Test;

/** The reference framework, its editing and the in-depth tally, each case's arithmetic worked by hand. */
class InDepthScorerTest {

    private static final InDepthFramework REFERENCE = InDepthFrameworks.reference();
    private static final Instant AT = Instant.parse("2026-11-02T03:00:00Z");

    /** Every indicator agreed at its full weight, except those given. */
    private static Map<String, InDepthAgreement> agreedFullExcept(Map<String, String> changed) {
        Map<String, InDepthAgreement> agreed = new LinkedHashMap<>();
        for (InDepthFramework.Indicator indicator : REFERENCE.indicators()) {
            BigDecimal score = changed.containsKey(indicator.code()) ? new BigDecimal(changed.get(indicator.code()))
                    : indicator.weight();
            agreed.put(indicator.code(), new InDepthAgreement(indicator.code(), score, "", "组长", AT));
        }
        return agreed;
    }

    @Test
    void theReferenceFrameworkIsTheFourAreasOfTheMinistrysFrameworkAddingUpToAHundred() {
        // 决策 4+3+4+3+3+3 = 20, 过程 4+5+4+3+4 = 20, 产出 9+8+7+6 = 30, 效益 5+7+5+5+8 = 30; 20+20+30+30 = 100
        assertThat(REFERENCE.areas()).containsExactly("决策", "过程", "产出", "效益");
        assertThat(REFERENCE.areaWeight("决策")).isEqualByComparingTo("20");
        assertThat(REFERENCE.areaWeight("过程")).isEqualByComparingTo("20");
        assertThat(REFERENCE.areaWeight("产出")).isEqualByComparingTo("30");
        assertThat(REFERENCE.areaWeight("效益")).isEqualByComparingTo("30");
        assertThat(REFERENCE.balanced()).isTrue();
        assertThat(REFERENCE.indicators()).extracting(InDepthFramework.Indicator::title)
                .contains("立项依据充分性", "资金到位率", "预算执行率", "资金使用合规性", "管理制度健全性", "可持续影响", "服务对象满意度");
        assertThat(REFERENCE.indicators()).allSatisfy(i -> assertThat(i.rule()).isNotBlank());
    }

    @Test
    void agreedScoresAddUpPerAreaAndInTotalAndEarnTheirGrade() {
        // 实际完成率 9 → 7.5 (−1.5), 服务对象满意度 8 → 6 (−2), 预算执行率 5 → 4.5 (−0.5):
        // 100 − 1.5 − 2 − 0.5 = 96.00 ≥ 90 → 优; 产出 30 − 1.5 = 28.50, 效益 30 − 2 = 28.00, 过程 20 − 0.5 = 19.50
        InDepthTally tally = InDepthScorer.tally(REFERENCE, Map.of(),
                agreedFullExcept(Map.of("O_QUANTITY", "7.5", "E_SATISFACTION", "6", "P_EXECUTION", "4.5")));
        assertThat(tally.total()).isEqualByComparingTo("96.00");
        assertThat(tally.complete()).isTrue();
        assertThat(tally.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(tally.areas().get("产出")).isEqualByComparingTo("28.50");
        assertThat(tally.areas().get("效益")).isEqualByComparingTo("28.00");
        assertThat(tally.areas().get("过程")).isEqualByComparingTo("19.50");
        assertThat(tally.areas().get("决策")).isEqualByComparingTo("20.00");
    }

    @Test
    void ninetyIsExcellentAndNinetyLessACentIsGood() {
        // 实际完成率 9 → 0 (−9), 生态效益 5 → 4 (−1): 100 − 10 = 90.00 → 优
        assertThat(InDepthScorer.tally(REFERENCE, Map.of(), agreedFullExcept(Map.of("O_QUANTITY", "0",
                "E_ECOLOGICAL", "4"))).grade()).isEqualTo(Grade.EXCELLENT);
        // 生态效益 5 → 3.99 (−1.01): 100 − 9 − 1.01 = 89.99 → 良
        InDepthTally good = InDepthScorer.tally(REFERENCE, Map.of(), agreedFullExcept(Map.of("O_QUANTITY", "0",
                "E_ECOLOGICAL", "3.99")));
        assertThat(good.total()).isEqualByComparingTo("89.99");
        assertThat(good.grade()).isEqualTo(Grade.GOOD);
        // 产出 30 → 0 (−30), 经济效益 5 → 0 (−5), 社会效益 7 → 2 (−5): 100 − 40 = 60 → 中; 可持续影响 5 → 4.99: 59.99 → 差
        assertThat(InDepthScorer.tally(REFERENCE, Map.of(), agreedFullExcept(Map.of("O_QUANTITY", "0",
                "O_QUALITY", "0", "O_TIMELINESS", "0", "O_COST", "0", "E_ECONOMIC", "0", "E_SOCIAL", "2"))).grade())
                .isEqualTo(Grade.FAIR);
        assertThat(InDepthScorer.tally(REFERENCE, Map.of(), agreedFullExcept(Map.of("O_QUANTITY", "0",
                "O_QUALITY", "0", "O_TIMELINESS", "0", "O_COST", "0", "E_ECONOMIC", "0", "E_SOCIAL", "2",
                "E_SUSTAINABLE", "4.99"))).grade()).isEqualTo(Grade.POOR);
    }

    @Test
    void eachExpertsScoreStandsBesideTheOthersWithTheirSpread() {
        // 实际完成率 (9 points): 王 8, 李 7, 张 6.2 → spread 8 − 6.2 = 1.80; allowed 20 % × 9 = 1.80: not wide
        Map<String, Map<String, BigDecimal>> experts = Map.of(
                "王", Map.of("O_QUANTITY", new BigDecimal("8")),
                "李", Map.of("O_QUANTITY", new BigDecimal("7")),
                "张", Map.of("O_QUANTITY", new BigDecimal("6.2"), "E_SOCIAL", new BigDecimal("5")));
        InDepthTally tally = InDepthScorer.tally(REFERENCE, experts, Map.of());
        InDepthTally.Row quantity = row(tally, "O_QUANTITY");
        assertThat(quantity.byExpert().keySet()).containsExactly("张", "李", "王");
        assertThat(quantity.spread()).isEqualByComparingTo("1.80");
        assertThat(quantity.allowed()).isEqualByComparingTo("1.80");
        assertThat(quantity.wide()).isFalse();
        // 社会效益: one expert → spread 0; 生态效益: none → no spread
        assertThat(row(tally, "E_SOCIAL").spread()).isEqualByComparingTo("0");
        assertThat(row(tally, "E_ECOLOGICAL").spread()).isNull();
        // nothing agreed: incomplete, total 0, no grade
        assertThat(tally.complete()).isFalse();
        assertThat(tally.total()).isEqualByComparingTo("0");
        assertThat(tally.grade()).isNull();
    }

    @Test
    void aWideSpreadIsAgreedOnlyWithAReason() {
        // 王 8, 张 6.1 → spread 1.9 > 20 % × 9 = 1.8: a reason is asked
        Map<String, Map<String, BigDecimal>> experts = Map.of(
                "王", Map.of("O_QUANTITY", new BigDecimal("8")),
                "张", Map.of("O_QUANTITY", new BigDecimal("6.1")));
        assertThat(row(InDepthScorer.tally(REFERENCE, experts, Map.of()), "O_QUANTITY").wide()).isTrue();
        assertThatThrownBy(() -> InDepthScorer.agree(REFERENCE, "O_QUANTITY", experts, new BigDecimal("7"), " ",
                "组长", AT)).hasMessage("实际完成率的专家评分相差 1.9 分，超过该指标分值的 20%（1.8 分），请写明确定得分的理由");
        InDepthAgreement agreed = InDepthScorer.agree(REFERENCE, "O_QUANTITY", experts, new BigDecimal("7"),
                "现场核查发现 2 处未完工，按 7 分确定", "组长", AT);
        assertThat(agreed.score()).isEqualByComparingTo("7.00");
        assertThat(agreed.agreedBy()).isEqualTo("组长");
        assertThat(agreed.agreedAt()).isEqualTo(AT);
    }

    @Test
    void anAgreementNeedsAnExpertsScoreAndAScoreWithinTheWeight() {
        Map<String, Map<String, BigDecimal>> experts = Map.of("王", Map.of("O_QUANTITY", new BigDecimal("8")));
        assertThatThrownBy(() -> InDepthScorer.agree(REFERENCE, "E_SOCIAL", experts, BigDecimal.ONE, "", "组长", AT))
                .hasMessage("社会效益尚无专家评分，不能确定得分");
        assertThatThrownBy(() -> InDepthScorer.agree(REFERENCE, "O_QUANTITY", experts, new BigDecimal("9.5"), "",
                "组长", AT)).hasMessage("实际完成率的得分 9.5 超过该指标的分值 9");
        assertThatThrownBy(() -> InDepthScorer.agree(REFERENCE, "O_QUANTITY", experts, new BigDecimal("-1"), "",
                "组长", AT)).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> InDepthScorer.agree(REFERENCE, "O_QUANTITY", experts, new BigDecimal("7.125"), "",
                "组长", AT)).hasMessageContaining("最多保留两位小数");
    }

    @Test
    void theBureauReshapesItsCopyAndMayScoreOnlyOnceItAddsUpToAHundred() {
        // 生态效益 (5) removed: 100 − 5 = 95, 效益 30 − 5 = 25
        InDepthFramework without = REFERENCE.without("E_ECOLOGICAL");
        assertThat(without.balanced()).isFalse();
        assertThatThrownBy(without::requireBalanced)
                .hasMessage("指标分值合计应为 100，实为 95（决策 20，过程 20，产出 30，效益 25）");
        // 社会效益 7 → 12: 95 + 5 = 100
        InDepthFramework.Indicator social = without.indicator("E_SOCIAL");
        InDepthFramework reweighted = without.with(new InDepthFramework.Indicator(social.code(), social.area(),
                social.group(), social.title(), new BigDecimal("12"), social.rule()));
        assertThat(reweighted.requireBalanced().total()).isEqualByComparingTo("100");
        assertThat(reweighted.indicators()).hasSize(REFERENCE.indicators().size() - 1);
        // a new 过程 indicator goes after 过程's last (制度执行有效性), before 产出's first
        InDepthFramework added = reweighted.with(new InDepthFramework.Indicator("P_VISIT", "过程", "组织实施", "现场核查情况",
                new BigDecimal("2"), "现场核查"));
        int at = added.indicators().indexOf(added.indicator("P_VISIT"));
        assertThat(added.indicators().get(at - 1).code()).isEqualTo("P_ENFORCEMENT");
        assertThat(added.indicators().get(at + 1).code()).isEqualTo("O_QUANTITY");
        assertThat(added.total()).isEqualByComparingTo("102");
    }

    @Test
    void aBrokenIndicatorIsRefusedSayingWhatIsWrong() {
        assertThatThrownBy(() -> new InDepthFramework.Indicator("X", "决策", "项目立项", "立项依据充分性",
                BigDecimal.ZERO, "")).hasMessage("指标立项依据充分性的分值应大于 0 且不超过 100，实为 0");
        assertThatThrownBy(() -> REFERENCE.with(new InDepthFramework.Indicator("X", "", "项目立项", "新指标",
                BigDecimal.ONE, ""))).hasMessage("指标 X 应写明一级指标和二级指标");
        assertThatThrownBy(() -> InDepthFrameworks.parse("{\"title\":\"t\",\"spreadShare\":1.5,\"indicators\":[]}",
                "测试")).hasMessage("测试: spreadShare 应大于 0 且不超过 1，实为 1.5");
    }

    private static InDepthTally.Row row(InDepthTally tally, String code) {
        return tally.rows().stream().filter(r -> r.indicator().code().equals(code)).findFirst().orElseThrow();
    }
}
