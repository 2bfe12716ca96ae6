package org.jixiao.account;

import java.time.Instant;

/**
 * What a check of one chain found: how many entries and seals it went through, when the chain was last sealed,
 * and the first break, or null where the chain is sound.
 */
public record TrailReport(String chain, long entriesChecked, long sealsChecked, Instant lastSealedAt,
        TrailBreak firstBreak) {

    public boolean sound() {
        return firstBreak == null;
    }
}
