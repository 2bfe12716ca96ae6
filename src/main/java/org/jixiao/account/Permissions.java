package org.jixiao.account;

import java.util.Objects;
import org.jixiao.evaluation.EvaluationScope;
import org.jixiao.evaluation.EvaluationStatus;

/**
 * Who may do what with an evaluation. A unit's people see only their unit, a reviewer only their region, the
 * public only what is published. The administrator manages accounts and settings, not evaluations' content:
 * reviewing and editing stay with the people answerable for them.
 */
public final class Permissions {

    private Permissions() {
    }

    /** Whether the actor (null: the public, not logged in) may read the evaluation. */
    public static boolean canRead(Actor actor, EvaluationScope scope) {
        // what is published is everyone's to read, logged in or not
        return scope.status() == EvaluationStatus.PUBLISHED || isInvolved(actor, scope);
    }

    /**
     * Whether the actor is one of the people the evaluation concerns: its unit, its region's reviewers, the
     * administrator. Only they see its inside (audit trail, review comments, monitoring), published or not.
     */
    public static boolean isInvolved(Actor actor, EvaluationScope scope) {
        if (actor == null) {
            return false;
        }
        return switch (actor.role()) {
            case ADMINISTRATOR -> true;
            case FINANCE_REVIEWER -> inRegion(actor, scope);
            case UNIT_EDITOR, PROJECT_LEADER -> inUnit(actor, scope);
        };
    }

    /** Whether the actor may change every part of the evaluation (functions, funds, goals, narrative, all tasks). */
    public static boolean canEdit(Actor actor, EvaluationScope scope) {
        return actor != null && actor.is(Role.UNIT_EDITOR) && inUnit(actor, scope) && scope.status().isEditable();
    }

    /** Whether the actor may change key task {@code index}: the unit editor, or the leader the task names. */
    public static boolean canEditKeyTask(Actor actor, EvaluationScope scope, int index) {
        if (index < 0 || index >= scope.leaders().size()) {
            return false;
        }
        if (canEdit(actor, scope)) {
            return true;
        }
        return actor != null && actor.is(Role.PROJECT_LEADER) && inUnit(actor, scope) && scope.status().isEditable()
                && Objects.equals(scope.leaders().get(index), actor.displayName());
    }

    /** Whether the actor may change anything at all in it (to offer the workspace). */
    public static boolean canEditSomething(Actor actor, EvaluationScope scope) {
        if (canEdit(actor, scope)) {
            return true;
        }
        for (int i = 0; i < scope.leaders().size(); i++) {
            if (canEditKeyTask(actor, scope, i)) {
                return true;
            }
        }
        return false;
    }

    public static boolean canSubmit(Actor actor, EvaluationScope scope) {
        return canEdit(actor, scope);
    }

    /** Return or approve: a reviewer of the unit's region, once the unit has submitted. */
    public static boolean canReview(Actor actor, EvaluationScope scope) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && inRegion(actor, scope)
                && scope.status() == EvaluationStatus.SUBMITTED;
    }

    public static boolean canPublish(Actor actor, EvaluationScope scope) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && inRegion(actor, scope)
                && scope.status() == EvaluationStatus.APPROVED;
    }

    /** The audit trail: everyone who may read the evaluation, except the public. */
    public static boolean canReadAudit(Actor actor, EvaluationScope scope) {
        return isInvolved(actor, scope);
    }

    /** A region's dashboard and monitoring: its own finance reviewers and the administrator. */
    public static boolean canViewRegion(Actor actor, String region) {
        return actor != null && (actor.is(Role.ADMINISTRATOR)
                || (actor.is(Role.FINANCE_REVIEWER) && actor.region() != null && actor.region().equals(region)));
    }

    private static boolean inUnit(Actor actor, EvaluationScope scope) {
        return actor.unitId() != null && actor.unitId() == scope.unitId();
    }

    private static boolean inRegion(Actor actor, EvaluationScope scope) {
        return actor.region() != null && actor.region().equals(scope.region());
    }
}
