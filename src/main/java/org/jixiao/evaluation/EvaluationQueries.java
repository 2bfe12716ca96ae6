package org.jixiao.evaluation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Decimals;
import org.jixiao.document.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Lists of evaluations read in one query each, without loading aggregates. */
@Component
class EvaluationQueries {

    private final JdbcClient jdbc;

    EvaluationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EvaluationSummary> summaries(EvaluationFilter filter) {
        return summaries(filter, EvaluationOrder.NEWEST_YEAR_FIRST, 0, Integer.MAX_VALUE);
    }

    /** How many evaluations the filter selects. */
    int count(EvaluationFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM evaluation e JOIN unit u ON u.id = e.unit_id WHERE 1 = 1");
        Map<String, Object> params = where(filter, sql);
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    /** How many of the evaluations the filter selects were found, when last assessed, to have too little to score. */
    int countNotScorable(EvaluationFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM evaluation e JOIN unit u ON u.id = e.unit_id"
                + " WHERE e.not_scorable IS NOT NULL");
        Map<String, Object> params = where(filter, sql);
        return jdbc.sql(sql.toString()).params(params).query(Integer.class).single();
    }

    /** {@code limit} of the summaries from {@code offset}, in that order, sorted and cut by the database. */
    List<EvaluationSummary> summaries(EvaluationFilter filter, EvaluationOrder order, int offset, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.id, e.unit_id, u.name AS unit_name, u.region, e.fiscal_year, e.kind, e.subject, e.status,
                       e.budget, e.executed, e.execution_rate, e.updated_at, e.total_score, e.grade, e.not_scorable,
                       e.stated_total, e.stated_grade, e.error_count, e.warning_count, e.submitted_at,
                       (SELECT COUNT(*) FROM key_task t WHERE t.evaluation_id = e.id) AS key_tasks,
                       (SELECT COUNT(*) FROM indicator i WHERE i.evaluation_id = e.id) AS indicators
                FROM evaluation e JOIN unit u ON u.id = e.unit_id
                WHERE 1 = 1
                """);
        Map<String, Object> params = where(filter, sql);
        sql.append(switch (order) {
            case NEWEST_YEAR_FIRST -> " ORDER BY e.fiscal_year DESC, u.name, e.kind, e.subject, e.id";
            // NULLS LAST spelled out: H2 and PostgreSQL put nulls at opposite ends by default
            case REVIEW_QUEUE -> " ORDER BY CASE e.status WHEN 'SUBMITTED' THEN 0 WHEN 'RETURNED' THEN 1"
                    + " WHEN 'DRAFT' THEN 2 WHEN 'APPROVED' THEN 3 ELSE 4 END,"
                    + " CASE WHEN e.status = 'SUBMITTED' THEN e.submitted_at END NULLS LAST,"
                    + " e.fiscal_year DESC, u.name, e.kind, e.subject, e.id";
        });
        if (offset > 0 || limit < Integer.MAX_VALUE) {
            sql.append(" LIMIT :limit OFFSET :offset");
            params.put("limit", limit);
            params.put("offset", offset);
        }
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> new EvaluationSummary(
                rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"), emptyToNull(rs.getString("region")),
                rs.getInt("fiscal_year"), Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                EvaluationStatus.valueOf(rs.getString("status")), Decimals.canonical(rs.getBigDecimal("budget")),
                Decimals.canonical(rs.getBigDecimal("executed")), Decimals.canonical(rs.getBigDecimal("execution_rate")),
                rs.getInt("key_tasks"), rs.getInt("indicators"),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getBigDecimal("total_score"),
                rs.getString("grade"), rs.getString("not_scorable"), Decimals.canonical(rs.getBigDecimal("stated_total")),
                rs.getString("stated_grade"), rs.getInt("error_count"), rs.getInt("warning_count"),
                instant(rs.getObject("submitted_at", OffsetDateTime.class)))).list();
    }

    /**
     * The ids the filter selects, by unit and then year, so that a batch of them holds the years of the same
     * units (last year's evaluation is then mostly in the same batch).
     */
    List<Long> ids(EvaluationFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT e.id FROM evaluation e JOIN unit u ON u.id = e.unit_id WHERE 1 = 1");
        Map<String, Object> params = where(filter, sql);
        sql.append(" ORDER BY e.unit_id, e.kind, e.subject, e.fiscal_year, e.id");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    /** The regions units belong to, by name: one indexed query, not every unit of a province loaded. */
    List<String> regions() {
        return jdbc.sql("SELECT DISTINCT region FROM unit WHERE region <> '' ORDER BY region").query(String.class).list();
    }

    /** The evaluations never assessed, or assessed with another profile, by unit and year. */
    List<Long> idsNotAssessedWith(String profile) {
        return jdbc.sql("SELECT id FROM evaluation WHERE scoring_profile IS NULL OR scoring_profile <> ?"
                + " ORDER BY unit_id, kind, subject, fiscal_year, id").param(profile).query(Long.class).list();
    }

    private static Map<String, Object> where(EvaluationFilter filter, StringBuilder sql) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.ids() != null) {
            sql.append(" AND e.id IN (:ids)");
            params.put("ids", new ArrayList<>(filter.ids()));
        }
        if (filter.year() != null) {
            sql.append(" AND e.fiscal_year = :year");
            params.put("year", filter.year());
        }
        if (filter.unitId() != null) {
            sql.append(" AND e.unit_id = :unitId");
            params.put("unitId", filter.unitId());
        }
        if (filter.region() != null) {
            sql.append(" AND u.region = :region");
            params.put("region", filter.region());
        }
        if (filter.statuses() != null) {
            sql.append(" AND e.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.text() != null) {
            sql.append(" AND (u.name LIKE :text OR e.conclusion LIKE :text")
                    .append(" OR EXISTS (SELECT 1 FROM evaluation_text x WHERE x.evaluation_id = e.id AND x.body LIKE :text)")
                    .append(" OR EXISTS (SELECT 1 FROM key_task k WHERE k.evaluation_id = e.id")
                    .append(" AND (k.name LIKE :text OR k.outcome LIKE :text OR k.expected_goal LIKE :text))")
                    .append(" OR EXISTS (SELECT 1 FROM indicator i WHERE i.evaluation_id = e.id AND i.name LIKE :text))");
            params.put("text", "%" + likeEscaped(filter.text()) + "%");
        }
        if (filter.unitName() != null) {
            sql.append(" AND u.name LIKE :unitName");
            params.put("unitName", "%" + likeEscaped(filter.unitName()) + "%");
        }
        return params;
    }

    /** Evaluations per fiscal year and status, newest year first. */
    List<YearCount> years() {
        return jdbc.sql("SELECT fiscal_year, status, COUNT(*) AS n FROM evaluation GROUP BY fiscal_year, status"
                        + " ORDER BY fiscal_year DESC, status")
                .query((rs, row) -> new YearCount(rs.getInt("fiscal_year"), EvaluationStatus.valueOf(rs.getString("status")),
                        rs.getLong("n"))).list();
    }

    /** Searched words are taken literally: % and _ match themselves (backslash is the default LIKE escape). */
    private static String likeEscaped(String words) {
        return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
