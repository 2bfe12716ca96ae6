package org.jixiao.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jixiao.account.Trails;
import org.jixiao.document.DocumentDiff;
import org.jixiao.evaluation.EvaluationChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The append-only record of every change and transition of an evaluation. It only ever inserts: there is no
 * way here to change or delete an event, and the database refuses it too (a trigger on PostgreSQL and on H2,
 * {@link AppendOnlyAuditTrail}). Each event is linked into the chain {@value #CHAIN} of the tamper-evident trail
 * ({@link Trails}) as its transaction commits.
 */
@Component
public class AuditTrail {

    /** The audit trail's chain in the tamper-evident trail. */
    public static final String CHAIN = "audit";

    private final JdbcClient jdbc;
    private final Trails trails;

    AuditTrail(JdbcClient jdbc, Trails trails) {
        this.jdbc = jdbc;
        this.trails = trails;
    }

    /** A change of content, field by field, in the transaction that made it. */
    @EventListener
    void on(EvaluationChanged changed) {
        AuditAction action = switch (changed.change()) {
            case CREATED -> AuditAction.CREATED;
            case IMPORTED -> AuditAction.IMPORTED;
            case EDITED -> AuditAction.EDITED;
        };
        Instant now = Instant.now();
        if (changed.change() == EvaluationChanged.Change.CREATED) {
            record(changed.evaluationId(), now, changed.actor(), action, null, null, null, null);
            return;
        }
        for (DocumentDiff.Change change : DocumentDiff.between(changed.before(), changed.after())) {
            record(changed.evaluationId(), now, changed.actor(), action, change.path(), change.before(), change.after(),
                    null);
        }
    }

    /** A transition, with the reviewer's comment where there is one. */
    void transition(long evaluationId, String actor, AuditAction action, String comment) {
        record(evaluationId, Instant.now(), actor, action, null, null, null, comment);
    }

    /** Changes of monitoring figures, in the transaction of the report that made them. */
    public void monitoringReported(long evaluationId, String actor, List<MonitoringChange> changes) {
        Instant now = Instant.now();
        for (MonitoringChange change : changes) {
            record(evaluationId, now, actor, AuditAction.MONITORING_REPORTED, change.field(), change.before(),
                    change.after(), null);
        }
    }

    /** The trail of one evaluation, oldest first. */
    public List<AuditEvent> of(long evaluationId) {
        return jdbc.sql("""
                SELECT id, evaluation_id, occurred_at, actor, action, field, before_value, after_value, comment
                FROM audit_event WHERE evaluation_id = ? ORDER BY id""")
                .param(evaluationId)
                .query((rs, row) -> new AuditEvent(rs.getLong("id"), rs.getLong("evaluation_id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("field"),
                        rs.getString("before_value"), rs.getString("after_value"), rs.getString("comment")))
                .list();
    }

    /** Written as the transaction commits, and hashed as stored (the time to the database's microseconds). */
    private void record(long evaluationId, Instant at, String actor, AuditAction action, String field, String before,
            String after, String comment) {
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        trails.append(CHAIN, () -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO audit_event (evaluation_id, occurred_at, actor, action, field, before_value, after_value, comment)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(evaluationId, OffsetDateTime.ofInstant(stored, ZoneOffset.UTC), actor, action.name(), field,
                            before, after, comment)
                    .update(key, "id");
            return AuditTrailEntries.entry(new AuditEvent(key.getKey().longValue(), evaluationId, stored, actor, action,
                    field, before, after, comment));
        });
    }
}
