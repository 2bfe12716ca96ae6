package org.jixiao.goals;

import org.jixiao.account.Actor;
import org.jixiao.account.Role;

/**
 * Who may do what with a unit's goals: the one place that decides it, asked by the service and by the pages (which
 * test no role of their own). A unit's editor files and edits its own unit's goals; the finance reviewer of the
 * unit's region reviews, returns, approves and publishes them; the public reads what is published and nothing else.
 */
public final class GoalAccess {

    private GoalAccess() {
    }

    /** 新建: a unit's editor begins its own unit's goals. */
    public static boolean canCreate(Actor actor) {
        return actor != null && actor.is(Role.UNIT_EDITOR) && actor.unitId() != null;
    }

    /** Whether the actor has a unit's list of goal sheets (their own). */
    public static boolean filesForUnit(Actor actor) {
        return canCreate(actor);
    }

    /** Whether the actor has the region's list of goal sheets to review. */
    public static boolean reviewsRegion(Actor actor) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && actor.region() != null;
    }

    /** Read the sheet: published, everyone; else its unit's people and its region's reviewers. */
    public static boolean canRead(Actor actor, GoalFiling filing) {
        return filing.status() == GoalStatus.PUBLISHED || isInvolved(actor, filing);
    }

    /** The inside of the review (comments, grades, the audit): the unit and its region's reviewers, not the public. */
    public static boolean isInvolved(Actor actor, GoalFiling filing) {
        return isInvolved(actor, filing.unitId(), filing.region());
    }

    /** The same, for a unit's sheets read as a list (the cycle on one page). */
    public static boolean isInvolved(Actor actor, long unitId, String region) {
        if (actor == null) {
            return false;
        }
        return switch (actor.role()) {
            case UNIT_EDITOR, PROJECT_LEADER -> actor.unitId() != null && actor.unitId() == unitId;
            case FINANCE_REVIEWER -> actor.region() != null && actor.region().equals(region);
            // the administrators keep the system, not its content (三员分立)
            case ADMINISTRATOR, SECURITY_ADMINISTRATOR, AUDIT_ADMINISTRATOR -> false;
            // third parties work on the in-depth evaluations assigned to them, not on goal sheets
            case THIRD_PARTY_EVALUATOR, EXPERT -> false;
        };
    }

    /** Change the sheet: its unit's editor, while a draft or returned. */
    public static boolean canEdit(Actor actor, GoalFiling filing) {
        return actor != null && actor.is(Role.UNIT_EDITOR) && inUnit(actor, filing) && filing.status().isEditable();
    }

    public static boolean canSubmit(Actor actor, GoalFiling filing) {
        return canEdit(actor, filing);
    }

    /** Return or approve: a reviewer of the unit's region, once submitted. */
    public static boolean canReview(Actor actor, GoalFiling filing) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && inRegion(actor, filing)
                && filing.status() == GoalStatus.SUBMITTED;
    }

    public static boolean canPublish(Actor actor, GoalFiling filing) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && inRegion(actor, filing)
                && filing.status() == GoalStatus.APPROVED;
    }

    private static boolean inUnit(Actor actor, GoalFiling filing) {
        return actor.unitId() != null && actor.unitId() == filing.unitId();
    }

    private static boolean inRegion(Actor actor, GoalFiling filing) {
        return actor.region() != null && actor.region().equals(filing.region());
    }
}
