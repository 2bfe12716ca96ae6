package org.jixiao.library;

import java.util.Objects;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.evaluation.RegionAccess;

/**
 * Who may do what with the library: everyone logged in reads the entries in use and retired ones; administrators
 * create, edit, retire, import and export; unit editors and project leaders propose additions; a finance reviewer
 * approves or rejects the proposals of their region's units. A proposal is seen by its unit, those reviewers and
 * administrators.
 */
public final class LibraryPermissions {

    private LibraryPermissions() {
    }

    /** Create, edit, retire, import and export: the system administrator (not the security or audit one). */
    public static boolean canCurate(Actor actor) {
        return actor != null && actor.is(Role.ADMINISTRATOR);
    }

    public static boolean canPropose(Actor actor) {
        return actor != null && actor.role().belongsToUnit() && actor.unitId() != null;
    }

    /** Approve or reject: a reviewer of the proposing unit's region, while the proposal waits. */
    public static boolean canDecide(Actor actor, LibraryEntry entry) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && entry.status() == EntryStatus.PROPOSED
                && actor.region() != null && actor.region().equals(entry.proposerRegion());
    }

    public static boolean canSee(Actor actor, LibraryEntry entry) {
        if (actor == null) {
            return false;
        }
        if (entry.status() == EntryStatus.ACTIVE || entry.status() == EntryStatus.RETIRED) {
            return true;
        }
        return switch (actor.role()) {
            case ADMINISTRATOR -> true;
            case FINANCE_REVIEWER -> actor.region() != null && actor.region().equals(entry.proposerRegion());
            case UNIT_EDITOR, PROJECT_LEADER -> Objects.equals(actor.unitId(), entry.proposerUnitId());
            case SECURITY_ADMINISTRATOR, AUDIT_ADMINISTRATOR, THIRD_PARTY_EVALUATOR, EXPERT -> false;
        };
    }

    /** The region's statistics of indicator use: finance reviewers (their region) and administrators. */
    public static boolean canSeeStatistics(Actor actor) {
        return RegionAccess.canViewAny(actor);
    }
}
