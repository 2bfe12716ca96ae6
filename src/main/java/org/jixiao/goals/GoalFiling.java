package org.jixiao.goals;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.IllegalTransitionException;

/**
 * A unit's goal sheet as filed: whose it is, where it stands in review, its version. Each step of the workflow is a
 * method that gives the filing after it, or refuses a step its status does not allow (submitting what is approved,
 * approving a draft, changing what is under review).
 *
 * @param subject the project's name, '' for a department's sheet: with the unit, year and kind, what tells it apart
 */
public record GoalFiling(long id, long unitId, String region, GoalStatus status, long version, GoalSheet sheet,
        Instant updatedAt) {

    public String subject() {
        return subjectOf(sheet);
    }

    /** What tells a unit's sheets of a year and kind apart: the project's name, none for a department's. */
    public static String subjectOf(GoalSheet sheet) {
        return sheet.kind() == Kind.PROJECT && sheet.project() != null ? sheet.project() : "";
    }

    /** The same filing with the unit's changes to its sheet: a draft or a returned one only. */
    public GoalFiling revised(GoalSheet newSheet, Instant at) {
        require(EnumSet.of(GoalStatus.DRAFT, GoalStatus.RETURNED), "修改");
        return new GoalFiling(id, unitId, region, status, version + 1, newSheet, at);
    }

    /** 送审: a draft, or one returned and revised, goes to the finance bureau. */
    public GoalFiling submitted(Instant at) {
        require(EnumSet.of(GoalStatus.DRAFT, GoalStatus.RETURNED), "提交");
        return to(GoalStatus.SUBMITTED, at);
    }

    /** 退回: the bureau sends a submitted sheet back to the unit with its comments. */
    public GoalFiling returned(Instant at) {
        require(EnumSet.of(GoalStatus.SUBMITTED), "退回");
        return to(GoalStatus.RETURNED, at);
    }

    /** 审核通过: the bureau approves a submitted sheet with the budget. */
    public GoalFiling approved(Instant at) {
        require(EnumSet.of(GoalStatus.SUBMITTED), "审核通过");
        return to(GoalStatus.APPROVED, at);
    }

    /** 公开: an approved sheet is published with the budget. */
    public GoalFiling published(Instant at) {
        require(EnumSet.of(GoalStatus.APPROVED), "公开");
        return to(GoalStatus.PUBLISHED, at);
    }

    private GoalFiling to(GoalStatus next, Instant at) {
        return new GoalFiling(id, unitId, region, next, version + 1, sheet, at);
    }

    private void require(Set<GoalStatus> allowed, String step) {
        if (!allowed.contains(status)) {
            throw new IllegalTransitionException("绩效目标“" + sheet.title() + "”当前为" + status.label() + "，不能"
                    + step + "（可" + step + "的状态：" + String.join("、", allowed.stream().map(GoalStatus::label)
                            .toList()) + "）");
        }
    }
}
