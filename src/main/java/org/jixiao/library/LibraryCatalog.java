package org.jixiao.library;

import org.jixiao.scoring.IndicatorCatalog;
import org.springframework.stereotype.Component;

/** The library's entries in use, as the linter's advice cites them. */
@Component
class LibraryCatalog implements IndicatorCatalog {

    private final LibraryState state;

    LibraryCatalog(LibraryState state) {
        this.state = state;
    }

    @Override
    public Entry find(String normalizedName) {
        return state.current().catalogEntry(normalizedName);
    }
}
