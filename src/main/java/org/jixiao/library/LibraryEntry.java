package org.jixiao.library;

import java.time.Instant;

/**
 * An entry as it stands: its current version and status; for a unit's proposal, the unit and its region.
 */
public record LibraryEntry(long id, String code, EntryStatus status, int version, LibraryIndicator indicator,
        Long proposerUnitId, String proposerRegion, Instant updatedAt) {

    public String name() {
        return indicator.name();
    }

    public boolean isActive() {
        return status == EntryStatus.ACTIVE;
    }
}
