package org.jixiao.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.ApprovedGoals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The goals module's answer to {@link ApprovedGoals}: a unit's sheet once approved, and when the bureau did. */
@Component
class ApprovedSheets implements ApprovedGoals {

    /** A unit's approved or published sheets: the latest 审核通过 is the approval. */
    private static final String APPROVED = """
            SELECT f.id, f.sheet_json, (SELECT MAX(r.reviewed_at) FROM goal_review r
                WHERE r.filing_id = f.id AND r.decision = 'APPROVED') AS approved_at, f.updated_at
            FROM goal_filing f WHERE f.unit_id = ? AND f.status IN ('APPROVED', 'PUBLISHED')""";

    private final JdbcClient jdbc;

    ApprovedSheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApprovedGoal> find(long unitId, int year, Kind kind, String project) {
        String subject = kind == Kind.PROJECT ? (project == null ? "" : project.strip()) : "";
        if (kind == Kind.PROJECT && subject.isEmpty()) {
            return Optional.empty();
        }
        // a sheet approved, returned by no one since, keeps its approval when published
        return jdbc.sql(APPROVED + " AND f.fiscal_year = ? AND f.kind = ? AND f.subject = ?")
                .params(unitId, year, kind.name(), subject).query(ApprovedSheets::approved).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovedGoal> ofUnit(long unitId) {
        return jdbc.sql(APPROVED + " ORDER BY f.fiscal_year DESC, f.kind, f.subject").param(unitId)
                .query(ApprovedSheets::approved).list();
    }

    private static ApprovedGoal approved(ResultSet rs, int n) throws SQLException {
        OffsetDateTime approved = rs.getObject("approved_at", OffsetDateTime.class);
        Instant at = (approved != null ? approved : rs.getObject("updated_at", OffsetDateTime.class)).toInstant();
        return new ApprovedGoal(rs.getLong("id"), DocumentJson.fromCompact(rs.getString("sheet_json"), GoalSheet.class),
                at);
    }
}
