package org.jixiao.evaluation;

import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;

/**
 * Who may see what of a region as a whole (the dashboard, monitoring, results, statistics of indicator use): its own
 * finance reviewers and the administrator, no one else. The one place that decides it; pages and services ask it.
 */
public final class RegionAccess {

    private RegionAccess() {
    }

    /** Whether the actor may see the region's pages: its reviewers, and the administrator every region's. */
    public static boolean canView(Actor actor, String region) {
        return actor != null && (actor.is(Role.ADMINISTRATOR)
                || actor.is(Role.FINANCE_REVIEWER) && actor.region() != null && actor.region().equals(region));
    }

    /** Whether the actor may see some region's pages at all. */
    public static boolean canViewAny(Actor actor) {
        return actor != null && (actor.is(Role.FINANCE_REVIEWER) || actor.is(Role.ADMINISTRATOR));
    }

    /**
     * The region a region-wide page shows: a reviewer's own, whatever was asked; for the administrator the one asked
     * for, else the first there is ("" where there is none). Refused for everyone else, with the page's reason.
     */
    public static String shown(Actor actor, String requested, List<String> regions, String refusal) {
        if (actor != null && actor.is(Role.FINANCE_REVIEWER)) {
            return actor.region();
        }
        if (actor != null && actor.is(Role.ADMINISTRATOR)) {
            return requested != null && regions.contains(requested) ? requested : regions.isEmpty() ? "" : regions.get(0);
        }
        throw new NotPermittedException(refusal);
    }

    /** The regions the actor may switch between: a reviewer's own, the administrator's every one. */
    public static List<String> choices(Actor actor, List<String> regions) {
        if (actor != null && actor.is(Role.FINANCE_REVIEWER)) {
            return List.of(actor.region());
        }
        return actor != null && actor.is(Role.ADMINISTRATOR) ? regions : List.of();
    }

    /** The region an API call means where it names none: a reviewer's own, else the first there is (or null). */
    public static String defaultFor(Actor actor, List<String> regions) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) ? actor.region()
                : regions.stream().findFirst().orElse(null);
    }

    /**
     * Whether the actor may see one unit's whole cycle (ex-ante, goals, monitoring, self-evaluation, results): the
     * reviewers of its region and its own editor; not the administrators, who keep the system, not its content.
     */
    public static boolean canViewUnit(Actor actor, long unitId, String region) {
        return canViewUnitsOf(actor, region)
                || actor != null && actor.is(Role.UNIT_EDITOR) && actor.unitId() != null && actor.unitId() == unitId;
    }

    /** Whether the actor may see the cycle of every unit of the region: its reviewers (the region's pages link it). */
    public static boolean canViewUnitsOf(Actor actor, String region) {
        return actor != null && actor.is(Role.FINANCE_REVIEWER) && actor.region() != null && actor.region().equals(region);
    }
}
