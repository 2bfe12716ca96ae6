package org.jixiao.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.account.Actor;
import org.jixiao.analytics.internal.ResultsSettings;
import org.jixiao.document.Kind;
import org.jixiao.document.ProjectNames;
import org.jixiao.exante.ExAnteAccess;
import org.jixiao.exante.ExAnteHistory;
import org.jixiao.exante.ExAnteRequirement;
import org.jixiao.exante.ExAnteThresholds;
import org.jixiao.indepth.Gaps;
import org.jixiao.indepth.InDepthResults;
import org.springframework.stereotype.Service;

/**
 * 结果应用: each scored evaluation of a region and year with the advice its grade gives for next year's budget,
 * and the reason, by the region's rules. An evaluation with too little to score has no grade to advise on: it is
 * advised to complete its indicators, and its budget is left out of the sums of advised budgets.
 */
@Service
public class ResultsApplication {

    private final RegionDashboard dashboard;
    private final AdviceRules rules;
    private final ExAnteHistory exAnte;
    private final ExAnteThresholds thresholds;
    private final InDepthResults inDepth;

    ResultsApplication(RegionDashboard dashboard, ResultsSettings settings, ExAnteHistory exAnte,
            ExAnteThresholds thresholds, InDepthResults inDepth) {
        this.dashboard = dashboard;
        this.rules = settings.rules();
        this.exAnte = exAnte;
        this.thresholds = thresholds;
        this.inDepth = inDepth;
    }

    /**
     * The region's published in-depth evaluations with the advice their grade gives, by the same rules as a
     * self-evaluation's: an in-depth score outweighs the unit's own (docs/in-depth-evaluation.md).
     */
    public List<InDepthLine> inDepthAdvice(String region) {
        return inDepth.gaps(region).projects().stream().map(gap -> new InDepthLine(gap, rules.advise(gap.fiscalYear(),
                gap.inDepthScore(), gap.budget(), "重点绩效评价"))).toList();
    }

    /** The 再评价偏差 of the region, per project and per unit (the dashboard). */
    public Gaps gaps(String region) {
        return inDepth.gaps(region);
    }

    /** One published in-depth evaluation and the advice its grade gives. */
    public record InDepthLine(Gaps.ProjectGap gap, AdviceRules.Advice advice) {
    }

    /** The year 结果应用 opens on: the newest of the region with a scored evaluation, else this year. */
    public int latestYear(String region) {
        return dashboard.latestScoredYear(region);
    }

    public List<Line> advice(String region, int year) {
        return dashboard.rows(new DashboardQuery(region, year, "score", true, null, null, null)).stream()
                .filter(row -> row.totalScore() != null || row.notScorable() != null)
                .map(row -> new Line(row, row.notScorable() != null ? rules.adviseNotScorable(year, row.missing())
                        : rules.advise(year, row.totalScore(), row.budget())))
                .toList();
    }

    /**
     * The region's advice at a glance: how many evaluations each action concerns, and this year's budget against
     * the budget advised for next year, of every line (the page shows a hundred at a time).
     */
    public static Summary summary(List<Line> lines) {
        Map<AdviceRules.Action, Integer> counts = new EnumMap<>(AdviceRules.Action.class);
        for (AdviceRules.Action action : AdviceRules.Action.values()) {
            counts.put(action, 0);
        }
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal advised = BigDecimal.ZERO;
        for (Line line : lines) {
            counts.merge(line.advice().action(), 1, Integer::sum);
            if (line.row().budget() != null && line.advice().advisedBudget() != null) {
                budget = budget.add(line.row().budget());
                advised = advised.add(line.advice().advisedBudget());
            }
        }
        // as the report prints amounts (two decimals, half up), so that the shown figures add up
        return new Summary(counts, budget.setScale(2, RoundingMode.HALF_UP),
                advised.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The ex-ante conclusion each project's line may cite, by evaluation id: of the region's concluded requests the
     * actor may read, the same unit's for the same project (its name as {@link ProjectNames} compares it), the latest
     * for a budget year up to the one the advice is for (the year after the line's).
     */
    public Map<Long, ExAnteHistory.Assessed> exAnteCited(Actor actor, String region, int year, List<Line> lines) {
        return cited(exAnte.concludedIn(actor, region), year, lines);
    }

    static Map<Long, ExAnteHistory.Assessed> cited(List<ExAnteHistory.Assessed> concluded, int year, List<Line> lines) {
        Map<Long, ExAnteHistory.Assessed> cited = new HashMap<>();
        for (Line line : lines) {
            DashboardRow row = line.row();
            if (row.kind() != Kind.PROJECT || row.subject() == null) {
                continue;
            }
            // the requests come oldest first: the last that fits is the latest
            for (ExAnteHistory.Assessed request : concluded) {
                if (request.unitId() == row.unitId() && request.year() <= year + 1
                        && ProjectNames.same(request.project(), request.code(), row.subject(), null)) {
                    cited.put(row.evaluationId(), request);
                }
            }
        }
        return cited;
    }

    /**
     * The project lines that should have cited an assessment and cite none, with the region's threshold: a project
     * new in the line's year (no self-evaluation of it the year before) whose budget reaches the threshold. Only
     * for those who read the region's requests (its reviewers): to anyone else every line would look uncited.
     */
    public Uncited exAnteMissing(Actor actor, String region, int year, List<Line> lines,
            Map<Long, ExAnteHistory.Assessed> cited) {
        BigDecimal threshold = thresholds.of(region);
        if (!ExAnteAccess.assessesRegion(actor) || !actor.region().equals(region)) {
            return new Uncited(Set.of(), threshold);
        }
        List<DashboardRow> yearBefore = dashboard.rows(new DashboardQuery(region, year - 1, "unit", false, null, null,
                null));
        return new Uncited(uncited(cited, lines, yearBefore, threshold), threshold);
    }

    static Set<Long> uncited(Map<Long, ExAnteHistory.Assessed> cited, List<Line> lines, List<DashboardRow> yearBefore,
            BigDecimal threshold) {
        Set<Long> uncited = new HashSet<>();
        for (Line line : lines) {
            DashboardRow row = line.row();
            if (row.kind() != Kind.PROJECT || cited.containsKey(row.evaluationId())) {
                continue;
            }
            boolean continuing = yearBefore.stream().anyMatch(before -> before.unitId() == row.unitId()
                    && before.kind() == Kind.PROJECT && ProjectNames.same(before.subject(), null, row.subject(), null));
            if (ExAnteRequirement.of(row.budget(), threshold, continuing, null) == ExAnteRequirement.MISSING) {
                uncited.add(row.evaluationId());
            }
        }
        return uncited;
    }

    /** The lines without the assessment they needed, by evaluation id, and the threshold they were held against. */
    public record Uncited(Set<Long> ids, BigDecimal threshold) {
    }

    public AdviceRules rules() {
        return rules;
    }

    /** Evaluations per action; budgets in 万元 (two decimals) of the lines that state one and have an advised one. */
    public record Summary(Map<AdviceRules.Action, Integer> counts, BigDecimal budget, BigDecimal advisedBudget) {

        /** What next year's budget would change by, were every advice followed (negative: less). */
        public BigDecimal change() {
            return advisedBudget.subtract(budget);
        }
    }

    /** One evaluation and its advice. */
    public record Line(DashboardRow row, AdviceRules.Advice advice) {
    }
}
