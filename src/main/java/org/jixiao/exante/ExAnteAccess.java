package org.jixiao.exante;

import org.jixiao.account.Actor;
import org.jixiao.account.Role;

/**
 * Who may do what with an ex-ante request: the one place that decides it, asked by the service and the pages. A
 * unit's editor files and changes the requests of their own unit; the finance reviewer of the unit's region
 * assesses, concludes or returns what was submitted. No one else: a project leader works in the self-evaluation,
 * the administrators write no assessment (三员分立), and a draft is the unit's own until submitted.
 */
public final class ExAnteAccess {

    private ExAnteAccess() {
    }

    /** Whether the actor files requests at all: a unit's editor, for their unit. */
    public static boolean canFile(Actor actor) {
        return actor != null && actor.is(Role.UNIT_EDITOR) && actor.unitId() != null;
    }

    /** Whether the actor's list is the region's, waiting for assessment: a finance reviewer. */
    public static boolean assessesRegion(Actor actor) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && actor.region() != null;
    }

    /** Whether the actor has a list of requests at all (the page and its link in the navigation). */
    public static boolean canList(Actor actor) {
        return canFile(actor) || assessesRegion(actor);
    }

    public static boolean canRead(Actor actor, ExAnteRequest request) {
        return canRead(actor, request.unitId(), request.region(), request.status());
    }

    /** The same, for a request read as a line of a list (the cycle on one page, the results applied). */
    public static boolean canRead(Actor actor, long unitId, String region, ExAnteStatus status) {
        return canFile(actor) && actor.unitId() == unitId
                || assessesRegion(actor) && actor.region().equals(region) && status != ExAnteStatus.DRAFT;
    }

    /** Change or submit it: the unit's editor, while it is a draft or returned. */
    public static boolean canEdit(Actor actor, ExAnteRequest request) {
        return ownUnit(actor, request) && request.status().isEditable();
    }

    /** Score, conclude or return it: the region's reviewer, once submitted and until concluded. */
    public static boolean canAssess(Actor actor, ExAnteRequest request) {
        return assessesRegion(actor) && actor.region().equals(request.region())
                && request.status() == ExAnteStatus.SUBMITTED;
    }

    /** The assessment's scores and reasons: the reviewer while assessing, everyone who may read it once concluded. */
    public static boolean canSeeAssessment(Actor actor, ExAnteRequest request) {
        return canAssess(actor, request) || request.status() == ExAnteStatus.CONCLUDED && canRead(actor, request);
    }

    /** Whether the actor keeps any region's threshold: the administrator (系统管理员), no one else. */
    public static boolean setsThresholds(Actor actor) {
        return actor != null && actor.is(Role.ADMINISTRATOR);
    }

    /**
     * Change the region's threshold: the administrator, who keeps every region of the deployment (an account of
     * that role has no region of its own); not the region's reviewers, who assess against it.
     */
    public static boolean canSetThreshold(Actor actor, String region) {
        return setsThresholds(actor) && region != null;
    }

    private static boolean ownUnit(Actor actor, ExAnteRequest request) {
        return canFile(actor) && actor.unitId() == request.unitId();
    }
}
