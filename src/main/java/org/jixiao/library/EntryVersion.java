package org.jixiao.library;

import java.time.Instant;

/** One version of an entry: what it said, its status then, what made it, who and when, and why. */
public record EntryVersion(int version, EntryStatus status, EntryChange change, LibraryIndicator indicator,
        String changedBy, Instant changedAt, String note) {
}
