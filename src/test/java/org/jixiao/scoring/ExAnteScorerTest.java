package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The ex-ante scorer on the built-in profile, each case's arithmetic worked by hand. */
class ExAnteScorerTest {

    private static final ExAnteProfile PROFILE = ExAnteProfiles.builtIn().get(null);

    /** Every sub-point at its maximum, except those given. */
    private static Map<String, BigDecimal> fullMarksExcept(Map<String, String> changed) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (ExAnteProfile.Criterion criterion : PROFILE.criteria()) {
            for (ExAnteProfile.Point point : criterion.points()) {
                scores.put(point.code(), point.points());
            }
        }
        changed.forEach((code, score) -> scores.put(code, new BigDecimal(score)));
        return scores;
    }

    @Test
    void fullMarksAreAHundredAndSupported() {
        // 25 + 20 + 20 + 20 + 15 = 100 ≥ 80 → 予以支持
        ExAnteScore score = ExAnteScorer.score(PROFILE, fullMarksExcept(Map.of()));
        assertThat(score.total()).isEqualByComparingTo("100");
        assertThat(score.complete()).isTrue();
        assertThat(score.conclusion()).isEqualTo(ExAnteConclusion.SUPPORT);
    }

    @Test
    void aTotalBetweenSixtyAndEightyIsSupportedAfterAdjustment() {
        // 成本测算 10 → 2.5 (−7.5), 方案完整性 8 → 3 (−5), 指标值合理性 6 → 0.5 (−5.5), 财政承受能力 4 → 1 (−3):
        // 100 − 7.5 − 5 − 5.5 − 3 = 79.00, just under 80 → 调整后支持; 投入经济性 = 2.5 + 5 + 5 = 12.50
        ExAnteScore score = ExAnteScorer.score(PROFILE, fullMarksExcept(Map.of("ECONOMY_COST", "2.5",
                "FEASIBILITY_PLAN", "3", "GOALS_VALUES", "0.5", "FUNDING_CAPACITY", "1")));
        assertThat(score.total()).isEqualByComparingTo("79.00");
        assertThat(score.conclusion()).isEqualTo(ExAnteConclusion.SUPPORT_AFTER_ADJUSTMENT);
        assertThat(score.criteria().get(1).score()).isEqualByComparingTo("12.50");
    }

    @Test
    void eightyExactlyIsSupported() {
        // 方案完整性 8 → 0 (−8), 组织保障 6 → 0 (−6), 风险应对 6 → 0 (−6): 100 − 20 = 80 ≥ 80 → 予以支持
        ExAnteScore score = ExAnteScorer.score(PROFILE, fullMarksExcept(Map.of("FEASIBILITY_PLAN", "0",
                "FEASIBILITY_ORGANISATION", "0", "FEASIBILITY_RISK", "0")));
        assertThat(score.total()).isEqualByComparingTo("80");
        assertThat(score.conclusion()).isEqualTo(ExAnteConclusion.SUPPORT);
    }

    @Test
    void belowSixtyIsRejected() {
        // 投入经济性 20 → 0 and 绩效目标合理性 20 → 0, 组织保障 6 → 5.99 (−0.01): 100 − 40 − 0.01 = 59.99 < 60 → 不予支持
        ExAnteScore score = ExAnteScorer.score(PROFILE, fullMarksExcept(Map.of("ECONOMY_COST", "0", "ECONOMY_RATIO",
                "0", "ECONOMY_OVERLAP", "0", "GOALS_CLEAR", "0", "GOALS_COMPLETE", "0", "GOALS_VALUES", "0",
                "FEASIBILITY_ORGANISATION", "5.99")));
        assertThat(score.total()).isEqualByComparingTo("59.99");
        assertThat(score.conclusion()).isEqualTo(ExAnteConclusion.REJECT);
        assertThat(score.vetoedBy()).isNull();
    }

    @Test
    void necessityScoredZeroRejectsWhateverTheTotal() {
        // 立项必要性 25 → 0: 100 − 25 = 75 would be 调整后支持, but the veto makes it 不予支持
        ExAnteScore score = ExAnteScorer.score(PROFILE, fullMarksExcept(Map.of("NECESSITY_POLICY", "0",
                "NECESSITY_DEMAND", "0", "NECESSITY_DUTY", "0")));
        assertThat(score.total()).isEqualByComparingTo("75");
        assertThat(score.conclusion()).isEqualTo(ExAnteConclusion.REJECT);
        assertThat(score.vetoedBy().title()).isEqualTo("立项必要性");
        assertThat(score.explanation(PROFILE)).contains("立项必要性得分 0 分", "一票否决");
    }

    @Test
    void aPartlyScoredAssessmentHasATotalSoFarAndNoConclusion() {
        // only 政策相符性 7.5 and 需求真实性 8: total so far 15.50, 立项必要性 15.50 (not complete), no conclusion
        ExAnteScore score = ExAnteScorer.score(PROFILE, Map.of("NECESSITY_POLICY", new BigDecimal("7.5"),
                "NECESSITY_DEMAND", new BigDecimal("8")));
        assertThat(score.total()).isEqualByComparingTo("15.50");
        assertThat(score.complete()).isFalse();
        assertThat(score.conclusion()).isNull();
        assertThat(score.criteria().get(0).score()).isEqualByComparingTo("15.5");
        assertThat(score.criteria().get(0).complete()).isFalse();
        assertThat(score.criteria().get(1).score()).isNull();
    }

    @Test
    void aScoreAboveItsMaximumIsRefusedNamingTheCriterionAndSubPoint() {
        // 政策相符性 has 8 points: 8.5 is above it
        assertThatThrownBy(() -> ExAnteScorer.score(PROFILE, Map.of("NECESSITY_POLICY", new BigDecimal("8.5"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("立项必要性·政策相符性的得分 8.5 超过该要点的分值 8");
    }

    @Test
    void negativeFineAndUnknownScoresAreRefused() {
        assertThatThrownBy(() -> ExAnteScorer.score(PROFILE, Map.of("FUNDING_SHARING", new BigDecimal("-1"))))
                .hasMessageContaining("筹资合规性·分担机制的得分不能为负数");
        assertThatThrownBy(() -> ExAnteScorer.score(PROFILE, Map.of("FUNDING_SHARING", new BigDecimal("1.005"))))
                .hasMessageContaining("最多保留两位小数");
        assertThatThrownBy(() -> ExAnteScorer.score(PROFILE, Map.of("NOT_A_POINT", BigDecimal.ONE)))
                .hasMessageContaining("没有评分要点 NOT_A_POINT");
    }

    @Property(tries = 200)
    void theTotalIsTheSumOfTheCriteriaAndNeverAboveAHundred(@ForAll("scores") Map<String, BigDecimal> scores) {
        ExAnteScore score = ExAnteScorer.score(PROFILE, scores);
        BigDecimal sum = score.criteria().stream().map(ExAnteScore.CriterionScore::score)
                .filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(score.total()).isEqualByComparingTo(sum);
        assertThat(score.total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    @Property(tries = 200)
    void raisingOneSubPointNeverLowersTheTotalNorTheConclusion(@ForAll("scores") Map<String, BigDecimal> scores,
            @ForAll("pointIndex") int index) {
        List<ExAnteProfile.Point> points = PROFILE.criteria().stream().flatMap(c -> c.points().stream()).toList();
        ExAnteProfile.Point point = points.get(index);
        Map<String, BigDecimal> raised = new HashMap<>(scores);
        raised.put(point.code(), point.points());
        ExAnteScore before = ExAnteScorer.score(PROFILE, scores);
        ExAnteScore after = ExAnteScorer.score(PROFILE, raised);
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        if (before.complete() && after.vetoedBy() == null) {
            // the enum runs from 予以支持 to 不予支持: a lower ordinal is a better conclusion
            assertThat(after.conclusion().ordinal()).isLessThanOrEqualTo(before.conclusion().ordinal());
        }
    }

    @Property(tries = 100)
    void anyScoreAboveASubPointsMaximumIsRefused(@ForAll("pointIndex") int index,
            @ForAll("excess") BigDecimal excess) {
        List<ExAnteProfile.Point> points = PROFILE.criteria().stream().flatMap(c -> c.points().stream()).toList();
        ExAnteProfile.Point point = points.get(index);
        assertThatThrownBy(() -> ExAnteScorer.score(PROFILE, Map.of(point.code(), point.points().add(excess))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(point.title()).hasMessageContaining("超过该要点的分值");
    }

    /** Complete or partial assessments, each score between 0 and its maximum in hundredths. */
    @Provide
    Arbitrary<Map<String, BigDecimal>> scores() {
        List<ExAnteProfile.Point> points = PROFILE.criteria().stream().flatMap(c -> c.points().stream()).toList();
        List<Arbitrary<BigDecimal>> each = points.stream().map(p -> Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, p.points()).ofScale(2).injectNull(0.1)).toList();
        return Combinators.combine(each).as(values -> {
            Map<String, BigDecimal> scores = new HashMap<>();
            for (int i = 0; i < points.size(); i++) {
                if (values.get(i) != null) {
                    scores.put(points.get(i).code(), values.get(i));
                }
            }
            return scores;
        });
    }

    @Provide
    Arbitrary<Integer> pointIndex() {
        return Arbitraries.integers().between(0, 14);
    }

    @Provide
    Arbitrary<BigDecimal> excess() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000")).ofScale(2);
    }
}
