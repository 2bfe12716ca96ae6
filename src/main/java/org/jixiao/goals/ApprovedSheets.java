package org.jixiao.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Approved or published sheets: the latest 审核通过 is the approval; a sheet approved, returned by no one since,
     * keeps it when published.
     */
    private static final String APPROVED = """
            SELECT f.id, f.unit_id, f.fiscal_year, f.kind, f.subject, f.sheet_json,
                (SELECT MAX(r.reviewed_at) FROM goal_review r
                    WHERE r.filing_id = f.id AND r.decision = 'APPROVED') AS approved_at, f.updated_at
            FROM goal_filing f WHERE f.status IN ('APPROVED', 'PUBLISHED')""";

    private final JdbcClient jdbc;

    ApprovedSheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApprovedGoal> find(long unitId, int year, Kind kind, String project) {
        Subject subject = new Subject(unitId, year, kind, project);
        return Optional.ofNullable(findAll(List.of(subject)).get(subject));
    }

    /** One query for all the subjects' units and years; each subject then takes the sheet of its kind and name. */
    @Override
    @Transactional(readOnly = true)
    public Map<Subject, ApprovedGoal> findAll(Collection<Subject> subjects) {
        Map<Subject, ApprovedGoal> found = new HashMap<>();
        List<Subject> asked = subjects.stream()
                .filter(s -> s.kind() != null && (s.kind() != Kind.PROJECT || !subjectOf(s).isEmpty())).toList();
        if (asked.isEmpty()) {
            return found;
        }
        Map<String, ApprovedGoal> approved = new HashMap<>();
        jdbc.sql(APPROVED + " AND f.unit_id IN (:units) AND f.fiscal_year IN (:years)")
                .param("units", asked.stream().map(Subject::unitId).distinct().toList())
                .param("years", asked.stream().map(Subject::year).distinct().toList())
                .query(rs -> {
                    approved.put(key(rs.getLong("unit_id"), rs.getInt("fiscal_year"), rs.getString("kind"),
                            rs.getString("subject")), approved(rs, 0));
                });
        for (Subject subject : asked) {
            ApprovedGoal goal = approved.get(key(subject.unitId(), subject.year(), subject.kind().name(),
                    subjectOf(subject)));
            if (goal != null) {
                found.put(subject, goal);
            }
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApprovedGoal> ofUnit(long unitId) {
        return jdbc.sql(APPROVED + " AND f.unit_id = ? ORDER BY f.fiscal_year DESC, f.kind, f.subject").param(unitId)
                .query(ApprovedSheets::approved).list();
    }

    private static ApprovedGoal approved(ResultSet rs, int n) throws SQLException {
        OffsetDateTime approved = rs.getObject("approved_at", OffsetDateTime.class);
        Instant at = (approved != null ? approved : rs.getObject("updated_at", OffsetDateTime.class)).toInstant();
        return new ApprovedGoal(rs.getLong("id"), DocumentJson.fromCompact(rs.getString("sheet_json"), GoalSheet.class),
                at);
    }

    /** A project's sheet is matched by its name as both state it, trimmed; a department's by nothing more. */
    private static String subjectOf(Subject subject) {
        return subject.kind() == Kind.PROJECT ? (subject.project() == null ? "" : subject.project().strip()) : "";
    }

    private static String key(long unitId, int year, String kind, String subject) {
        return unitId + "|" + year + "|" + kind + "|" + subject;
    }
}
