package org.jixiao.indepth;

import java.math.BigDecimal;
import org.jixiao.document.Grade;

/**
 * The bureau's filter of candidates; a null field does not filter.
 *
 * @param minBudget      at least this much money (万元)
 * @param grade          the self-evaluation's grade
 * @param minYearsSince  at least this many years since the latest in-depth evaluation (never evaluated passes)
 * @param minFindings    at least this many findings (errors and warnings)
 */
public record Selection(BigDecimal minBudget, Grade grade, Integer minYearsSince, Integer minFindings) {

    public static final Selection ALL = new Selection(null, null, null, null);
}
