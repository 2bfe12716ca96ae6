package org.jixiao.goals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jixiao.document.Decimals;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.IllegalTransitionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The goals module's tables (V71): the filings, their reviews per criterion and their audit. */
@Repository
class GoalStore {

    private static final String SUMMARY = "SELECT id, unit_name, region, fiscal_year, kind, subject, status, total_funds,"
            + " updated_at FROM goal_filing";

    private final JdbcClient jdbc;

    GoalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long unitId, GoalSheet sheet, GoalStatus status, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        GoalFunds funds = sheet.funds();
        jdbc.sql("""
                INSERT INTO goal_filing (unit_id, unit_name, region, fiscal_year, kind, subject, status, total_funds,
                    appropriation, other_funds, sheet_json, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(unitId, sheet.department().name(), regionOf(sheet), sheet.fiscalYear(), sheet.kind().name(),
                        GoalFiling.subjectOf(sheet), status.name(), funds == null ? null : funds.total(),
                        funds == null ? null : funds.appropriation(), funds == null ? null : funds.other(),
                        GoalJson.compact(sheet), time(at), time(at))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /**
     * Writes the filing as it is after a step, if it is still the version before it; else someone was first. A
     * published row is never written again, whatever asks: what was published with the budget stays as published.
     */
    void update(GoalFiling filing) {
        GoalFunds funds = filing.sheet().funds();
        int updated = jdbc.sql("""
                UPDATE goal_filing SET status = ?, total_funds = ?, appropriation = ?, other_funds = ?, sheet_json = ?,
                    version = ?, updated_at = ? WHERE id = ? AND version = ? AND status <> 'PUBLISHED'""")
                .params(filing.status().name(), funds == null ? null : funds.total(),
                        funds == null ? null : funds.appropriation(), funds == null ? null : funds.other(),
                        GoalJson.compact(filing.sheet()), filing.version(), time(filing.updatedAt()), filing.id(),
                        filing.version() - 1)
                .update();
        if (updated != 1) {
            throw new IllegalTransitionException("绩效目标“" + filing.sheet().title() + "”已被他人修改或处理，请刷新后重试");
        }
    }

    Optional<GoalFiling> find(long id) {
        return jdbc.sql("SELECT id, unit_id, region, status, version, sheet_json, updated_at FROM goal_filing WHERE id = ?")
                .param(id).query(GoalStore::filing).optional();
    }

    Optional<Long> idOf(long unitId, int year, Kind kind, String subject) {
        return jdbc.sql("SELECT id FROM goal_filing WHERE unit_id = ? AND fiscal_year = ? AND kind = ? AND subject = ?")
                .params(unitId, year, kind.name(), subject).query(Long.class).optional();
    }

    List<GoalSummary> ofUnit(long unitId) {
        return jdbc.sql(SUMMARY + " WHERE unit_id = ? ORDER BY fiscal_year DESC, kind, subject")
                .param(unitId).query(GoalStore::summary).list();
    }

    /** A region's sheets past the draft: those waiting for review first, the longest waiting first. */
    List<GoalSummary> ofRegion(String region) {
        return jdbc.sql(SUMMARY + " WHERE region = ? AND status <> 'DRAFT' ORDER BY CASE WHEN status = 'SUBMITTED'"
                        + " THEN 0 WHEN status = 'APPROVED' THEN 1 ELSE 2 END, updated_at, id")
                .param(region).query(GoalStore::summary).list();
    }

    List<GoalSummary> published(Integer year) {
        String order = " ORDER BY fiscal_year DESC, region, unit_name, kind, subject";
        if (year == null) {
            return jdbc.sql(SUMMARY + " WHERE status = 'PUBLISHED'" + order).query(GoalStore::summary).list();
        }
        return jdbc.sql(SUMMARY + " WHERE status = 'PUBLISHED' AND fiscal_year = ?" + order).param(year)
                .query(GoalStore::summary).list();
    }

    void insertReview(long filingId, GoalReview review) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO goal_review (filing_id, decision, reviewer, reviewed_at) VALUES (?, ?, ?, ?)")
                .params(filingId, review.decision().name(), review.reviewer(), time(review.at())).update(key, "id");
        long reviewId = key.getKeyAs(Number.class).longValue();
        for (CriterionReview criterion : review.criteria()) {
            jdbc.sql("INSERT INTO goal_review_criterion (review_id, criterion, grade, comment) VALUES (?, ?, ?, ?)")
                    .params(reviewId, criterion.criterion().name(),
                            criterion.grade() == null ? null : criterion.grade().name(), criterion.comment())
                    .update();
        }
    }

    /** The filing's reviews, the latest first, each with its criteria in order. */
    List<GoalReview> reviews(long filingId) {
        record Row(long id, GoalReview.Decision decision, String reviewer, Instant at) {
        }
        List<Row> rows = jdbc.sql("SELECT id, decision, reviewer, reviewed_at FROM goal_review WHERE filing_id = ?"
                        + " ORDER BY reviewed_at DESC, id DESC")
                .param(filingId).query((rs, n) -> new Row(rs.getLong("id"),
                        GoalReview.Decision.valueOf(rs.getString("decision")), rs.getString("reviewer"),
                        instant(rs, "reviewed_at"))).list();
        return rows.stream().map(row -> new GoalReview(row.decision(), jdbc.sql(
                        "SELECT criterion, grade, comment FROM goal_review_criterion WHERE review_id = ?")
                .param(row.id()).query((rs, n) -> new CriterionReview(Criterion.valueOf(rs.getString("criterion")),
                        rs.getString("grade") == null ? null : GoalGrade.valueOf(rs.getString("grade")),
                        rs.getString("comment"))).list().stream()
                .sorted((a, b) -> a.criterion().compareTo(b.criterion())).toList(), row.reviewer(), row.at()))
                .toList();
    }

    /** The names of the unit's projects with goals approved (or published) for a year before the one given. */
    List<String> approvedProjectsBefore(long unitId, int year) {
        return jdbc.sql("SELECT subject FROM goal_filing WHERE unit_id = ? AND fiscal_year < ? AND kind = ?"
                        + " AND status IN ('APPROVED', 'PUBLISHED')")
                .params(unitId, year, Kind.PROJECT.name()).query(String.class).list();
    }

    void record(long filingId, String action, String actor, Instant at, String detail) {
        jdbc.sql("INSERT INTO goal_event (filing_id, action, actor, occurred_at, detail) VALUES (?, ?, ?, ?, ?)")
                .params(filingId, action, actor, time(at), detail).update();
    }

    List<GoalEvent> events(long filingId) {
        return jdbc.sql("SELECT action, actor, occurred_at, detail FROM goal_event WHERE filing_id = ? ORDER BY id")
                .param(filingId).query((rs, n) -> new GoalEvent(rs.getString("action"), rs.getString("actor"),
                        instant(rs, "occurred_at"), rs.getString("detail"))).list();
    }

    private static GoalFiling filing(ResultSet rs, int n) throws SQLException {
        return new GoalFiling(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("region"),
                GoalStatus.valueOf(rs.getString("status")), rs.getLong("version"),
                DocumentJson.fromCompact(rs.getString("sheet_json"), GoalSheet.class), instant(rs, "updated_at"));
    }

    private static GoalSummary summary(ResultSet rs, int n) throws SQLException {
        BigDecimal total = rs.getBigDecimal("total_funds");
        return new GoalSummary(rs.getLong("id"), rs.getString("unit_name"), rs.getString("region"),
                rs.getInt("fiscal_year"), Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                GoalStatus.valueOf(rs.getString("status")), Decimals.canonical(total), instant(rs, "updated_at"));
    }

    private static String regionOf(GoalSheet sheet) {
        return sheet.department().region() == null ? "" : sheet.department().region();
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
