package org.jixiao.web;

import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.springframework.stereotype.Component;

/**
 * Which region a region-wide page shows: a reviewer's own, whatever the request asks; for the administrator the
 * one asked for (the first region where none or an unknown one is asked). Nobody else sees region-wide pages.
 */
@Component
class RegionScope {

    private final Evaluations evaluations;

    RegionScope(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    String of(Actor actor, String requested) {
        if (actor != null && actor.is(Role.FINANCE_REVIEWER)) {
            return actor.region();
        }
        if (actor != null && actor.is(Role.ADMINISTRATOR)) {
            List<String> regions = evaluations.regions();
            return requested != null && regions.contains(requested) ? requested : regions.isEmpty() ? "" : regions.get(0);
        }
        throw new NotPermittedException("只有财政审核人和管理员可以查看全区的情况");
    }

    /** The regions the actor may switch between. */
    List<String> choices(Actor actor, String shown) {
        return actor.is(Role.ADMINISTRATOR) ? evaluations.regions() : List.of(shown);
    }
}
