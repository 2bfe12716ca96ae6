package org.jixiao.library;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.evaluation.RegionAccess;
import org.jixiao.scoring.IndicatorLinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The region's use of indicators in a year, for finance reviewers (their region) and administrators: read from
 * the stored indicators in one query, generic ones known by the library's flags and the linter's list.
 */
@Service
public class LibraryStatistics {

    private final JdbcClient jdbc;
    private final LibraryState state;

    LibraryStatistics(JdbcClient jdbc, LibraryState state) {
        this.jdbc = jdbc;
        this.state = state;
    }

    public Report report(Actor actor, String region, int year) {
        if (!LibraryPermissions.canSeeStatistics(actor)) {
            throw new NotPermittedException("指标使用统计供财政审核人和管理员查看");
        }
        if (!RegionAccess.canView(actor, region)) {
            throw new NotPermittedException("您只能查看本行政区划（" + actor.region() + "）的统计");
        }
        List<IndicatorUsage.Row> rows = jdbc.sql("""
                SELECT i.unit_id, i.unit_name, i.name, i.annual_value, i.annual_unit, i.annual_comparator,
                       i.actual_value, i.actual_unit, i.actual_comparator
                FROM indicator_overview i
                WHERE i.region = ? AND i.fiscal_year = ?
                ORDER BY i.unit_name, i.evaluation_id, i.task_index, i.indicator_index""")
                .params(region, year)
                .query((rs, n) -> new IndicatorUsage.Row(rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getString("name"), numeric(rs.getBigDecimal("annual_value"), rs.getString("annual_comparator")),
                        rs.getString("annual_unit"),
                        numeric(rs.getBigDecimal("actual_value"), rs.getString("actual_comparator")),
                        rs.getString("actual_unit")))
                .list();
        LibrarySnapshot snapshot = state.current();
        return IndicatorUsage.of(rows, new IndicatorUsage.Lookup() {
            @Override
            public boolean generic(String name) {
                LibraryIndicator entry = snapshot.byName(name);
                return (entry != null && entry.generic()) || IndicatorLinter.isGeneric(name);
            }

            @Override
            public LibraryIndicator entry(String name) {
                return snapshot.byName(name);
            }
        });
    }

    /** The years with evaluations in the region, newest first. */
    public List<Integer> years(String region) {
        return jdbc.sql("""
                SELECT DISTINCT e.fiscal_year FROM evaluation_overview e
                WHERE e.region = ? ORDER BY e.fiscal_year DESC""").param(region).query(Integer.class).list();
    }

    private static BigDecimal numeric(BigDecimal value, String comparator) {
        return value == null || "QUALITATIVE".equals(comparator) ? null : value.stripTrailingZeros();
    }

    /**
     * @param indicators every indicator used in the region and year
     * @param generic    those of them that are generic
     */
    public record Report(int indicators, int generic, List<NameUse> names, List<UnitShare> units) {
    }

    /**
     * One indicator name: how often used and by how many units, the median annual target and actual value in
     * the unit most targets use, whether generic, and its library entry's code (null if none).
     */
    public record NameUse(String name, int uses, int units, String unit, BigDecimal medianTarget,
            BigDecimal medianActual, boolean generic, String code) {
    }

    /** One unit's indicators and how many of them are generic. */
    public record UnitShare(long unitId, String unitName, int indicators, int generic, BigDecimal genericPercent) {
    }
}
