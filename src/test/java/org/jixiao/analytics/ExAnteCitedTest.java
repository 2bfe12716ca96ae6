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
        DashboardRow row = new DashboardRow(evaluationId, unitId, "示例单位", kind, subject, new BigDecimal("100"),
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
}
