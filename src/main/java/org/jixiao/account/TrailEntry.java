package org.jixiao.account;

import java.time.Instant;

/**
 * One entry of a trail as its own module writes and reads it: its id (the chain's order), when it happened, and
 * its {@link CanonicalForm}, which covers every column that matters.
 */
public record TrailEntry(long id, Instant occurredAt, byte[] canonical) {
}
