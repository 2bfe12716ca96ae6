package org.jixiao.indepth;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jixiao.document.Decimals;
import org.jixiao.document.Grade;
import org.jixiao.scoring.InDepthAgreement;
import org.jixiao.scoring.InDepthFramework;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The module's tables (in_depth_*), read and written in SQL that H2 and PostgreSQL both speak. */
@Repository
class InDepthStore {

    private static final String COLUMNS = """
            id, region, unit_id, unit_name, source_id, project_name, fiscal_year, amount, self_score, kind, scope,
            starts_on, ends_on, status, framework_title, spread_share, institution_id, assigned_from, assigned_until,
            total, grade, opened_by, opened_at, published_at, version""";

    /** What is evaluated: the project's name, or for a department's whole spending (no subject) 部门整体支出. */
    private static final String PROJECT = "CASE WHEN e.subject IS NULL OR e.subject = '' THEN '部门整体支出'"
            + " ELSE e.subject END";

    private final JdbcClient jdbc;

    InDepthStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The region's approved or published self-evaluations, with when each project was last evaluated in depth. */
    List<InDepthCandidate> candidates(String region, Selection selection, int thisYear) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.id, e.unit_id, e.unit_name, PROJECT AS project, e.fiscal_year, e.budget,
                       COALESCE(e.stated_total, e.total_score) AS self_score, e.grade,
                       e.error_count + e.warning_count AS findings, d.last_year
                FROM evaluation_overview e
                LEFT JOIN (SELECT unit_id, project_name, MAX(fiscal_year) AS last_year FROM in_depth_evaluation
                           GROUP BY unit_id, project_name) d ON d.unit_id = e.unit_id AND d.project_name = PROJECT
                WHERE e.region = :region AND e.status IN ('APPROVED', 'PUBLISHED')""".replace("PROJECT", PROJECT));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("region", region);
        if (selection.minBudget() != null) {
            sql.append(" AND e.budget >= :budget");
            params.put("budget", selection.minBudget());
        }
        if (selection.grade() != null) {
            sql.append(" AND e.grade = :grade");
            params.put("grade", selection.grade().name());
        }
        if (selection.minYearsSince() != null) {
            sql.append(" AND (d.last_year IS NULL OR d.last_year <= :lastYear)");
            params.put("lastYear", thisYear - selection.minYearsSince());
        }
        if (selection.minFindings() != null) {
            sql.append(" AND e.error_count + e.warning_count >= :findings");
            params.put("findings", selection.minFindings());
        }
        sql.append(" ORDER BY e.budget DESC, e.unit_name, e.subject, e.id");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new InDepthCandidate(rs.getLong("id"),
                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("project"), rs.getInt("fiscal_year"),
                Decimals.canonical(rs.getBigDecimal("budget")), rs.getBigDecimal("self_score"),
                rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade")), rs.getInt("findings"),
                (Integer) rs.getObject("last_year", Integer.class))).list();
    }

    /** One candidate by its self-evaluation's id, within the region; empty where not one. */
    Optional<InDepthCandidate> candidate(String region, long evaluationId, int thisYear) {
        return candidates(region, Selection.ALL, thisYear).stream().filter(c -> c.evaluationId() == evaluationId)
                .findFirst();
    }

    long insert(String region, InDepthCandidate source, InDepthOpening opening, InDepthFramework framework,
            String openedBy, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO in_depth_evaluation (region, unit_id, unit_name, source_id, project_name, fiscal_year,
                            amount, self_score, kind, scope, starts_on, ends_on, status, framework_title, spread_share,
                            opened_by, opened_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(region, source.unitId(), source.unitName(), source.evaluationId(), source.project(),
                        source.fiscalYear(), source.budget(), source.selfScore(), opening.kind().name(),
                        opening.scope().strip(), Date.valueOf(opening.startsOn()), Date.valueOf(opening.endsOn()),
                        InDepthStatus.OPENED.name(), framework.title(), framework.spreadShare(), openedBy,
                        Timestamp.from(at))
                .update(key, "id");
        long id = key.getKey().longValue();
        writeFramework(id, framework);
        return id;
    }

    void writeFramework(long id, InDepthFramework framework) {
        jdbc.sql("DELETE FROM in_depth_indicator WHERE evaluation_id = ?").param(id).update();
        List<InDepthFramework.Indicator> indicators = framework.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            InDepthFramework.Indicator x = indicators.get(i);
            jdbc.sql("""
                            INSERT INTO in_depth_indicator (evaluation_id, code, position, area, grp, title, weight, rule)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, x.code(), i, x.area(), x.group(), x.title(), x.weight(), x.rule()).update();
        }
        jdbc.sql("UPDATE in_depth_evaluation SET version = version + 1 WHERE id = ?").param(id).update();
    }

    InDepthFramework framework(long id) {
        Map<String, Object> head = jdbc.sql("SELECT framework_title, spread_share FROM in_depth_evaluation WHERE id = ?")
                .param(id).query().singleRow();
        List<InDepthFramework.Indicator> indicators = jdbc.sql("""
                        SELECT code, area, grp, title, weight, rule FROM in_depth_indicator WHERE evaluation_id = ?
                        ORDER BY position""")
                .param(id).query((rs, n) -> new InDepthFramework.Indicator(rs.getString("code"), rs.getString("area"),
                        rs.getString("grp"), rs.getString("title"), Decimals.canonical(rs.getBigDecimal("weight")),
                        rs.getString("rule"))).list();
        BigDecimal share = (BigDecimal) head.get("spread_share");
        return new InDepthFramework(null, (String) head.get("framework_title"), null,
                share.stripTrailingZeros(), indicators);
    }

    /** The next status; false where the evaluation was not at {@code from} any more. */
    boolean step(long id, InDepthStatus from, InDepthStatus to, Instant at) {
        return jdbc.sql("""
                        UPDATE in_depth_evaluation SET status = ?, version = version + 1,
                            published_at = COALESCE(?, published_at)
                        WHERE id = ? AND status = ?""")
                .params(to.name(), to == InDepthStatus.PUBLISHED ? Timestamp.from(at) : null, id, from.name())
                .update() == 1;
    }

    void result(long id, BigDecimal total, Grade grade) {
        jdbc.sql("UPDATE in_depth_evaluation SET total = ?, grade = ?, version = version + 1 WHERE id = ?")
                .params(total, grade == null ? null : grade.name(), id).update();
    }

    void assign(long id, long institutionId, LocalDate from, LocalDate until) {
        jdbc.sql("""
                        UPDATE in_depth_evaluation SET institution_id = ?, assigned_from = ?, assigned_until = ?,
                            version = version + 1 WHERE id = ?""")
                .params(institutionId, Date.valueOf(from), Date.valueOf(until), id).update();
    }

    void addExpert(long id, String username) {
        jdbc.sql("INSERT INTO in_depth_expert (evaluation_id, username) VALUES (?, ?)").params(id, username).update();
    }

    /** Replaces the expert's score of the indicator. */
    void score(long id, String username, String code, BigDecimal score, Instant at) {
        jdbc.sql("DELETE FROM in_depth_expert_score WHERE evaluation_id = ? AND username = ? AND code = ?")
                .params(id, username, code).update();
        if (score != null) {
            jdbc.sql("""
                            INSERT INTO in_depth_expert_score (evaluation_id, username, code, score, scored_at)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(id, username, code, score, Timestamp.from(at)).update();
        }
    }

    /** Each expert's scores by indicator code, the experts in the order of their names. */
    Map<String, Map<String, BigDecimal>> scores(long id) {
        Map<String, Map<String, BigDecimal>> scores = new TreeMap<>();
        jdbc.sql("SELECT username, code, score FROM in_depth_expert_score WHERE evaluation_id = ?").param(id)
                .query((rs, n) -> scores.computeIfAbsent(rs.getString("username"), k -> new LinkedHashMap<>())
                        .put(rs.getString("code"), Decimals.canonical(rs.getBigDecimal("score"))))
                .list();
        return scores;
    }

    void agree(long id, InDepthAgreement agreement) {
        jdbc.sql("DELETE FROM in_depth_agreed WHERE evaluation_id = ? AND code = ?").params(id, agreement.code())
                .update();
        jdbc.sql("""
                        INSERT INTO in_depth_agreed (evaluation_id, code, score, reason, agreed_by, agreed_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, agreement.code(), agreement.score(), agreement.reason(), agreement.agreedBy(),
                        Timestamp.from(agreement.agreedAt())).update();
    }

    Map<String, InDepthAgreement> agreed(long id) {
        Map<String, InDepthAgreement> agreed = new LinkedHashMap<>();
        jdbc.sql("SELECT code, score, reason, agreed_by, agreed_at FROM in_depth_agreed WHERE evaluation_id = ?")
                .param(id).query((rs, n) -> agreed.put(rs.getString("code"), new InDepthAgreement(rs.getString("code"),
                        rs.getBigDecimal("score"), rs.getString("reason"), rs.getString("agreed_by"),
                        rs.getTimestamp("agreed_at").toInstant())))
                .list();
        return agreed;
    }

    void writeReport(long id, Map<ReportSection, String> texts) {
        texts.forEach((section, body) -> {
            jdbc.sql("DELETE FROM in_depth_report_text WHERE evaluation_id = ? AND section = ?")
                    .params(id, section.name()).update();
            if (body != null && !body.isBlank()) {
                jdbc.sql("INSERT INTO in_depth_report_text (evaluation_id, section, body) VALUES (?, ?, ?)")
                        .params(id, section.name(), body.strip()).update();
            }
        });
        jdbc.sql("UPDATE in_depth_evaluation SET version = version + 1 WHERE id = ?").param(id).update();
    }

    long createInstitution(String region, String name) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO in_depth_institution (region, name) VALUES (?, ?)").params(region, name.strip())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void addMember(long institutionId, String username) {
        jdbc.sql("INSERT INTO in_depth_member (institution_id, username) VALUES (?, ?)").params(institutionId, username)
                .update();
    }

    List<Institution> institutions(String region) {
        return withMembers(jdbc.sql("SELECT id, region, name FROM in_depth_institution WHERE region = ? ORDER BY name")
                .param(region).query((rs, n) -> new Institution(rs.getLong("id"), rs.getString("region"),
                        rs.getString("name"), List.of())).list());
    }

    Optional<Institution> institution(long id) {
        return withMembers(jdbc.sql("SELECT id, region, name FROM in_depth_institution WHERE id = ?").param(id)
                .query((rs, n) -> new Institution(rs.getLong("id"), rs.getString("region"), rs.getString("name"),
                        List.of())).list()).stream().findFirst();
    }

    private List<Institution> withMembers(List<Institution> institutions) {
        if (institutions.isEmpty()) {
            return institutions;
        }
        Map<Long, List<String>> members = new HashMap<>();
        jdbc.sql("SELECT institution_id, username FROM in_depth_member WHERE institution_id IN (:ids) ORDER BY username")
                .param("ids", institutions.stream().map(Institution::id).toList())
                .query((rs, n) -> members.computeIfAbsent(rs.getLong("institution_id"), k -> new ArrayList<>())
                        .add(rs.getString("username"))).list();
        return institutions.stream().map(i -> new Institution(i.id(), i.region(), i.name(),
                members.getOrDefault(i.id(), List.of()))).toList();
    }

    Optional<InDepthEvaluation> find(long id) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM in_depth_evaluation WHERE id = ?").param(id)
                .query(InDepthStore::row).list()).stream().findFirst();
    }

    List<InDepthEvaluation> ofRegion(String region) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM in_depth_evaluation WHERE region = ?"
                + " ORDER BY opened_at DESC, id DESC").param(region).query(InDepthStore::row).list());
    }

    List<InDepthEvaluation> ofUnit(long unitId) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM in_depth_evaluation WHERE unit_id = ?"
                + " ORDER BY opened_at DESC, id DESC").param(unitId).query(InDepthStore::row).list());
    }

    /** The region's published evaluations as gaps, the newest year first. */
    List<Gaps.ProjectGap> published(String region) {
        return jdbc.sql("""
                        SELECT id, unit_id, unit_name, project_name, fiscal_year, amount, self_score, total, grade
                        FROM in_depth_evaluation WHERE region = ? AND status = 'PUBLISHED'
                        ORDER BY fiscal_year DESC, unit_name, project_name, id""")
                .param(region).query((rs, n) -> {
                    BigDecimal self = rs.getBigDecimal("self_score");
                    BigDecimal total = rs.getBigDecimal("total");
                    return new Gaps.ProjectGap(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                            rs.getString("project_name"), rs.getInt("fiscal_year"),
                            Decimals.canonical(rs.getBigDecimal("amount")), self, total,
                            Grade.valueOf(rs.getString("grade")), self == null ? null : self.subtract(total));
                }).list();
    }

    /** The evaluations the person is named on, as an institution's member or an expert (their period checked later). */
    List<InDepthEvaluation> ofPerson(String username) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM in_depth_evaluation WHERE id IN ("
                        + "SELECT evaluation_id FROM in_depth_expert WHERE username = :u) OR institution_id IN ("
                        + "SELECT institution_id FROM in_depth_member WHERE username = :u) ORDER BY opened_at DESC, id DESC")
                .param("u", username).query(InDepthStore::row).list());
    }

    /** The evaluations with their institutions, experts and report texts: a few queries for the whole list. */
    private List<InDepthEvaluation> withParts(List<InDepthEvaluation> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(InDepthEvaluation::id).toList();
        Map<Long, List<String>> experts = new HashMap<>();
        jdbc.sql("SELECT evaluation_id, username FROM in_depth_expert WHERE evaluation_id IN (:ids) ORDER BY username")
                .param("ids", ids).query((rs, n) -> experts.computeIfAbsent(rs.getLong("evaluation_id"),
                        k -> new ArrayList<>()).add(rs.getString("username"))).list();
        Map<Long, Map<ReportSection, String>> texts = new HashMap<>();
        jdbc.sql("SELECT evaluation_id, section, body FROM in_depth_report_text WHERE evaluation_id IN (:ids)")
                .param("ids", ids).query((rs, n) -> texts.computeIfAbsent(rs.getLong("evaluation_id"),
                        k -> new EnumMap<>(ReportSection.class)).put(ReportSection.valueOf(rs.getString("section")),
                        rs.getString("body"))).list();
        Map<Long, Institution> institutions = new HashMap<>();
        return rows.stream().map(e -> {
            Institution institution = e.institution() == null ? null : institutions.computeIfAbsent(
                    e.institution().id(), k -> institution(k).orElse(null));
            return new InDepthEvaluation(e.id(), e.region(), e.unitId(), e.unitName(), e.sourceId(), e.projectName(),
                    e.fiscalYear(), e.amount(), e.selfScore(), e.kind(), e.scope(), e.startsOn(), e.endsOn(), e.status(),
                    institution, e.assignedFrom(), e.assignedUntil(), experts.getOrDefault(e.id(), List.of()), e.total(),
                    e.grade(), e.openedBy(), e.openedAt(), e.publishedAt(), texts.getOrDefault(e.id(), Map.of()),
                    e.version());
        }).toList();
    }

    /** One row; its institution a placeholder of its id, its experts and texts added by {@link #withParts}. */
    private static InDepthEvaluation row(ResultSet rs, int n) throws SQLException {
        long institution = rs.getLong("institution_id");
        boolean assigned = !rs.wasNull();
        String grade = rs.getString("grade");
        Timestamp published = rs.getTimestamp("published_at");
        return new InDepthEvaluation(rs.getLong("id"), rs.getString("region"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getLong("source_id"), rs.getString("project_name"),
                rs.getInt("fiscal_year"), Decimals.canonical(rs.getBigDecimal("amount")), rs.getBigDecimal("self_score"),
                InDepthKind.valueOf(rs.getString("kind")), rs.getString("scope"), date(rs, "starts_on"),
                date(rs, "ends_on"), InDepthStatus.valueOf(rs.getString("status")),
                assigned ? new Institution(institution, null, null, List.of()) : null, date(rs, "assigned_from"),
                date(rs, "assigned_until"), List.of(), rs.getBigDecimal("total"),
                grade == null ? null : Grade.valueOf(grade), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), published == null ? null : published.toInstant(), Map.of(),
                rs.getLong("version"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
