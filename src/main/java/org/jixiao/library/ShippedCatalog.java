package org.jixiao.library;

import org.jixiao.scoring.IndicatorCatalog;

/**
 * The library as it ships, as the linter's catalog, for the command line, which has no database: {@code lint}
 * cites the same vetted entries the workspace does on a new installation (an installation's curated library,
 * in its database, is what the server's advice cites).
 */
public final class ShippedCatalog {

    private ShippedCatalog() {
    }

    /** Reads the shipped entries in use (a few hundred, a few tens of milliseconds). */
    public static IndicatorCatalog load() {
        LibrarySnapshot snapshot = new LibrarySnapshot(ShippedLibrary.entries().stream()
                .filter(entry -> entry.statusOrActive() == EntryStatus.ACTIVE)
                .map(LibraryFiles.FileEntry::indicator).toList());
        return snapshot::catalogEntry;
    }
}
