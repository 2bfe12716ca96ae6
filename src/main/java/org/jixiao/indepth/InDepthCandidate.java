package org.jixiao.indepth;

import java.math.BigDecimal;
import org.jixiao.document.Grade;

/**
 * A self-evaluated project of the region that may be chosen for an in-depth evaluation, with what the choice weighs.
 *
 * @param budget          the project's money (万元)
 * @param selfScore       the unit's own score (the stated one where it gave one, else the computed one)
 * @param findings        the self-evaluation's errors and warnings
 * @param lastInDepthYear the fiscal year of the project's latest in-depth evaluation, null where never
 */
public record InDepthCandidate(long evaluationId, long unitId, String unitName, String project, int fiscalYear,
        BigDecimal budget, BigDecimal selfScore, Grade grade, int findings, Integer lastInDepthYear) {

    /** Years since the latest in-depth evaluation, as of {@code year}; null where never evaluated in depth. */
    public Integer yearsSince(int year) {
        return lastInDepthYear == null ? null : year - lastInDepthYear;
    }
}
