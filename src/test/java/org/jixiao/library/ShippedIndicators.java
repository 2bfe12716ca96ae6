package org.jixiao.library;

import java.util.List;

/** The shipped library as the search sees it once loaded: every entry in use. */
final class ShippedIndicators {

    private static List<LibraryIndicator> indicators;
    private static IndicatorSearch search;

    private ShippedIndicators() {
    }

    static synchronized List<LibraryIndicator> all() {
        if (indicators == null) {
            indicators = ShippedLibrary.entries().stream().map(e -> e.indicator().validated()).toList();
        }
        return indicators;
    }

    static synchronized IndicatorSearch search() {
        if (search == null) {
            search = IndicatorSearch.of(all());
        }
        return search;
    }
}
