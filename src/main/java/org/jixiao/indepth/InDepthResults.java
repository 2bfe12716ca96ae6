package org.jixiao.indepth;

import java.util.List;
import org.jixiao.indepth.internal.InDepthSettings;
import org.springframework.stereotype.Service;

/**
 * What published in-depth evaluations give the results: their grades, and 再评价偏差 per project and per unit, the
 * units whose self-scores run high flagged by the threshold of the settings (docs/in-depth-evaluation.md). Read by
 * the dashboard and the results application for the region their own gate already chose.
 */
@Service
public class InDepthResults {

    private final InDepthStore store;
    private final InDepthSettings settings;

    InDepthResults(InDepthStore store, InDepthSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public Gaps gaps(String region) {
        return Gaps.of(region == null ? List.of() : store.published(region), settings.highGap());
    }
}
