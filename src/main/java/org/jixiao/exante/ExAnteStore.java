package org.jixiao.exante;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.document.Decimals;
import org.jixiao.document.ProjectNames;
import org.jixiao.scoring.ExAnteConclusion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The module's tables (ex_ante_*), read and written in SQL that H2 and PostgreSQL both speak. */
@Repository
class ExAnteStore {

    private static final String COLUMNS = """
            id, unit_id, unit_name, region, project_name, fiscal_year, amount, necessity, goals, indicators, plan, status,
            profile, filed_by, filed_at, submitted_at, return_note, assessor, assessed_at, opinion, total, conclusion,
            version, project_code""";

    private final JdbcClient jdbc;

    ExAnteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long unitId, String unitName, String region, ExAnteFiling filing, String profile, String filedBy,
            Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO ex_ante_request (unit_id, unit_name, region, project_name, fiscal_year, amount, necessity,
                            goals, indicators, plan, status, profile, filed_by, filed_at, version, project_code)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
                .params(unitId, unitName, region, filing.projectName(), filing.year(), filing.amount(),
                        text(filing.necessity()), text(filing.goals()), String.join("\n", filing.indicators()),
                        text(filing.plan()), ExAnteStatus.DRAFT.name(), profile, filedBy, Timestamp.from(at),
                        filing.projectCode())
                .update(key, "id");
        long id = key.getKey().longValue();
        writeFundings(id, filing.fundings());
        return id;
    }

    /** Replaces the unit's part; false where the version is not the one the form was read at. */
    boolean update(long id, long version, ExAnteFiling filing) {
        int changed = jdbc.sql("""
                        UPDATE ex_ante_request SET project_name = ?, fiscal_year = ?, amount = ?, necessity = ?, goals = ?,
                            indicators = ?, plan = ?, project_code = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(filing.projectName(), filing.year(), filing.amount(), text(filing.necessity()),
                        text(filing.goals()), String.join("\n", filing.indicators()), text(filing.plan()),
                        filing.projectCode(), id, version)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM ex_ante_funding WHERE request_id = ?").param(id).update();
        writeFundings(id, filing.fundings());
        return true;
    }

    /** A new status (and what comes with it); false where the version moved on meanwhile. */
    boolean step(long id, long version, ExAnteStatus status, Instant submittedAt, String returnNote) {
        return jdbc.sql("""
                        UPDATE ex_ante_request SET status = ?, submitted_at = COALESCE(?, submitted_at), return_note = ?,
                            version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(status.name(), submittedAt == null ? null : Timestamp.from(submittedAt), returnNote, id, version)
                .update() == 1;
    }

    /** The assessment's scores, reasons and total, and the conclusion where concluded; false where stale. */
    boolean assess(long id, long version, ExAnteRequest.Assessment assessment, ExAnteStatus status) {
        int changed = jdbc.sql("""
                        UPDATE ex_ante_request SET assessor = ?, assessed_at = ?, opinion = ?, total = ?, conclusion = ?,
                            status = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(assessment.assessor(), Timestamp.from(assessment.assessedAt()), assessment.opinion(),
                        assessment.total(), assessment.conclusion() == null ? null : assessment.conclusion().name(),
                        status.name(), id, version)
                .update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM ex_ante_score WHERE request_id = ?").param(id).update();
        jdbc.sql("DELETE FROM ex_ante_reason WHERE request_id = ?").param(id).update();
        assessment.scores().forEach((code, score) -> jdbc.sql(
                "INSERT INTO ex_ante_score (request_id, point_code, score) VALUES (?, ?, ?)")
                .params(id, code, score).update());
        assessment.reasons().forEach((code, reason) -> jdbc.sql(
                "INSERT INTO ex_ante_reason (request_id, criterion_code, reason) VALUES (?, ?, ?)")
                .params(id, code, reason).update());
        return true;
    }

    Optional<ExAnteRequest> find(long id) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM ex_ante_request WHERE id = :id").param("id", id)
                .query(ExAnteStore::row).list()).stream().findFirst();
    }

    /** A unit's requests, the newest first. */
    List<ExAnteRequest> ofUnit(long unitId) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM ex_ante_request WHERE unit_id = :unit"
                        + " ORDER BY fiscal_year DESC, id DESC")
                .param("unit", unitId).query(ExAnteStore::row).list());
    }

    /** A region's requests the unit has submitted at least once, those waiting first. */
    List<ExAnteRequest> ofRegion(String region) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM ex_ante_request WHERE region = :region AND status <> :draft"
                        + " ORDER BY CASE WHEN status = :waiting THEN 0 ELSE 1 END, submitted_at DESC, id DESC")
                .param("region", region).param("draft", ExAnteStatus.DRAFT.name())
                .param("waiting", ExAnteStatus.SUBMITTED.name()).query(ExAnteStore::row).list());
    }

    /** One step of a request, written in the step's transaction. */
    void record(long requestId, String action, String actor, Instant at, String detail) {
        jdbc.sql("INSERT INTO ex_ante_event (request_id, action, actor, occurred_at, detail) VALUES (?, ?, ?, ?, ?)")
                .params(requestId, action, actor, Timestamp.from(at), detail).update();
    }

    /** A request's steps, in the order they were taken. */
    List<ExAnteEvent> events(long requestId) {
        return jdbc.sql("SELECT action, actor, occurred_at, detail FROM ex_ante_event WHERE request_id = ? ORDER BY id")
                .param(requestId).query((rs, n) -> new ExAnteEvent(rs.getString("action"), rs.getString("actor"),
                        instant(rs, "occurred_at"), rs.getString("detail"))).list();
    }

    /** The region's own threshold (万元), where the administrator set one. */
    Optional<BigDecimal> threshold(String region) {
        return jdbc.sql("SELECT amount FROM ex_ante_threshold WHERE region = ?").param(region)
                .query((rs, n) -> Decimals.canonical(rs.getBigDecimal("amount"))).optional();
    }

    /** Every region's own threshold, by region. */
    Map<String, BigDecimal> thresholds() {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        jdbc.sql("SELECT region, amount FROM ex_ante_threshold ORDER BY region")
                .query((rs, n) -> all.put(rs.getString("region"), Decimals.canonical(rs.getBigDecimal("amount"))))
                .list();
        return all;
    }

    void setThreshold(String region, BigDecimal amount, String by, Instant at) {
        int changed = jdbc.sql("UPDATE ex_ante_threshold SET amount = ?, set_by = ?, set_at = ? WHERE region = ?")
                .params(amount, by, Timestamp.from(at), region).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO ex_ante_threshold (region, amount, set_by, set_at) VALUES (?, ?, ?, ?)")
                    .params(region, amount, by, Timestamp.from(at)).update();
        }
    }

    /**
     * The latest concluded request of a unit for a project (its code where both have one, else its name) and a
     * budget year: what the approval of the project's goals cites.
     */
    Optional<ExAnteHistory.Assessed> concluded(long unitId, int year, String project, String code) {
        return jdbc.sql("SELECT id, unit_id, fiscal_year, project_name, project_code, status, total, conclusion"
                        + " FROM ex_ante_request WHERE unit_id = ? AND fiscal_year = ? AND status = ? ORDER BY id DESC")
                .params(unitId, year, ExAnteStatus.CONCLUDED.name())
                .query((rs, n) -> new ExAnteHistory.Assessed(rs.getLong("id"), rs.getLong("unit_id"),
                        rs.getInt("fiscal_year"), rs.getString("project_name"), ExAnteStatus.CONCLUDED,
                        Decimals.canonical(rs.getBigDecimal("total")),
                        ExAnteConclusion.valueOf(rs.getString("conclusion")), rs.getString("project_code")))
                .list().stream().filter(r -> ProjectNames.same(r.project(), r.code(), project, code)).findFirst();
    }

    /** The requests with their fundings, scores and reasons: three queries for the whole list, not three a row. */
    private List<ExAnteRequest> withParts(List<ExAnteRequest> requests) {
        if (requests.isEmpty()) {
            return requests;
        }
        List<Long> ids = requests.stream().map(ExAnteRequest::id).toList();
        Map<Long, List<Funding>> fundings = new HashMap<>();
        jdbc.sql("SELECT request_id, source, amount FROM ex_ante_funding WHERE request_id IN (:ids)"
                        + " ORDER BY request_id, position")
                .param("ids", ids).query((f, i) -> fundings.computeIfAbsent(f.getLong("request_id"), k -> new ArrayList<>())
                        .add(new Funding(f.getString("source"), Decimals.canonical(f.getBigDecimal("amount")))))
                .list();
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        jdbc.sql("SELECT request_id, point_code, score FROM ex_ante_score WHERE request_id IN (:ids)")
                .param("ids", ids).query((r, i) -> scores.computeIfAbsent(r.getLong("request_id"),
                        k -> new LinkedHashMap<>()).put(r.getString("point_code"), Decimals.canonical(r.getBigDecimal("score"))))
                .list();
        Map<Long, Map<String, String>> reasons = new HashMap<>();
        jdbc.sql("SELECT request_id, criterion_code, reason FROM ex_ante_reason WHERE request_id IN (:ids)")
                .param("ids", ids).query((r, i) -> reasons.computeIfAbsent(r.getLong("request_id"),
                        k -> new LinkedHashMap<>()).put(r.getString("criterion_code"), r.getString("reason")))
                .list();
        return requests.stream().map(r -> {
            ExAnteRequest.Assessment a = r.assessment();
            return new ExAnteRequest(r.id(), r.unitId(), r.unitName(), r.region(), r.projectName(), r.year(), r.amount(),
                    fundings.getOrDefault(r.id(), List.of()), r.necessity(), r.goals(), r.indicators(), r.plan(),
                    r.status(), r.profile(), r.filedBy(), r.filedAt(), r.submittedAt(), r.returnNote(),
                    new ExAnteRequest.Assessment(scores.getOrDefault(r.id(), Map.of()),
                            reasons.getOrDefault(r.id(), Map.of()), a.opinion(), a.assessor(), a.assessedAt(), a.total(),
                            a.conclusion()),
                    r.version(), r.projectCode());
        }).toList();
    }

    private void writeFundings(long id, List<Funding> fundings) {
        for (int i = 0; i < fundings.size(); i++) {
            jdbc.sql("INSERT INTO ex_ante_funding (request_id, position, source, amount) VALUES (?, ?, ?, ?)")
                    .params(id, i, fundings.get(i).source(), fundings.get(i).amount()).update();
        }
    }

    /** One request's row, its parts (fundings, scores, reasons) still to be added by {@link #withParts}. */
    private static ExAnteRequest row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Funding> fundings = List.of();
        Map<String, BigDecimal> scores = Map.of();
        Map<String, String> reasons = Map.of();
        String conclusion = rs.getString("conclusion");
        ExAnteRequest.Assessment assessment = new ExAnteRequest.Assessment(scores, reasons, rs.getString("opinion"),
                rs.getString("assessor"), instant(rs, "assessed_at"), rs.getBigDecimal("total"),
                conclusion == null ? null : ExAnteConclusion.valueOf(conclusion));
        String indicators = rs.getString("indicators");
        return new ExAnteRequest(id, rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("region"),
                rs.getString("project_name"), rs.getInt("fiscal_year"), Decimals.canonical(rs.getBigDecimal("amount")),
                fundings, rs.getString("necessity"), rs.getString("goals"),
                indicators.isEmpty() ? List.of() : List.of(indicators.split("\n")), rs.getString("plan"),
                ExAnteStatus.valueOf(rs.getString("status")), rs.getString("profile"), rs.getString("filed_by"),
                instant(rs, "filed_at"), instant(rs, "submitted_at"), rs.getString("return_note"), assessment,
                rs.getLong("version"), rs.getString("project_code"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
