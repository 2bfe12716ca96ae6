package org.jixiao.indepth;

import java.time.LocalDate;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;

/**
 * Who may do what with an in-depth evaluation: the one place that decides it, asked by the service and the pages.
 * The region's finance reviewer chooses projects, opens evaluations, edits the framework before scoring, assigns the
 * institution and the experts, moves the steps and publishes. The institution's people (第三方评价人员) and the
 * experts (评审专家) see only the evaluations assigned to them, and only within the assignment's period; outside it
 * the evaluation does not exist for them. An expert scores on their own and sees the others' scores only once
 * scoring is over; the institution records the agreed scores and writes the report. A unit's editor reads its
 * unit's evaluations once published. No one else.
 */
public final class InDepthAccess {

    private InDepthAccess() {
    }

    /** The region's bureau: chooses, opens, assigns, steps and publishes. */
    public static boolean managesRegion(Actor actor) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && actor.region() != null;
    }

    /** Whether the actor is a third party (an institution's person or an expert), whose every access is logged. */
    public static boolean isThirdParty(Actor actor) {
        return actor != null && (actor.is(Role.THIRD_PARTY_EVALUATOR) || actor.is(Role.EXPERT));
    }

    /** Whether the actor has a list of in-depth evaluations at all (the page and its link in the navigation). */
    public static boolean canList(Actor actor) {
        return managesRegion(actor) || isThirdParty(actor) || ownUnitEditor(actor);
    }

    public static boolean canRead(Actor actor, InDepthEvaluation evaluation, LocalDate today) {
        return manages(actor, evaluation) || member(actor, evaluation, today) || expert(actor, evaluation, today)
                || ownUnitEditor(actor) && actor.unitId() == evaluation.unitId()
                        && evaluation.status() == InDepthStatus.PUBLISHED;
    }

    /** Add, remove or reweight indicators: the bureau, before scoring starts. */
    public static boolean canEditFramework(Actor actor, InDepthEvaluation evaluation) {
        return manages(actor, evaluation) && evaluation.status().frameworkEditable();
    }

    /** Assign the institution and the experts: the bureau, until the report is published. */
    public static boolean canAssign(Actor actor, InDepthEvaluation evaluation) {
        return manages(actor, evaluation) && evaluation.status() != InDepthStatus.PUBLISHED;
    }

    /** Move to the next step, publishing included: the bureau. */
    public static boolean canStep(Actor actor, InDepthEvaluation evaluation) {
        return manages(actor, evaluation) && evaluation.status() != InDepthStatus.PUBLISHED;
    }

    /** Score the indicators: an assigned expert, within the period, while scoring. */
    public static boolean canScore(Actor actor, InDepthEvaluation evaluation, LocalDate today) {
        return expert(actor, evaluation, today) && evaluation.status() == InDepthStatus.SCORING;
    }

    /** Record an agreed score: the institution's people within the period, or the bureau, while scoring. */
    public static boolean canAgree(Actor actor, InDepthEvaluation evaluation, LocalDate today) {
        return (manages(actor, evaluation) || member(actor, evaluation, today))
                && evaluation.status() == InDepthStatus.SCORING;
    }

    /** Write the report's texts: the institution's people within the period, or the bureau, while reporting. */
    public static boolean canWriteReport(Actor actor, InDepthEvaluation evaluation, LocalDate today) {
        return (manages(actor, evaluation) || member(actor, evaluation, today))
                && evaluation.status() == InDepthStatus.REPORTING;
    }

    /**
     * Every expert's scores side by side: the bureau and the institution; an expert sees only their own while
     * scoring goes on (independent scoring), and all of them afterwards.
     */
    public static boolean canSeeAllScores(Actor actor, InDepthEvaluation evaluation, LocalDate today) {
        return manages(actor, evaluation) || member(actor, evaluation, today)
                || expert(actor, evaluation, today) && evaluation.status().compareTo(InDepthStatus.SCORING) > 0
                || canRead(actor, evaluation, today) && evaluation.status() == InDepthStatus.PUBLISHED;
    }

    /** The report's downloads: whoever reads it, once the report is being written. */
    public static boolean canDownloadReport(Actor actor, InDepthEvaluation evaluation, LocalDate today) {
        return canRead(actor, evaluation, today) && evaluation.status().compareTo(InDepthStatus.REPORTING) >= 0;
    }

    private static boolean manages(Actor actor, InDepthEvaluation evaluation) {
        return managesRegion(actor) && actor.region().equals(evaluation.region());
    }

    private static boolean member(Actor actor, InDepthEvaluation evaluation, LocalDate today) {
        return actor != null && actor.is(Role.THIRD_PARTY_EVALUATOR) && evaluation.hasMember(actor.username())
                && evaluation.assignedOn(today);
    }

    private static boolean expert(Actor actor, InDepthEvaluation evaluation, LocalDate today) {
        return actor != null && actor.is(Role.EXPERT) && evaluation.hasExpert(actor.username())
                && evaluation.assignedOn(today);
    }

    private static boolean ownUnitEditor(Actor actor) {
        return actor != null && actor.is(Role.UNIT_EDITOR) && actor.unitId() != null;
    }
}
