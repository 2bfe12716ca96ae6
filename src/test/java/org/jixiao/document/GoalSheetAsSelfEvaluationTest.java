package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A self-evaluation begun from the goals approved with the budget: what they state, and no result invented. */
class GoalSheetAsSelfEvaluationTest {

    private static final Department UNIT = new Department("某区示例文化馆", "440103001", "广州市某区", "某区文广旅体局",
            null);

    private static GoalIndicator goal(IndicatorCategory level1, IndicatorSubcategory level2, String name, String cycle,
            String annual) {
        return new GoalIndicator(level1, level2, name, cycle == null ? null : Target.parse(cycle),
                Target.parse(annual), TargetBasis.HISTORICAL, "2025年实际", null);
    }

    private static final List<GoalIndicator> INDICATORS = List.of(
            goal(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "公益讲座场次", "≥60场", "≥20场"),
            goal(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT, "参加群众满意度", null, "≥95%"));

    @Test
    void aProjectBeginsWithItsGoalItsFundsToTheCentAndItsTargetsAndNothingAchieved() {
        GoalSheet sheet = new GoalSheet(null, Kind.PROJECT, 2026, UNIT, "  群众文化惠民演出 ", "2026年1月至2028年12月",
                new GoalFunds(new BigDecimal("120.456789"), new BigDecimal("100.456789"), new BigDecimal("20")),
                List.of(), List.of(), "三年内覆盖全区街道", "全年举办公益讲座20场以上", INDICATORS, null);

        EvaluationDocument document = sheet.asSelfEvaluation();

        assertThat(document.kind()).isEqualTo(Kind.PROJECT);
        assertThat(document.fiscalYear()).isEqualTo(2026);
        assertThat(document.department()).isEqualTo(UNIT);
        assertThat(document.goals()).containsExactly("全年举办公益讲座20场以上");
        assertThat(document.funds().budget()).isEqualByComparingTo("120.456789");
        assertThat(document.funds().executed()).isNull();
        assertThat(document.funds().executionRate()).isNull();
        assertThat(document.keyTasks()).singleElement().satisfies(project -> {
            assertThat(project.name()).isEqualTo("群众文化惠民演出");
            assertThat(project.expectedGoal()).isEqualTo("全年举办公益讲座20场以上");
            assertThat(project.budget()).isEqualByComparingTo("120.456789");
            assertThat(project.executed()).isNull();
            assertThat(project.outcome()).isNull();
            assertThat(project.indicators()).extracting(Indicator::name, i -> i.annualTarget().text(),
                            i -> i.cycleTarget() == null ? null : i.cycleTarget().text())
                    .containsExactly(tuple("公益讲座场次", "≥20场", "≥60场"),
                            tuple("参加群众满意度", "≥95%", null));
            assertThat(project.indicators()).allSatisfy(i -> {
                assertThat(i.actual()).isNull();
                assertThat(i.met()).isNull();
                assertThat(i.rating()).isNull();
                assertThat(i.score()).isNull();
            });
        });
        assertThat(DocumentJson.validate(DocumentJson.mapper().valueToTree(document))).isEmpty();
    }

    @Test
    void aDepartmentBeginsWithItsDutiesItsTasksAsKeyTasksAndItsIndicatorsHeldAsItsTableHoldsThem() {
        GoalSheet sheet = new GoalSheet(null, Kind.DEPARTMENT_OVERALL, 2026, UNIT, null, null,
                new GoalFunds(new BigDecimal("850.10"), null, null), List.of("组织群众文化活动", "保护非物质文化遗产"),
                List.of(new PlannedTask("公益讲座", "面向社区居民的文化讲座", new BigDecimal("30.5")),
                        new PlannedTask("非遗展演", null, new BigDecimal("0.000001"))),
                null, "全年服务群众10万人次", INDICATORS, null);

        EvaluationDocument document = sheet.asSelfEvaluation();

        assertThat(document.functions()).containsExactly("组织群众文化活动", "保护非物质文化遗产");
        assertThat(document.goals()).containsExactly("全年服务群众10万人次");
        assertThat(document.funds().budget()).isEqualByComparingTo("850.10");
        assertThat(document.keyTasks()).extracting(KeyTask::name, KeyTask::expectedGoal)
                .containsExactly(tuple("公益讲座", "面向社区居民的文化讲座"),
                        tuple("非遗展演", null),
                        tuple(GoalSheet.DEPARTMENT_TASK, null));
        assertThat(document.keyTasks().get(1).budget()).isEqualByComparingTo("0.000001");
        assertThat(document.keyTasks().get(2).budget()).isNull();
        assertThat(document.keyTasks().get(2).indicators()).extracting(Indicator::name)
                .containsExactly("公益讲座场次", "参加群众满意度");
        assertThat(document.keyTasks()).allSatisfy(task -> assertThat(task.executed()).isNull());
    }

    @Test
    void whatTheSheetDoesNotStateStaysUnstated() {
        EvaluationDocument document = GoalSheet.blank(Kind.DEPARTMENT_OVERALL, 2026, UNIT, null).asSelfEvaluation();

        assertThat(document.funds()).isNull();
        assertThat(document.goals()).isEmpty();
        assertThat(document.keyTasks()).isEmpty();
    }
}
