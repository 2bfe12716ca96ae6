package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The goal sheet as a document: its JSON, what it must state before it is submitted, what it is made from. */
class GoalSheetTest {

    private static final Department UNIT = new Department("荔湾区示例文化馆", null, "广州市荔湾区", "广州市荔湾区文化广电旅游体育局", null);

    static GoalSheet completeProject() {
        return new GoalSheet(null, Kind.PROJECT, 2026, UNIT, "社区文化活动", "2026年1月至2026年12月",
                new GoalFunds(new BigDecimal("120.5"), new BigDecimal("100.25"), new BigDecimal("20.25")),
                List.of(), List.of(), "三年内覆盖全区街道", "全年举办社区文化活动不少于 60 场",
                List.of(new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "举办社区文化活动场次",
                        null, Target.parse("≥60场"), TargetBasis.HISTORICAL, "2025 年实际 56 场", null),
                        new GoalIndicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT,
                                "参与群众满意度", null, Target.parse("≥90%"), TargetBasis.INDUSTRY, null, null)),
                null);
    }

    @Test
    void aSheetWrittenAndReadAgainIsTheSameWithItsMoneyExact() {
        GoalSheet sheet = completeProject();

        String json = GoalJson.write(sheet);
        GoalSheet read = GoalJson.read(json);

        assertThat(read).isEqualTo(sheet);
        assertThat(json).contains("\"schema\": \"jixiao/goals/v1\"", "\"total\": 120.5", "\"basis\": \"HISTORICAL\"",
                "社区文化活动");
        assertThat(read.funds().appropriation()).isEqualByComparingTo("100.25");
    }

    @Test
    void aCompleteSheetHasNothingToCorrect() {
        assertThat(GoalChecks.check(completeProject())).isEmpty();
    }

    @Test
    void readingRefusesAnotherFormatAndAWrongValueNamingTheField() {
        assertThatThrownBy(() -> GoalJson.read("{\"schema\": \"jixiao/evaluation/v1\", \"kind\": \"PROJECT\"}"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("$.schema");
        assertThatThrownBy(() -> GoalJson.read("{\"schema\": \"jixiao/goals/v1\", \"kind\": \"PROJECT\","
                + " \"fiscalYear\": 2026, \"department\": {\"name\": \"单位\"}, \"indicators\": [{\"basis\": \"GUESS\"}]}"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("$.indicators[0].basis");
        assertThatThrownBy(() -> GoalJson.read("{\"schema\": \"jixiao/goals/v1\", \"kind\": \"PROJECT\","
                + " \"fiscalYear\": 2026, \"department\": {\"name\": \"单位\"}, \"funds\": {\"total\": -3}}"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("$.funds.total")
                .hasMessageContaining("不应为负数");
    }

    @Test
    void partsThatDoNotMakeTheTotalAreAnError() {
        GoalSheet sheet = completeProject();
        GoalSheet wrong = new GoalSheet(null, sheet.kind(), sheet.fiscalYear(), sheet.department(), sheet.project(),
                sheet.period(), new GoalFunds(new BigDecimal("120.5"), new BigDecimal("100"), new BigDecimal("20")),
                List.of(), List.of(), sheet.longTermGoal(), sheet.annualGoal(), sheet.indicators(), null);

        assertThat(GoalChecks.check(wrong)).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("FUNDS_MISMATCH");
            assertThat(f.path()).isEqualTo("$.funds.total");
            assertThat(f.message()).contains("120 万元", "120.5 万元");
        });
    }

    @Test
    void anIndicatorWithoutItsTargetOrItsBasisCannotBeSubmitted() {
        GoalSheet sheet = completeProject().withIndicators(List.of(
                new GoalIndicator(IndicatorCategory.OUTPUT, null, "培训人次", null, null, null, null, null),
                new GoalIndicator(IndicatorCategory.OUTPUT, null, "覆盖街道数", null, Target.parse("22个"),
                        TargetBasis.OTHER, null, null)));

        List<Finding> findings = GoalChecks.check(sheet);

        assertThat(findings).extracting(Finding::path).containsExactly("$.indicators[0].annualTarget",
                "$.indicators[0].basis", "$.indicators[1].basisNote");
        assertThat(findings.get(1).message()).contains("第 1 个指标“培训人次”", "指标值设定依据");
        assertThat(GoalChecks.format(sheet)).as("a draft may still lack them").isEmpty();
    }

    @Test
    void aProjectSheetNeedsItsNamePeriodFundsGoalAndIndicators() {
        GoalSheet blank = GoalSheet.blank(Kind.PROJECT, 2026, UNIT, null);

        assertThat(GoalChecks.check(blank)).extracting(Finding::path).containsExactly("$.project", "$.period",
                "$.annualGoal", "$.funds.total", "$.indicators");
    }

    @Test
    void aDepartmentSheetNeedsItsDutiesAndTasks() {
        GoalSheet blank = GoalSheet.blank(Kind.DEPARTMENT_OVERALL, 2026, UNIT, "ignored");

        assertThat(blank.project()).isNull();
        assertThat(GoalChecks.check(blank)).extracting(Finding::path).contains("$.functions", "$.tasks",
                "$.annualGoal");
        assertThat(GoalChecks.check(blank)).filteredOn(f -> f.path().equals("$.annualGoal")).singleElement()
                .extracting(Finding::message).asString().contains("年度总体目标");
    }

    @Test
    void aLevel2OutsideItsLevel1AndAnOverPreciseAmountAreRefusedEvenInADraft() {
        GoalSheet sheet = new GoalSheet(null, Kind.PROJECT, 2026, UNIT, "项目", null,
                new GoalFunds(new BigDecimal("1.0000001"), null, null), List.of(), List.of(), null, null,
                List.of(new GoalIndicator(IndicatorCategory.BENEFIT, IndicatorSubcategory.QUANTITY, "场次", null,
                        null, null, null, null)), null);

        assertThat(GoalChecks.format(sheet)).extracting(Finding::path).containsExactly("$.funds.total",
                "$.indicators[0].level2");
    }

    @Test
    void nextYearsGoalsBeginFromLastYearsSelfEvaluationWithLastYearsActualAsTheBasis() {
        Indicator met = Indicator.builder().levels(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, null)
                .name("举办讲座场次").annualTarget(Target.parse("≥10场")).actual(Target.parse("14场")).met(true).build();
        Indicator open = Indicator.builder().levels(IndicatorCategory.SATISFACTION, null, null).name("满意度")
                .annualTarget(Target.parse("≥90%")).build();
        KeyTask project = new KeyTask("家庭教育讲座", "举办讲座", new BigDecimal("8.43"), new BigDecimal("8"), null,
                "办了 14 场", null, List.of(met, open), null);
        EvaluationDocument lastYear = new EvaluationDocument(null, Kind.PROJECT, 2025, UNIT, List.of(),
                new Funds(new BigDecimal("8.43"), null, new BigDecimal("8"), null, List.of(), null, null, null),
                List.of("举办家庭教育讲座"), List.of(project), "好", List.of(), List.of(), List.of(), null, null);

        GoalSheet sheet = GoalSheet.fromSelfEvaluation(lastYear, 2026);

        assertThat(sheet.fiscalYear()).isEqualTo(2026);
        assertThat(sheet.project()).isEqualTo("家庭教育讲座");
        assertThat(sheet.annualGoal()).isEqualTo("举办家庭教育讲座");
        assertThat(sheet.funds().total()).isEqualByComparingTo("8.43");
        assertThat(sheet.indicators()).extracting(GoalIndicator::name).containsExactly("举办讲座场次", "满意度");
        assertThat(sheet.indicators().get(0).basis()).isEqualTo(TargetBasis.HISTORICAL);
        assertThat(sheet.indicators().get(0).basisNote()).isEqualTo("上年实际完成值 14场");
        assertThat(sheet.indicators().get(1).basis()).as("nothing to rest on: the unit says").isNull();
    }

    @Test
    void readAsAnEvaluationTheSheetIsOneTaskWithItsIndicatorsAndNoResults() {
        EvaluationDocument asEvaluation = completeProject().asEvaluation();

        assertThat(asEvaluation.keyTasks()).singleElement().satisfies(task -> {
            assertThat(task.name()).isEqualTo("社区文化活动");
            assertThat(task.budget()).isEqualByComparingTo("120.5");
            assertThat(task.indicators()).extracting(Indicator::actual).containsOnlyNulls();
        });
    }
}
