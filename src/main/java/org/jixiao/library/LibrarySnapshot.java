package org.jixiao.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.scoring.IndicatorCatalog;
import org.jixiao.scoring.IndicatorNames;

/**
 * The entries in use at one moment, with what is looked up in them: by name or alias (normalised as the linter
 * does), and the search index, built on first search so that starting the application does not load the
 * analyzer's dictionaries.
 */
final class LibrarySnapshot {

    private final List<LibraryIndicator> indicators;
    private final Map<String, LibraryIndicator> byName = new HashMap<>();
    private volatile IndicatorSearch search;

    LibrarySnapshot(List<LibraryIndicator> indicators) {
        this.indicators = List.copyOf(indicators);
        for (LibraryIndicator indicator : this.indicators) {
            for (String name : indicator.names()) {
                byName.putIfAbsent(IndicatorNames.normalize(name), indicator);
            }
        }
    }

    List<LibraryIndicator> indicators() {
        return indicators;
    }

    /** The entry known by that name or alias, or null. */
    LibraryIndicator byName(String name) {
        return byName.get(IndicatorNames.normalize(name));
    }

    /** The entry as lint advice cites it. */
    IndicatorCatalog.Entry catalogEntry(String normalizedName) {
        LibraryIndicator i = byName.get(normalizedName);
        return i == null ? null : new IndicatorCatalog.Entry(i.code(), i.name(), i.definition(), i.unit(),
                i.targetBasis().label(), i.exampleTargets(), i.generic());
    }

    IndicatorSearch search() {
        IndicatorSearch built = search;
        if (built == null) {
            synchronized (this) {
                if (search == null) {
                    search = IndicatorSearch.of(indicators);
                }
                built = search;
            }
        }
        return built;
    }
}
