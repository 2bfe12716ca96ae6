package org.jixiao.web;

import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.RegionAccess;
import org.springframework.stereotype.Component;

/** The region a region-wide page shows and the ones it offers, as {@link RegionAccess} decides, among those there are. */
@Component
public class RegionScope {

    private final Evaluations evaluations;

    RegionScope(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    public String of(Actor actor, String requested) {
        return RegionAccess.shown(actor, requested, evaluations.regions(), "只有财政审核人和管理员可以查看全区的情况");
    }

    /** The regions the actor may switch between. */
    public List<String> choices(Actor actor) {
        return RegionAccess.choices(actor, evaluations.regions());
    }
}
