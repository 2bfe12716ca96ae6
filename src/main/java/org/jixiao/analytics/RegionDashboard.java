package org.jixiao.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Decimals;
import org.jixiao.document.Grade;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The finance bureau's view of a region and year: every unit's evaluation with budget, execution, score, grade,
 * findings and status, in one query on the stored assessments, and the figures its charts show.
 */
@Service
public class RegionDashboard {

    private final JdbcClient jdbc;

    RegionDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row of the region and year the query selects, in its order (for the Excel export). */
    public List<DashboardRow> rows(DashboardQuery query) {
        return rows(query, 0, Integer.MAX_VALUE);
    }

    /** A page of those rows: {@code limit} rows from {@code offset}, sorted by the database. */
    public List<DashboardRow> rows(DashboardQuery query, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.id, e.unit_id, e.unit_name, e.kind, e.subject, e.budget, e.executed, e.execution_rate,
                       e.total_score, e.grade, e.error_count, e.warning_count, e.indicator_count, e.indicators_met, e.status,
                       e.not_scorable, e.stated_total, e.stated_grade
                FROM evaluation_overview e
                WHERE e.region = :region AND e.fiscal_year = :year""");
        Map<String, Object> params = where(query, sql);
        sql.append(" ORDER BY ").append(query.orderBy());
        if (offset > 0 || limit < Integer.MAX_VALUE) {
            sql.append(" LIMIT :limit OFFSET :offset");
            params.put("limit", limit);
            params.put("offset", offset);
        }
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new DashboardRow(rs.getLong("id"),
                rs.getLong("unit_id"), rs.getString("unit_name"), Kind.valueOf(rs.getString("kind")),
                rs.getString("subject"), Decimals.canonical(rs.getBigDecimal("budget")),
                Decimals.canonical(rs.getBigDecimal("executed")), Decimals.canonical(rs.getBigDecimal("execution_rate")),
                rs.getBigDecimal("total_score"), rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade")),
                rs.getInt("error_count"), rs.getInt("warning_count"), rs.getInt("indicator_count"),
                rs.getInt("indicators_met"), EvaluationStatus.valueOf(rs.getString("status")), rs.getString("not_scorable"),
                Decimals.canonical(rs.getBigDecimal("stated_total")), rs.getString("stated_grade"))).list();
    }

    private static Map<String, Object> where(DashboardQuery query, StringBuilder sql) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("region", query.region());
        params.put("year", query.year());
        if (query.status() != null) {
            sql.append(" AND e.status = :status");
            params.put("status", query.status().name());
        }
        if (query.grade() != null) {
            sql.append(" AND e.grade = :grade");
            params.put("grade", query.grade().name());
        }
        if (query.unit() != null) {
            sql.append(" AND e.unit_name LIKE :unit");
            params.put("unit", "%" + query.unit().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return params;
    }

    /**
     * The region's figures (units per grade and per score band, budget and execution, indicators achieved) for
     * every row the query selects, added up by the database in one query, so that a region of thousands of units
     * is not sent row by row to be counted; the units and rates of the chart are left empty (see
     * {@link Summary#withUnitsOf}).
     */
    public Summary summary(DashboardQuery query) {
        StringBuilder sql = new StringBuilder("""
                SELECT COUNT(*) AS n, COUNT(e.total_score) AS scored, SUM(e.total_score) AS scores,
                       SUM(e.budget) AS budget, SUM(e.executed) AS executed,
                       SUM(e.indicator_count) AS indicators, SUM(e.indicators_met) AS met,
                       SUM(CASE WHEN e.grade = 'EXCELLENT' THEN 1 ELSE 0 END) AS excellent,
                       SUM(CASE WHEN e.grade = 'GOOD' THEN 1 ELSE 0 END) AS good,
                       SUM(CASE WHEN e.grade = 'FAIR' THEN 1 ELSE 0 END) AS fair,
                       SUM(CASE WHEN e.grade = 'POOR' THEN 1 ELSE 0 END) AS poor,
                       SUM(CASE WHEN e.not_scorable IS NOT NULL THEN 1 ELSE 0 END) AS not_scorable,
                       SUM(CASE WHEN e.total_score < 60 THEN 1 ELSE 0 END) AS band0,
                       SUM(CASE WHEN e.total_score >= 60 AND e.total_score < 70 THEN 1 ELSE 0 END) AS band1,
                       SUM(CASE WHEN e.total_score >= 70 AND e.total_score < 80 THEN 1 ELSE 0 END) AS band2,
                       SUM(CASE WHEN e.total_score >= 80 AND e.total_score < 90 THEN 1 ELSE 0 END) AS band3,
                       SUM(CASE WHEN e.total_score >= 90 THEN 1 ELSE 0 END) AS band4
                FROM evaluation_overview e
                WHERE e.region = :region AND e.fiscal_year = :year""");
        Map<String, Object> params = where(query, sql);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
            grades.put(Grade.EXCELLENT, rs.getInt("excellent"));
            grades.put(Grade.GOOD, rs.getInt("good"));
            grades.put(Grade.FAIR, rs.getInt("fair"));
            grades.put(Grade.POOR, rs.getInt("poor"));
            int scored = rs.getInt("scored");
            BigDecimal budget = sum(rs.getBigDecimal("budget"));
            BigDecimal executed = sum(rs.getBigDecimal("executed"));
            return new Summary(rs.getInt("n"), scored == 0 ? null
                    : rs.getBigDecimal("scores").divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP),
                    budget, executed, budget.signum() == 0 ? null
                            : executed.multiply(BigDecimal.valueOf(100)).divide(budget, 2, RoundingMode.HALF_UP),
                    grades, List.of(rs.getInt("band0"), rs.getInt("band1"), rs.getInt("band2"), rs.getInt("band3"),
                            rs.getInt("band4")), List.of(), List.of(), rs.getInt("indicators"), rs.getInt("met"),
                    rs.getInt("not_scorable"));
        }).single();
    }

    private static BigDecimal sum(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : Decimals.canonical(value);
    }

    /** The years that have evaluations in the region, newest first. */
    public List<Integer> years(String region) {
        return jdbc.sql("""
                SELECT DISTINCT e.fiscal_year FROM evaluation_overview e
                WHERE e.region = ? ORDER BY e.fiscal_year DESC""").param(region).query(Integer.class).list();
    }

    /** The year the dashboard opens on: the newest with evaluations in the region, else this year. */
    public int latestYear(String region) {
        List<Integer> years = region == null ? List.of() : years(region);
        return years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
    }

    /**
     * The newest year of the region with a scored evaluation (or one with too little to score, which is advised on
     * too), else this year: the year whose budget advice there is to read.
     */
    public int latestScoredYear(String region) {
        Integer year = jdbc.sql("""
                SELECT MAX(e.fiscal_year) FROM evaluation_overview e
                WHERE e.region = ? AND (e.total_score IS NOT NULL OR e.not_scorable IS NOT NULL)""")
                .param(region).query(Integer.class).optional().orElse(null);
        return year != null ? year : LocalDate.now().getYear();
    }

    /**
     * The region at a glance. Evaluations with too little to score count in no grade, no score band and not in
     * the average: they are counted apart.
     *
     * @param grades      evaluations per grade
     * @param scoreBands  units per score band: below 60, 60–70, 70–80, 80–90, 90 and above
     * @param units       unit titles in the order of the rows, with
     * @param rates       their execution rates (null where not stated)
     * @param notScorable evaluations not graded for too little to score (无法评分)
     */
    public record Summary(int evaluations, BigDecimal averageScore, BigDecimal budget, BigDecimal executed,
            BigDecimal executionRate, Map<Grade, Integer> grades, List<Integer> scoreBands, List<String> units,
            List<BigDecimal> rates, int indicators, int indicatorsMet, int notScorable) {

        /** The same figures, with the units and rates of these rows only (a page of the table). */
        public Summary withUnitsOf(List<DashboardRow> rows) {
            return new Summary(evaluations, averageScore, budget, executed, executionRate, grades, scoreBands,
                    rows.stream().map(DashboardRow::title).toList(),
                    rows.stream().map(DashboardRow::executionRate).toList(), indicators, indicatorsMet, notScorable);
        }
    }
}
