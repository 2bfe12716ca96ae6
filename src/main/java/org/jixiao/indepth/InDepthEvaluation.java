package org.jixiao.indepth;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Grade;

/**
 * An in-depth evaluation as stored: the project and unit as they were when opened, the schedule, the institution and
 * its period, the experts, the status, and once scored the total and grade.
 *
 * @param sourceId      the self-evaluation whose project is evaluated
 * @param selfScore     the unit's own score of it, for 再评价偏差
 * @param institution   the assigned institution, null until assigned
 * @param assignedFrom  the first day its people may work on it
 * @param assignedUntil the last day
 * @param experts       the experts' usernames
 * @param report        the report's texts by section
 */
public record InDepthEvaluation(long id, String region, long unitId, String unitName, long sourceId,
        String projectName, int fiscalYear, BigDecimal amount, BigDecimal selfScore, InDepthKind kind, String scope,
        LocalDate startsOn, LocalDate endsOn, InDepthStatus status, Institution institution, LocalDate assignedFrom,
        LocalDate assignedUntil, List<String> experts, BigDecimal total, Grade grade, String openedBy, Instant openedAt,
        Instant publishedAt, Map<ReportSection, String> report, long version) {

    public InDepthEvaluation {
        experts = List.copyOf(experts);
        report = Map.copyOf(report);
    }

    /** Whether the day falls within the institution's assignment (and there is one). */
    public boolean assignedOn(LocalDate day) {
        return institution != null && assignedFrom != null && assignedUntil != null && !day.isBefore(assignedFrom)
                && !day.isAfter(assignedUntil);
    }

    public boolean hasMember(String username) {
        return institution != null && institution.members().contains(username);
    }

    public boolean hasExpert(String username) {
        return experts.contains(username);
    }

    /** The self-score less the in-depth score (再评价偏差): positive where the unit scored itself higher. */
    public BigDecimal deviation() {
        return selfScore == null || total == null || status != InDepthStatus.PUBLISHED ? null
                : selfScore.subtract(total);
    }

}
