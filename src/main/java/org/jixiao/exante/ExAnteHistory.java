package org.jixiao.exante;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.document.Decimals;
import org.jixiao.scoring.ExAnteConclusion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's ex-ante requests over the years, for the cycle on one page and the results applied to the budget
 * (docs/ex-ante.md, "The cycle on one page"): each request's year, project and status, and its total and
 * conclusion once concluded, as far as {@link ExAnteAccess} lets the actor read them.
 */
@Service
public class ExAnteHistory {

    private static final String SELECT = "SELECT id, unit_id, region, project_name, project_code, fiscal_year,"
            + " status, total, conclusion FROM ex_ante_request";

    private final JdbcClient jdbc;

    ExAnteHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit's requests the actor may read, oldest year first. */
    @Transactional(readOnly = true)
    public List<Assessed> ofUnit(Actor actor, long unitId) {
        return readable(actor, jdbc.sql(SELECT + " WHERE unit_id = ? ORDER BY fiscal_year, id").param(unitId));
    }

    /** The region's concluded requests the actor may read, oldest year first: what the budget decision cites. */
    @Transactional(readOnly = true)
    public List<Assessed> concludedIn(Actor actor, String region) {
        return readable(actor, jdbc.sql(SELECT + " WHERE region = ? AND status = ? ORDER BY fiscal_year, id")
                .params(region, ExAnteStatus.CONCLUDED.name()));
    }

    private static List<Assessed> readable(Actor actor, JdbcClient.StatementSpec query) {
        return query.query((rs, n) -> {
            ExAnteStatus status = ExAnteStatus.valueOf(rs.getString("status"));
            boolean concluded = status == ExAnteStatus.CONCLUDED;
            String conclusion = rs.getString("conclusion");
            return new Row(new Assessed(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("fiscal_year"),
                    rs.getString("project_name"), status,
                    // a total saved while assessing is no conclusion yet: shown once concluded only
                    concluded ? Decimals.canonical(rs.getBigDecimal("total")) : null,
                    concluded && conclusion != null ? ExAnteConclusion.valueOf(conclusion) : null,
                    rs.getString("project_code")),
                    rs.getString("region"));
        }).list().stream()
                .filter(row -> ExAnteAccess.canRead(actor, row.assessed().unitId(), row.region(), row.assessed().status()))
                .map(Row::assessed).toList();
    }

    private record Row(Assessed assessed, String region) {
    }

    /**
     * One request as the cycle and the results show it.
     *
     * @param year       the budget year the money is asked for
     * @param total      the assessment's total, once concluded; else null
     * @param conclusion its conclusion, once concluded; else null
     * @param code       the project's code (项目编码), where the unit gave one
     */
    public record Assessed(long id, long unitId, int year, String project, ExAnteStatus status, BigDecimal total,
            ExAnteConclusion conclusion, String code) {

        /** A request of a project without a code. */
        public Assessed(long id, long unitId, int year, String project, ExAnteStatus status, BigDecimal total,
                ExAnteConclusion conclusion) {
            this(id, unitId, year, project, status, total, conclusion, null);
        }
    }
}
