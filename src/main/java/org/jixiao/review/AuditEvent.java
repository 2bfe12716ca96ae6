package org.jixiao.review;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to which evaluation, when; for a change, the field (JSON path
 * of the document) with its value before and after.
 */
public record AuditEvent(long id, long evaluationId, Instant occurredAt, String actor, AuditAction action,
        String field, String before, String after, String comment) {
}
