package org.jixiao.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.analytics.PerformanceCycle.Subject;
import org.jixiao.analytics.PerformanceCycle.Watch;
import org.jixiao.analytics.PerformanceCycle.Year;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.exante.ExAnteHistory;
import org.jixiao.exante.ExAnteStatus;
import org.jixiao.goals.GoalHistory;
import org.jixiao.goals.GoalStatus;
import org.jixiao.monitoring.Signal;
import org.jixiao.scoring.ExAnteConclusion;
import org.junit.jupiter.api.Test;

/** The cycle's lines put together from what each module gives, by hand-made lists. */
class CycleStepsTest {

    private static final AdviceRules RULES = AdviceRules.standard();

    private static ExAnteHistory.Assessed request(long id, int year, String project) {
        return new ExAnteHistory.Assessed(id, 7, year, project, ExAnteStatus.CONCLUDED, new BigDecimal("85.00"),
                ExAnteConclusion.SUPPORT);
    }

    private static ExAnteHistory.Assessed coded(long id, int year, String project, String code) {
        return new ExAnteHistory.Assessed(id, 7, year, project, ExAnteStatus.CONCLUDED, new BigDecimal("85.00"),
                ExAnteConclusion.SUPPORT, code);
    }

    private static GoalHistory.Sheet sheet(long id, int year, Kind kind, String project, GoalStatus status) {
        return new GoalHistory.Sheet(id, year, kind, project, status);
    }

    private static EvaluationSummary evaluation(long id, int year, Kind kind, String subject, String score) {
        return new EvaluationSummary(id, 7, "示例单位", "广州市示例区", year, kind, subject, EvaluationStatus.PUBLISHED,
                new BigDecimal("100"), new BigDecimal("95"), new BigDecimal("95"), 1, 3, null,
                score == null ? null : new BigDecimal(score), null, score == null ? "NO_ACTUALS" : null, null, null, 0, 0,
                null);
    }

    @Test
    void aProjectsCompleteYearHasEveryStepWithItsFigures() {
        List<Subject> subjects = CycleSteps.of(List.of(request(1, 2025, "社区托育服务补助")),
                List.of(sheet(2, 2025, Kind.PROJECT, "社区托育服务补助", GoalStatus.PUBLISHED)),
                List.of(evaluation(3, 2025, Kind.PROJECT, "社区托育服务补助", "92")),
                Map.of(3L, new Watch(8, Signal.YELLOW)), RULES);

        Year year = subjects.get(0).years().get(0);
        assertThat(subjects).singleElement().extracting(Subject::kind, Subject::project)
                .containsExactly(Kind.PROJECT, "社区托育服务补助");
        assertThat(year.year()).isEqualTo(2025);
        assertThat(year.exAnte().conclusion()).isEqualTo(ExAnteConclusion.SUPPORT);
        assertThat(year.goals().status()).isEqualTo(GoalStatus.PUBLISHED);
        assertThat(year.monitoring()).isEqualTo(new Watch(8, Signal.YELLOW));
        assertThat(year.evaluation().id()).isEqualTo(3);
        assertThat(year.advice().action()).isEqualTo(AdviceRules.Action.PRIORITY);
        assertThat(year.advice().advisedBudget()).isEqualByComparingTo("100");
    }

    @Test
    void aStepNotTakenStaysEmptyNeverAZero() {
        List<Subject> subjects = CycleSteps.of(List.of(),
                List.of(sheet(2, 2026, Kind.DEPARTMENT_OVERALL, "", GoalStatus.DRAFT)),
                List.of(evaluation(3, 2025, Kind.DEPARTMENT_OVERALL, "", null),
                        evaluation(4, 2024, Kind.DEPARTMENT_OVERALL, "", "75")),
                Map.of(), RULES);

        assertThat(subjects).singleElement().extracting(Subject::kind).isEqualTo(Kind.DEPARTMENT_OVERALL);
        List<Year> years = subjects.get(0).years();
        assertThat(years).extracting(Year::year).containsExactly(2024, 2025, 2026);
        assertThat(years.get(0).advice().action()).isEqualTo(AdviceRules.Action.CUT);
        assertThat(years.get(0).goals()).as("no goals filed for 2024").isNull();
        assertThat(years.get(0).monitoring()).as("nothing reported").isNull();
        assertThat(years.get(1).advice().action()).as("too little to score: no grade to advise on")
                .isEqualTo(AdviceRules.Action.COMPLETE_INDICATORS);
        assertThat(years.get(1).advice().advisedBudget()).isNull();
        assertThat(years.get(2).evaluation()).as("next year's goals, no self-evaluation yet").isNull();
        assertThat(years.get(2).advice()).isNull();
        assertThat(years).allSatisfy(y -> assertThat(y.exAnte()).isNull());
    }

