package org.jixiao.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.exante.ExAnteHistory;
import org.jixiao.exante.ExAnteStatus;
import org.jixiao.scoring.ExAnteConclusion;
import org.junit.jupiter.api.Test;

/** Which ex-ante conclusion a line of results applied to the budget cites. */
class ExAnteCitedTest {

    private static ResultsApplication.Line line(long evaluationId, long unitId, Kind kind, String subject) {
        return line(evaluationId, unitId, kind, subject, "100");
    }

    private static ResultsApplication.Line line(long evaluationId, long unitId, Kind kind, String subject,
            String budget) {
        DashboardRow row = new DashboardRow(evaluationId, unitId, "示例单位", kind, subject, new BigDecimal(budget),
                new BigDecimal("90"), new BigDecimal("90"), new BigDecimal("88"), null, 0, 0, 3, 3,
                EvaluationStatus.PUBLISHED, null, null, null);
        return new ResultsApplication.Line(row, AdviceRules.standard().advise(2025, new BigDecimal("88"), row.budget()));
    }

    private static ExAnteHistory.Assessed concluded(long id, long unitId, int year, String project,
            ExAnteConclusion conclusion) {
        return new ExAnteHistory.Assessed(id, unitId, year, project, ExAnteStatus.CONCLUDED, new BigDecimal("70"),
                conclusion);
    }

    @Test
    void theSameUnitsSameProjectLatestUpToTheBudgetAdvisedIsCited() {
        List<ExAnteHistory.Assessed> requests = List.of(
                concluded(1, 7, 2024, "社区托育服务补助", ExAnteConclusion.SUPPORT),
                concluded(2, 7, 2026, "社区托育服务补助 ", ExAnteConclusion.SUPPORT_AFTER_ADJUSTMENT),
                concluded(3, 7, 2027, "社区托育服务补助", ExAnteConclusion.REJECT),
                concluded(4, 8, 2026, "社区托育服务补助", ExAnteConclusion.REJECT),
                concluded(5, 7, 2026, "另一个项目", ExAnteConclusion.REJECT));

        var cited = ResultsApplication.cited(requests, 2025, List.of(line(10, 7, Kind.PROJECT, "社区托育服务补助"),
                line(11, 7, Kind.DEPARTMENT_OVERALL, ""), line(12, 9, Kind.PROJECT, "社区托育服务补助")));

        assertThat(cited).containsOnlyKeys(10L);
        assertThat(cited.get(10L).id()).as("the request for 2026, the budget the 2025 advice is for").isEqualTo(2);
    }

    @Test
    void aNewProjectReachingTheThresholdWithNoConclusionIsMarkedUncited() {
        // threshold 500: line 20 is new and spends 500 (at it); 21 spends 499.99 (below); 22 spends 900 but was
        // self-evaluated the year before under the same name retyped; 23 cites a conclusion; 24 is the department's
        List<ResultsApplication.Line> lines = List.of(line(20, 7, Kind.PROJECT, "智慧社区建设", "500"),
                line(21, 7, Kind.PROJECT, "社区书屋", "499.99"), line(22, 7, Kind.PROJECT, "城乡供水（二期）", "900"),
                line(23, 7, Kind.PROJECT, "社区托育服务补助", "800"), line(24, 7, Kind.DEPARTMENT_OVERALL, "", "5000"));
        List<DashboardRow> yearBefore = List.of(line(15, 7, Kind.PROJECT, "城乡供水(二期)", "900").row());
        var cited = ResultsApplication.cited(List.of(concluded(1, 7, 2026, "社区托育服务补助", ExAnteConclusion.SUPPORT)),
                2025, lines);

        assertThat(ResultsApplication.uncited(cited, lines, yearBefore, new BigDecimal("500"))).containsExactly(20L);
    }
}
