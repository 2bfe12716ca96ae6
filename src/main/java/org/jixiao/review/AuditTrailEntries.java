package org.jixiao.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jixiao.account.CanonicalForm;
import org.jixiao.account.TrailEntry;
import org.jixiao.account.TrailSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit trail's events as entries of the tamper-evident trail: every column, in the table's order. */
@Component
class AuditTrailEntries implements TrailSource {

    private final JdbcClient jdbc;

    AuditTrailEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String chain() {
        return AuditTrail.CHAIN;
    }

    @Override
    public List<TrailEntry> after(long id, int limit) {
        return jdbc.sql("""
                SELECT id, evaluation_id, occurred_at, actor, action, field, before_value, after_value, comment
                FROM audit_event WHERE id > ? ORDER BY id LIMIT ?""")
                .params(id, limit)
                .query((rs, n) -> entry(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    static TrailEntry entry(AuditEvent event) {
        return entry(event.id(), event.evaluationId(), event.occurredAt(), event.actor(), event.action().name(),
                event.field(), event.before(), event.after(), event.comment());
    }

    /** The action by name, as the table holds it, so that a row of any action reads back as written. */
    private static TrailEntry entry(long id, long evaluationId, Instant at, String actor, String action, String field,
            String before, String after, String comment) {
        return new TrailEntry(id, at, CanonicalForm.of(id, evaluationId, at, actor, action, field, before, after, comment));
    }
}