    @Test
    void theDepartmentComesFirstThenEachProjectByItsNameTrimmed() {
        List<Subject> subjects = CycleSteps.of(List.of(request(1, 2025, " 乙项目 ")),
                List.of(sheet(2, 2025, Kind.PROJECT, "甲项目", GoalStatus.APPROVED)),
                List.of(evaluation(3, 2025, Kind.PROJECT, "乙项目", "85"),
                        evaluation(4, 2025, Kind.DEPARTMENT_OVERALL, "", "90")),
                Map.of(), RULES);

        assertThat(subjects).extracting(Subject::project).containsExactly("", "乙项目", "甲项目");
        Year second = subjects.get(1).years().get(0);
        assertThat(second.exAnte().id()).isEqualTo(1);
        assertThat(second.evaluation().id()).isEqualTo(3);
        assertThat(second.goals()).isNull();
        assertThat(subjects.get(2).years().get(0).goals().id()).isEqualTo(2);
        assertThat(subjects.get(2).years().get(0).evaluation()).isNull();
    }

    @Test
    void aRenamedProjectShowsAsTwoLinesNotGuessedTogether() {
        List<Subject> subjects = CycleSteps.of(List.of(request(1, 2024, "社区托育补助")),
                List.of(sheet(2, 2025, Kind.PROJECT, "社区托育服务补助", GoalStatus.PUBLISHED)),
                List.of(evaluation(3, 2024, Kind.PROJECT, "社区托育补助", "88"),
                        evaluation(4, 2025, Kind.PROJECT, "社区托育服务补助", "91")),
                Map.of(), RULES);

        assertThat(subjects).extracting(Subject::project).containsExactlyInAnyOrder("社区托育补助", "社区托育服务补助");
        assertThat(subjects).allSatisfy(s -> assertThat(s.years()).hasSize(1));
    }

    @Test
    void ofTwoRequestsForTheSameProjectAndYearTheLaterStands() {
        List<Subject> subjects = CycleSteps.of(List.of(request(1, 2025, "甲项目"), request(5, 2025, "甲项目")),
                List.of(), List.of(), Map.of(), RULES);

        assertThat(subjects.get(0).years()).singleElement().extracting(y -> y.exAnte().id()).isEqualTo(5L);
    }

    @Test
    void twoProjectsOfSimilarNamesStayApart() {
        List<Subject> subjects = CycleSteps.of(List.of(request(1, 2025, "城乡供水一期")),
                List.of(sheet(2, 2025, Kind.PROJECT, "城乡供水二期", GoalStatus.APPROVED)),
                List.of(evaluation(3, 2025, Kind.PROJECT, "城乡供水", "85")), Map.of(), RULES);

        assertThat(subjects).extracting(Subject::project).containsExactly("城乡供水", "城乡供水一期", "城乡供水二期");
    }

    @Test
    void aNameRetypedWithOtherSpacesOrFullWidthBracketsIsOneLine() {
        List<Subject> subjects = CycleSteps.of(List.of(request(1, 2025, "城乡供水（二期）")),
                List.of(sheet(2, 2025, Kind.PROJECT, "城乡 供水(二期)", GoalStatus.APPROVED)),
                List.of(evaluation(3, 2025, Kind.PROJECT, "城乡供水(二期) ", "85")), Map.of(), RULES);

        assertThat(subjects).singleElement().satisfies(s -> {
            assertThat(s.years()).singleElement().satisfies(y -> {
                assertThat(y.exAnte().id()).isEqualTo(1);
                assertThat(y.goals().id()).isEqualTo(2);
                assertThat(y.evaluation().id()).isEqualTo(3);
            });
        });
    }

    @Test
    void aRenamedProjectWithTheSameCodeStaysOneLineUnderItsLatestName() {
        // the request of 2025 names the code under the old name; that of 2026 under the new; the 2025 self-evaluation
        // (no code) joins by the old name, filed under the same code
        List<Subject> subjects = CycleSteps.of(
                List.of(coded(1, 2025, "社区托育补助", "440103-007"), coded(5, 2026, "社区托育服务补助", "440103-007")),
                List.of(), List.of(evaluation(3, 2025, Kind.PROJECT, "社区托育补助", "88")), Map.of(), RULES);

        assertThat(subjects).singleElement().satisfies(s -> {
            assertThat(s.project()).isEqualTo("社区托育服务补助");
            assertThat(s.years()).extracting(Year::year).containsExactly(2025, 2026);
            assertThat(s.years().get(0).evaluation().id()).isEqualTo(3);
            assertThat(s.years().get(1).exAnte().id()).isEqualTo(5);
        });
    }

    @Test
    void twoCodesOfOneNameAreTwoProjectsAndAStepWithoutACodeJoinsNeither() {
        List<Subject> subjects = CycleSteps.of(
                List.of(coded(1, 2025, "设备购置", "A-1"), coded(2, 2025, "设备购置", "A-2")),
                List.of(sheet(3, 2025, Kind.PROJECT, "设备购置", GoalStatus.APPROVED)), List.of(), Map.of(), RULES);

        assertThat(subjects).hasSize(3);
        assertThat(subjects).filteredOn(s -> s.years().get(0).goals() != null).singleElement()
                .satisfies(s -> assertThat(s.years().get(0).exAnte()).isNull());
    }
}
