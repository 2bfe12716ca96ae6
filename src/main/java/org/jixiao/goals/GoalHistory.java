package org.jixiao.goals;

import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.document.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's goal sheets over the years, for the cycle on one page (docs/ex-ante.md, "The cycle on one page"): each
 * sheet's year, kind, project and status, as far as {@link GoalAccess} lets the actor see them.
 */
@Service
public class GoalHistory {

    private final JdbcClient jdbc;

    GoalHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's sheets the actor may read, oldest year first; none where the actor is not one of the unit's. */
    @Transactional(readOnly = true)
    public List<Sheet> ofUnit(Actor actor, long unitId) {
        return jdbc.sql("SELECT id, unit_id, region, fiscal_year, kind, subject, status FROM goal_filing"
                        + " WHERE unit_id = ? ORDER BY fiscal_year, kind, subject, id")
                .param(unitId)
                .query((rs, n) -> new Row(new Sheet(rs.getLong("id"), rs.getInt("fiscal_year"),
                        Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                        GoalStatus.valueOf(rs.getString("status"))), rs.getLong("unit_id"), rs.getString("region")))
                .list().stream()
                .filter(row -> row.sheet().status() == GoalStatus.PUBLISHED
                        || GoalAccess.isInvolved(actor, row.unitId(), row.region()))
                .map(Row::sheet).toList();
    }

    private record Row(Sheet sheet, long unitId, String region) {
    }

    /**
     * One sheet as the cycle shows it.
     *
     * @param project the project's name; empty for the department's sheet
     */
    public record Sheet(long id, int year, Kind kind, String project, GoalStatus status) {
    }
}
