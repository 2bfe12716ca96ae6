package org.jixiao.review;

import java.time.Instant;

/**
 * Who an evaluation's review is between, by the names their accounts show: the unit's person who submitted it last
 * and the reviewer who last returned, approved or published it. Null where nobody has yet.
 */
public record Participants(String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt) {
}
