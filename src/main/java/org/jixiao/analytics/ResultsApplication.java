package org.jixiao.analytics;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 结果应用: each scored evaluation of a region and year with the advice its grade gives for next year's budget,
 * and the reason, by the region's rules.
 */
@Service
public class ResultsApplication {

    private final RegionDashboard dashboard;
    private final AdviceRules rules;

    ResultsApplication(RegionDashboard dashboard, ResultsSettings settings) {
        this.dashboard = dashboard;
        this.rules = settings.rules();
    }

    public List<Line> advice(String region, int year) {
        return dashboard.rows(new DashboardQuery(region, year, "score", true, null, null, null)).stream()
                .filter(row -> row.totalScore() != null)
                .map(row -> new Line(row, rules.advise(year, row.totalScore(), row.budget())))
                .toList();
    }

    public AdviceRules rules() {
        return rules;
    }

    /** One evaluation and its advice. */
    public record Line(DashboardRow row, AdviceRules.Advice advice) {
    }
}
