package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Documents.benefit;
import static org.jixiao.scoring.Documents.dec;
import static org.jixiao.scoring.Documents.department;
import static org.jixiao.scoring.Documents.indicator;
import static org.jixiao.scoring.Documents.output;
import static org.jixiao.scoring.Documents.project;
import static org.jixiao.scoring.Documents.satisfaction;
import static org.jixiao.scoring.Documents.task;
import static org.jixiao.scoring.Documents.withMet;
import static org.jixiao.scoring.Documents.withRating;
import static org.jixiao.scoring.Documents.withWeight;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.EvaluationScore.IndicatorScore;
import org.jixiao.document.Grade;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.StatedScore;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-computed scores for every rule of docs/scoring.md. Unless a test says otherwise, a project of budget 100 fully
 * executed (10 execution points) with one OUTPUT indicator: the missing categories' points go to OUTPUT, so that
 * indicator carries all 90 points and the total is 10 + 90 × r.
 */
class ScorerTest {

    private final Scorer mof = new Scorer(ScoringProfiles.builtIn().defaultProfile());

    @Test
    void theWorkedExampleOfTheSpecGives91_28AndExcellent() {
        EvaluationDocument example = project("100", "85",
                indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "培训场次", "≥10次", "8", null),
                indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "培训合格率", "≥95%", "97%", null),
                indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.COST, "人均培训成本", "≤200元", "250元", null),
                indicator(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL, "受益人数", "≥1000人", "1200", null),
                indicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT, "服务对象满意度", "≥90%",
                        "85%", null));

        EvaluationScore score = mof.score(example);

        // execution 10 × 85 / 100 = 8.5
        // OUTPUT 50 / 3 = 16.67 each: 16.67 × (8/10 + 1 + 200/250) = 16.67 × 2.6 = 43.33
        // BENEFIT 30 × 1 = 30; SATISFACTION 10 × 85/90 = 9.44
        // total 8.5 + 43.333… + 30 + 9.444… = 91.277… → 91.28, 优
        assertThat(score.profile()).isEqualTo("MOF_2020");
        assertThat(score.total()).isEqualByComparingTo("91.28");
        assertThat(score.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(score.execution()).isEqualByComparingTo("8.5");
        assertThat(score.executionRate()).isEqualByComparingTo("85");
        assertThat(score.indicatorScore()).isEqualByComparingTo("82.78");
        List<IndicatorScore> indicators = score.keyTasks().get(0).indicators();
        assertThat(indicators).extracting(IndicatorScore::points).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("16.67"), dec("16.67"), dec("16.67"), dec("30"), dec("10"));
        assertThat(indicators).extracting(IndicatorScore::ratio).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("0.8"), dec("1"), dec("0.8"), dec("1"), dec("0.94"));
        assertThat(indicators).extracting(IndicatorScore::score).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("13.33"), dec("16.67"), dec("13.33"), dec("30"), dec("9.44"));
        assertThat(indicators.get(2).category()).isEqualTo(IndicatorCategory.OUTPUT);
        assertThat(indicators.get(0).basis()).isEqualTo("实际 8次，目标 ≥10次：8 ÷ 10 = 0.8");
    }

    @Test
    void theSeedScores100AndExcellentOnItsClaimsOfMet() {
        EvaluationScore score = mof.score(SeedDocument.load());

        // execution 100 % → 10; every indicator met (task 1 by its claim, task 2 by actual = target) → 90
        assertThat(score.total()).isEqualByComparingTo("100");
        assertThat(score.grade()).isEqualTo(Grade.EXCELLENT);
        // task 1 has OUTPUT (3) and SATISFACTION (1): 90 / 60 scales them to 75 and 15 → 25 each and 15
        assertThat(score.keyTasks().get(0).indicators()).extracting(IndicatorScore::points)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("25"), dec("25"), dec("25"), dec("15"));
        // task 2 has OUTPUT only: 90 / 4 = 22.5
        assertThat(score.keyTasks().get(1).indicators()).extracting(IndicatorScore::points)
                .usingElementComparator(BigDecimal::compareTo).containsOnly(dec("22.5"));
        // budgets 91.20 and 8.43: weights 91.20 / 99.63 = 91.54 %, 8.46 %
        assertThat(score.keyTasks()).extracting(EvaluationScore.KeyTaskScore::weight)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("91.54"), dec("8.46"));
    }

    @Nested
    class Comparators {

        @Test
        void atLeastGivesActualOverTarget() {
            // r = 8 / 10 = 0.8; 10 + 90 × 0.8 = 82
            assertThat(total(output("培训场次", "≥10次", "8次"))).isEqualByComparingTo("82");
        }

        @Test
        void atLeastIsCappedAtOne() {
            // r = min(1, 12 / 10) = 1; 10 + 90 = 100
            assertThat(total(output("培训场次", "10次以上", "12次"))).isEqualByComparingTo("100");
        }

        @Test
        void moreThanCountsLikeAtLeast() {
            // r = 40 / 50 = 0.8; 10 + 72 = 82
            assertThat(total(output("覆盖率", ">50%", "40%"))).isEqualByComparingTo("82");
        }

        @Test
        void atMostGivesTargetOverActualWhenExceeded() {
            // r = 200 / 250 = 0.8 → 82; within the target r = 1 → 100
            assertThat(total(output("人均培训成本", "≤200元", "250元"))).isEqualByComparingTo("82");
            assertThat(total(output("人均培训成本", "不超过200元", "150元"))).isEqualByComparingTo("100");
        }

        @Test
        void lessThanCountsLikeAtMost() {
            // r = 5 / 10 = 0.5; 10 + 45 = 55, 差
            EvaluationScore score = mof.score(project("100", "100", output("办结时长", "<5天", "10天")));
            assertThat(score.total()).isEqualByComparingTo("55");
            assertThat(score.grade()).isEqualTo(Grade.POOR);
        }

        @Test
        void equalLosesTheRelativeDeviation() {
            // r = 1 − |95 − 100| / 100 = 0.95; 10 + 85.5 = 95.5
            assertThat(total(output("免费开放时间", "100%", "95%"))).isEqualByComparingTo("95.5");
            // r = max(0, 1 − |250 − 100| / 100) = 0; 10 + 0 = 10
            assertThat(total(output("免费开放时间", "100%", "250%"))).isEqualByComparingTo("10");
        }

        @Test
        void aTargetOfZero() {
            // ≥ 0: r = 1 whatever the actual
            assertThat(total(output("新增投诉", "≥0次", "0次"))).isEqualByComparingTo("100");
            // = 0 (零投诉): met only by 0; 2 complaints give r = 0
            assertThat(total(output("安全事故", "零事故", "0"))).isEqualByComparingTo("100");
            assertThat(total(output("安全事故", "0次", "2次"))).isEqualByComparingTo("10");
            // ≤ 0 exceeded: r = 0
            assertThat(total(output("安全事故", "≤0次", "1次"))).isEqualByComparingTo("10");
        }

        @Test
        void unitsThatDifferOnlyByTenThousandAreCompared() {
            // 60000 人次 against ≥ 5 万人次 = 50000 人次: r = 1
            assertThat(total(output("服务人次", "≥5万人次", "60000人次"))).isEqualByComparingTo("100");
            // 4 万人次 = 40000 against ≥ 50000: r = 0.8 → 82
            assertThat(total(output("服务人次", "≥50000人次", "4万人次"))).isEqualByComparingTo("82");
        }

        @Test
        void anActualWithoutUnitTakesTheTargets() {
            // 8 against ≥ 10次: r = 0.8 → 82
            assertThat(total(output("培训场次", "≥10次", "8"))).isEqualByComparingTo("82");
        }

        @Test
        void unitsThatCannotBeComparedLeaveItToMet() {
            // 次 against %: met → r = 1 (100); not met → r = 0 (10)
            Indicator mismatched = output("培训场次", "≥10次", "95%");
            assertThat(total(withMet(mismatched, true))).isEqualByComparingTo("100");
            assertThat(total(withMet(mismatched, false))).isEqualByComparingTo("10");
            assertThat(mof.score(project("100", "100", mismatched)).keyTasks().get(0).indicators().get(0).basis())
                    .contains("不可比");
        }
    }

    @Nested
    class QualitativeIndicators {

        private Indicator qualitative(String actual) {
            return output("活动影响力", "达到预期", actual);
        }

        @Test
        void theActualsWordingGivesTheBand() {
            // 达成 1 → 100; 基本完成 (partly) 0.7 → 10 + 63 = 73; 未完成 0.3 → 10 + 27 = 37
            assertThat(total(qualitative("达成"))).isEqualByComparingTo("100");
            assertThat(total(qualitative("已完成"))).isEqualByComparingTo("100");
            assertThat(total(qualitative("基本完成"))).isEqualByComparingTo("73");
            assertThat(total(qualitative("部分达成"))).isEqualByComparingTo("73");
            assertThat(total(qualitative("未完成"))).isEqualByComparingTo("37");
            assertThat(total(qualitative("未达成"))).isEqualByComparingTo("37");
        }

        @Test
        void aRatingInsideTheBandIsTaken() {
            // 达成 with rating 90 (band 80–100): r = 0.9 → 10 + 81 = 91
            assertThat(total(withRating(qualitative("达成"), "90"))).isEqualByComparingTo("91");
            // 部分达成 with rating 65 (band 60–80): r = 0.65 → 10 + 58.5 = 68.5
            assertThat(total(withRating(qualitative("部分达成"), "65"))).isEqualByComparingTo("68.5");
        }

        @Test
        void aRatingOutsideTheBandIsHeldInsideIt() {
            // 达成 with rating 50 → held at 80: r = 0.8 → 82; 未达成 with rating 95 → held at 60: 10 + 54 = 64
            assertThat(total(withRating(qualitative("达成"), "50"))).isEqualByComparingTo("82");
            assertThat(total(withRating(qualitative("未达成"), "95"))).isEqualByComparingTo("64");
        }

        @Test
        void withoutAVerdictInWordsMetDecides() {
            // 效果良好 states no verdict: met true → achieved 1; false → not achieved 0.3; null → 0
            assertThat(total(withMet(qualitative("效果良好"), true))).isEqualByComparingTo("100");
            assertThat(total(withMet(qualitative("效果良好"), false))).isEqualByComparingTo("37");
            assertThat(total(qualitative("效果良好"))).isEqualByComparingTo("10");
        }

        @Test
        void aQualitativeActualAgainstANumericTargetIsJudgedByItsWording() {
            // 已完成 against ≥ 10次: achieved → 100; 基本完成 → 0.7 → 73
            assertThat(total(output("培训场次", "≥10次", "已完成"))).isEqualByComparingTo("100");
            assertThat(total(output("培训场次", "≥10次", "基本完成"))).isEqualByComparingTo("73");
        }
    }

    @Nested
    class NoActualValue {

        @Test
        void metTrueCountsAsAchieved() {
            // r = 1 → 100
            assertThat(total(withMet(output("案件办结率", "100%", null), true))).isEqualByComparingTo("100");
        }

        @Test
        void metFalseOrUnstatedScoresNothing() {
            // r = 0 → 10
            assertThat(total(withMet(output("案件办结率", "100%", null), false))).isEqualByComparingTo("10");
            // an indicator without a result scores nothing beside one that has it (r = 0 and 1 of two equal shares);
            // alone, the document has no result at all and is not scorable (NO_ACTUALS)
            assertThat(mof.score(project("100", "100", output("案件办结率", "100%", null),
                    output("培训场次", "≥10次", "10次"))).total()).isEqualByComparingTo("55");
            assertThat(total(output("案件办结率", "100%", null))).isNull();
        }
    }

    @Nested
    class Points {

        @Test
        void weightsShareTheCategoryWhereEveryIndicatorHasOne() {
            // OUTPUT weights 30 and 20 of its 50: points 30 and 20; r = 5/10 = 0.5 and 1 → 15 + 20 = 35
            // BENEFIT 30 and SATISFACTION 10 met → 75; + 10 execution = 85, 良
            EvaluationScore score = mof.score(project("100", "100",
                    withWeight(output("培训场次", "≥10次", "5次"), "30"),
                    withWeight(output("培训人次", "≥100人次", "100人次"), "20"),
                    benefit("就业人数", "≥10人", "12人"),
                    satisfaction("学员满意度", "≥90%", "95%")));
            assertThat(score.keyTasks().get(0).indicators()).extracting(IndicatorScore::points)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(dec("30"), dec("20"), dec("30"), dec("10"));
            assertThat(score.total()).isEqualByComparingTo("85");
            assertThat(score.grade()).isEqualTo(Grade.GOOD);
        }

        @Test
        void weightsThatDoNotAddUpAreTakenInProportion() {
            // weights 3 and 1 of OUTPUT's 50: 50 × 3/4 = 37.5 and 50 × 1/4 = 12.5
            EvaluationScore score = mof.score(project("100", "100",
                    withWeight(output("培训场次", "≥10次", "10次"), "3"),
                    withWeight(output("培训人次", "≥100人次", "100人次"), "1"),
                    benefit("就业人数", "≥10人", "12人"),
                    satisfaction("学员满意度", "≥90%", "95%")));
            assertThat(score.keyTasks().get(0).indicators()).extracting(IndicatorScore::points)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(dec("37.5"), dec("12.5"), dec("30"), dec("10"));
        }

        @Test
        void oneIndicatorWithoutWeightMeansEqualShares() {
            // weight 40 and none: OUTPUT's 50 shared equally, 25 each
            EvaluationScore score = mof.score(project("100", "100",
                    withWeight(output("培训场次", "≥10次", "10次"), "40"),
                    output("培训人次", "≥100人次", "100人次"),
                    benefit("就业人数", "≥10人", "12人"),
                    satisfaction("学员满意度", "≥90%", "95%")));
            assertThat(score.keyTasks().get(0).indicators()).extracting(IndicatorScore::points)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(dec("25"), dec("25"), dec("30"), dec("10"));
        }

        @Test
        void aMissingCategorysPointsGoToThePresentOnesInProportion() {
            // no SATISFACTION: OUTPUT 50 × 90/80 = 56.25, BENEFIT 30 × 90/80 = 33.75
            // r 0.8 and 1: 45 + 33.75 = 78.75; + 10 = 88.75, 良
            EvaluationScore score = mof.score(project("100", "100",
                    output("培训场次", "≥10次", "8次"), benefit("就业人数", "≥10人", "12人")));
            assertThat(score.keyTasks().get(0).indicators()).extracting(IndicatorScore::points)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("56.25"), dec("33.75"));
            assertThat(score.total()).isEqualByComparingTo("88.75");
            assertThat(score.grade()).isEqualTo(Grade.GOOD);
        }

        @Test
        void anIndicatorWithoutCategoryCountsAsOutput() {
            Indicator uncategorised = indicator(null, null, "培训场次", "≥10次", "10次", null);
            EvaluationScore score = mof.score(project("100", "100", uncategorised, benefit("就业人数", "≥10人", "12人")));
            // OUTPUT and BENEFIT present: 56.25 and 33.75, as above
            assertThat(score.keyTasks().get(0).indicators().get(0).category()).isEqualTo(IndicatorCategory.OUTPUT);
            assertThat(score.keyTasks().get(0).indicators().get(0).points()).isEqualByComparingTo("56.25");
        }

        @Test
        void aKeyTaskWithoutIndicatorsEarnsOnlyItsExecution() {
            // beside a key task with an indicator, so that the document can be scored
            EvaluationScore score = mof.score(department("200", "200", task("培训", "100", "100"),
                    task("宣传", "100", "100", output("宣传场次", "≥10次", "10次"))));
            assertThat(score.keyTasks().get(0).total()).isEqualByComparingTo("10");
            assertThat(score.keyTasks().get(0).grade()).isEqualTo(Grade.POOR);
            // 10 + (0 × 100 + 90 × 100) / 200
            assertThat(score.total()).isEqualByComparingTo("55");
        }
    }

    @Nested
    class TooLittleToScore {

        @Test
        void aDepartmentWithoutKeyTasksIsNotGradedAndSaysWhatIsMissing() {
            EvaluationScore score = mof.score(department("100", "100"));

            assertThat(score.isScorable()).isFalse();
            assertThat(score.total()).isNull();
            assertThat(score.grade()).isNull();
            assertThat(score.notScorable().reason()).isEqualTo("NO_KEY_TASKS");
            assertThat(score.notScorable().message()).isEqualTo("没有重点工作任务，无法评分");
            assertThat(score.notScorable().suggestion()).contains("重点工作任务", "绩效指标");
            assertThat(score.keyTasks()).isEmpty();
            // the money part is a fact all the same
            assertThat(score.execution()).isEqualByComparingTo("10");
        }

        @Test
        void keyTasksWithoutAnyIndicatorAreNotGraded() {
            EvaluationScore score = mof.score(department("100", "100", task("培训", "50", "50"), task("宣传", "50", "50")));

            assertThat(score.total()).isNull();
            assertThat(score.grade()).isNull();
            assertThat(score.notScorable().reason()).isEqualTo("NO_INDICATORS");
            assertThat(score.notScorable().message()).isEqualTo("重点工作任务均无绩效指标，无法评分");
        }

        @Test
        void aProjectWithoutIndicatorsIsNotGraded() {
            EvaluationScore score = mof.score(project("100", "100"));

            assertThat(score.total()).isNull();
            assertThat(score.notScorable().message()).isEqualTo("项目没有绩效指标，无法评分");
        }

        @Test
        void aFreshDraftWithTargetsButNoResultYetIsNotGradedPoor() {
            // next year's goals begun from this year's: targets set, nothing achieved or spent yet
            EvaluationDocument draft = project("100", null, output("培训场次", "≥10次", null),
                    benefit("就业人数", "≥10人", null));

            EvaluationScore score = mof.score(draft);

            assertThat(score.total()).isNull();
            assertThat(score.grade()).isNull();
            assertThat(score.notScorable().reason()).isEqualTo("NO_ACTUALS");
            assertThat(score.notScorable().message()).isEqualTo("项目绩效指标尚未填写实际完成值，无法评分");
            assertThat(score.notScorable().suggestion()).contains("实际完成值");
        }

        @Test
        void oneResultAnywhereIsEnoughToScore() {
            // a verdict alone counts as a result, as an actual value or a rating does
            EvaluationDocument withVerdict = department("100", "100", task("培训", "50", "50",
                    output("培训场次", "≥10次", null)), task("宣传", "50", "50",
                    withMet(output("宣传场次", "≥10次", null), false)));

            EvaluationScore score = mof.score(withVerdict);

            assertThat(score.isScorable()).isTrue();
            assertThat(score.grade()).isNotNull();
        }

        @Test
        void oneIndicatorAnywhereIsEnoughToScore() {
            EvaluationScore score = mof.score(department("100", "100", task("培训", "50", "50"),
                    task("宣传", "50", "50", output("宣传场次", "≥10次", "10次"))));

            assertThat(score.isScorable()).isTrue();
            assertThat(score.notScorable()).isNull();
            assertThat(score.total()).isNotNull();
        }

        @Test
        void theJsonSaysTotalAndGradeAreNullAndWhy() {
            String json = DocumentJson.write(mof.score(department("100", "100")));

            assertThat(json).contains("\"total\": null", "\"grade\": null", "\"reason\": \"NO_KEY_TASKS\"",
                    "没有重点工作任务，无法评分");
        }
    }

    @Nested
    class StatedScores {

        private final EvaluationDocument scored91_28 = project("100", "85",
                indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "培训场次", "≥10次", "8", null),
                indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "培训合格率", "≥95%", "97%", null),
                indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.COST, "人均培训成本", "≤200元", "250元", null),
                indicator(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL, "受益人数", "≥1000人", "1200", null),
                indicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT, "服务对象满意度", "≥90%",
                        "85%", null));

        @Test
        void theReportsOwnScoreIsShownBesideTheComputedOneWithTheDifference() {
            EvaluationScore score = mof.score(scored91_28.withStatedScore(
                    new StatedScore(dec("98.14"), "优", "经自评，该项目自评得分98.14分，评价等级为优。")));

            assertThat(score.total()).isEqualByComparingTo("91.28");
            assertThat(score.stated().total()).isEqualByComparingTo("98.14");
            assertThat(score.stated().grade()).isEqualTo("优");
            // stated less computed: 98.14 − 91.28
            assertThat(score.stated().difference()).isEqualByComparingTo("6.86");
        }

        @Test
        void aStatedGradeAloneHasNoDifference() {
            EvaluationScore score = mof.score(scored91_28.withStatedScore(
                    new StatedScore(null, "良好", null)));

            assertThat(score.stated().total()).isNull();
            assertThat(score.stated().grade()).isEqualTo("良好");
            assertThat(score.stated().difference()).isNull();
        }

        @Test
        void aDocumentThatStatesNothingHasNoStatedScore() {
            assertThat(mof.score(scored91_28).stated()).isNull();
        }

        @Test
        void anUnscorableDocumentStillShowsWhatItStates() {
            EvaluationScore score = mof.score(project("100", "100").withStatedScore(
                    new StatedScore(dec("95"), "优", null)));

            assertThat(score.total()).isNull();
            assertThat(score.stated().total()).isEqualByComparingTo("95");
            assertThat(score.stated().difference()).isNull();
        }
    }

    @Nested
    class Execution {

        @Test
        void executionAbove100PercentCountsAs100() {
            // executed 120 of 100: rate 120 → min(120, 100) → 10 points
            EvaluationScore score = mof.score(project("100", "120", output("培训场次", "≥10次", "10次")));
            assertThat(score.execution()).isEqualByComparingTo("10");
            assertThat(score.executionRate()).isEqualByComparingTo("120");
            assertThat(score.total()).isEqualByComparingTo("100");
        }

        @Test
        void partialExecutionEarnsItsShare() {
            // 10 × 62.5 / 100 = 6.25
            EvaluationScore score = mof.score(project("80", "50", output("培训场次", "≥10次", "10次")));
            assertThat(score.execution()).isEqualByComparingTo("6.25");
            assertThat(score.total()).isEqualByComparingTo("96.25");
        }

        @Test
        void noKnownRateEarnsNothing() {
            EvaluationScore score = mof.score(project(null, null, output("培训场次", "≥10次", "10次")));
            assertThat(score.execution()).isEqualByComparingTo("0");
            assertThat(score.executionRate()).isNull();
            assertThat(score.total()).isEqualByComparingTo("90");
        }
    }

    @Nested
    class Department {

        @Test
        void keyTasksAreAveragedWithTheirBudgetsAsWeights() {
            // task A (budget 300) all met: 90; task B (budget 100): OUTPUT only, r = 5/10 → 45
            // indicators (300 × 90 + 100 × 45) / 400 = 78.75; execution 400 of 400 → 10; total 88.75, 良
            EvaluationDocument document = department("400", "400",
                    task("阵地建设", "300", "300", output("新建阵地", "≥3个", "3个")),
                    task("维权服务", "100", "100", output("普法讲座", "≥10场", "5场")));

            EvaluationScore score = mof.score(document);

            assertThat(score.indicatorScore()).isEqualByComparingTo("78.75");
            assertThat(score.total()).isEqualByComparingTo("88.75");
            assertThat(score.grade()).isEqualTo(Grade.GOOD);
            assertThat(score.keyTasks()).extracting(EvaluationScore.KeyTaskScore::weight)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("75"), dec("25"));
            // each task scored like a project: A 10 + 90 = 100, 优; B 10 + 45 = 55, 差
            assertThat(score.keyTasks()).extracting(EvaluationScore.KeyTaskScore::total)
                    .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("100"), dec("55"));
            assertThat(score.keyTasks()).extracting(EvaluationScore.KeyTaskScore::grade)
                    .containsExactly(Grade.EXCELLENT, Grade.POOR);
        }

        @Test
        void aMissingBudgetMeansEqualWeights() {
            // (90 + 45) / 2 = 67.5; + 10 = 77.5, 中
            EvaluationDocument document = department("400", "400",
                    task("阵地建设", "300", "300", output("新建阵地", "≥3个", "3个")),
                    task("维权服务", null, null, output("普法讲座", "≥10场", "5场")));

            EvaluationScore score = mof.score(document);

            assertThat(score.total()).isEqualByComparingTo("77.5");
            assertThat(score.grade()).isEqualTo(Grade.FAIR);
            // the task without money earns no execution points: 0 + 45
            assertThat(score.keyTasks().get(1).total()).isEqualByComparingTo("45");
        }
    }

    @Nested
    class ProfileOptions {

        @TempDir
        Path dir;

        private Scorer profile(String json) throws IOException {
            Files.writeString(dir.resolve("p.json"), json, StandardCharsets.UTF_8);
            return new Scorer(ScoringProfiles.load(dir).get("TEST"));
        }

        private EvaluationDocument workedExample() {
            return project("100", "85",
                    indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "培训场次", "≥10次", "8", null),
                    indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "培训合格率", "≥95%", "97%", null),
                    indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.COST, "人均培训成本", "≤200元", "250元", null),
                    indicator(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL, "受益人数", "≥1000人", "1200", null),
                    indicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT, "服务对象满意度",
                            "≥90%", "85%", null));
        }

        @Test
        void costWithItsOwnPoints() throws IOException {
            Scorer scorer = profile("""
                    {"name": "TEST", "basedOn": "MOF_2020",
                     "categoryPoints": {"OUTPUT": 40, "COST": 10, "BENEFIT": 30, "SATISFACTION": 10}}""");

            EvaluationScore score = scorer.score(workedExample());

            // OUTPUT 40 / 2 = 20 each: 20 × 0.8 + 20 × 1 = 36; COST 10 × 200/250 = 8
            // BENEFIT 30; SATISFACTION 10 × 85/90 = 9.444…; execution 8.5
            // 36 + 8 + 30 + 9.444… + 8.5 = 91.944… → 91.94
            assertThat(score.total()).isEqualByComparingTo("91.94");
            assertThat(score.keyTasks().get(0).indicators().get(2).category()).isEqualTo(IndicatorCategory.COST);
            assertThat(score.keyTasks().get(0).indicators().get(2).points()).isEqualByComparingTo("10");
        }

        @Test
        void overAchievementDeduction() throws IOException {
            Scorer scorer = profile("""
                    {"name": "TEST", "basedOn": "MOF_2020",
                     "overAchievement": {"atPercentOfTarget": 130, "deduction": 2}}""");

            // 13 of ≥ 10 is 130 %: 90 × 1 − 2 = 88; + 10 = 98
            assertThat(scorer.score(project("100", "100", output("培训场次", "≥10次", "13次"))).total())
                    .isEqualByComparingTo("98");
            // 12.9 is 129 %: no deduction, 100
            assertThat(scorer.score(project("100", "100", output("培训场次", "≥10次", "12.9次"))).total())
                    .isEqualByComparingTo("100");
            // an indicator worth 1 point (weights 89 and 1 of 90) loses at most that point, never below 0
            EvaluationScore small = scorer.score(project("100", "100",
                    withWeight(output("培训人次", "≥100人次", "100人次"), "89"),
                    withWeight(output("培训场次", "≥10次", "20次"), "1")));
            IndicatorScore onePoint = small.keyTasks().get(0).indicators().get(1);
            assertThat(onePoint.points()).isEqualByComparingTo("1");
            assertThat(onePoint.deduction()).isEqualByComparingTo("1");
            assertThat(onePoint.score()).isEqualByComparingTo("0");
            // 10 + 89 + 0 = 99
            assertThat(small.total()).isEqualByComparingTo("99");
        }

        @Test
        void totalCappedByExecutionRate() throws IOException {
            Scorer scorer = profile("""
                    {"name": "TEST", "basedOn": "MOF_2020",
                     "executionCaps": [{"from": 70, "below": 80, "maxTotal": 89}]}""");

            // executed 75 %: 7.5 + 90 = 97.5, capped at 89, 良
            EvaluationScore capped = scorer.score(project("100", "75", output("培训场次", "≥10次", "10次")));
            assertThat(capped.total()).isEqualByComparingTo("89");
            assertThat(capped.cap()).isEqualByComparingTo("89");
            assertThat(capped.grade()).isEqualTo(Grade.GOOD);
            // executed 80 %: outside [70, 80), 8 + 90 = 98
            EvaluationScore free = scorer.score(project("100", "80", output("培训场次", "≥10次", "10次")));
            assertThat(free.total()).isEqualByComparingTo("98");
            assertThat(free.cap()).isNull();
        }

        @Test
        void qualitativeBands() throws IOException {
            Scorer scorer = profile("""
                    {"name": "TEST", "basedOn": "MOF_2020",
                     "qualitative": {"partly": {"ratio": 0.6, "from": 50, "to": 80}}}""");

            // 基本完成: 0.6 → 10 + 54 = 64; rating 55 inside 50–80 → 0.55 → 10 + 49.5 = 59.5
            assertThat(scorer.score(project("100", "100", output("影响力", "达到预期", "基本完成"))).total())
                    .isEqualByComparingTo("64");
            assertThat(scorer.score(project("100", "100", withRating(output("影响力", "达到预期", "基本完成"), "55")))
                    .total()).isEqualByComparingTo("59.5");
        }

        @Test
        void executionPointsAndGrades() throws IOException {
            Scorer scorer = profile("""
                    {"name": "TEST", "basedOn": "MOF_2020", "executionPoints": 20,
                     "categoryPoints": {"OUTPUT": 40, "BENEFIT": 30, "SATISFACTION": 10},
                     "grades": {"EXCELLENT": 95, "GOOD": 85, "FAIR": 70}}""");

            EvaluationScore score = scorer.score(workedExample());

            // execution 20 × 0.85 = 17; OUTPUT 40/3 × 2.6 = 34.666…; BENEFIT 30; SATISFACTION 9.444…
            // 17 + 34.666… + 30 + 9.444… = 91.111… → 91.11: below 95, so 良 under this profile
            assertThat(score.total()).isEqualByComparingTo("91.11");
            assertThat(score.grade()).isEqualTo(Grade.GOOD);
        }
    }

    private BigDecimal total(Indicator indicator) {
        return mof.score(project("100", "100", indicator)).total();
    }
}
