package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jixiao.account.SecurityEvent;
import org.jixiao.account.SecurityEvent.Category;
import org.jixiao.account.SecurityEvent.Outcome;
import org.jixiao.account.SecurityLog;
import org.jixiao.account.TrailBreak;
import org.jixiao.account.TrailBreak.Kind;
import org.jixiao.account.TrailEntry;
import org.jixiao.account.TrailLink;
import org.jixiao.account.TrailReport;
import org.jixiao.account.Trails;
import org.jixiao.support.DatabaseAdministrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tamper-evident trail on each database (H2 and PostgreSQL subclasses): entries written through the audit trail
 * and the security log make sound chains; rows changed, deleted or inserted by hand, with the append-only triggers
 * switched off as the database's owner can, are each found and named, and a rewrite of the whole chain by its seal.
 * Each test puts back what it broke.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"jixiao.demo.enabled=false", "jixiao.jobs.enabled=false"})
abstract class TrailContract {

    private static final AtomicLong EVALUATION = new AtomicLong(1000);

    @Autowired
    AuditTrail audit;
    @Autowired
    AuditTrailEntries auditEntries;
    @Autowired
    SecurityLog securityLog;
    @Autowired
    Trails trails;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;

    DatabaseAdministrator dba;

    @BeforeEach
    void entriesWrittenByTheApplication() {
        dba = DatabaseAdministrator.of(dataSource);
        long evaluation = EVALUATION.incrementAndGet();
        transaction.executeWithoutResult(status -> audit.monitoringReported(evaluation, "editor", changes(3)));
        audit.monitoringReported(evaluation, "editor", changes(1));
        audit.transition(evaluation, "leader", AuditAction.SUBMITTED, null);
        for (int i = 0; i < 3; i++) {
            securityLog.record(new SecurityEvent(Instant.now(), "someone", "192.0.2.9", Category.LOGIN, "LOGIN", null,
                    Outcome.SUCCESS, "第 " + i + " 次"));
        }
    }

    @AfterEach
    void close() {
        dba.close();
    }

    @Test
    void entriesWrittenThroughTheModulesMakeSoundChains() {
        for (String chain : List.of(AuditTrail.CHAIN, SecurityLog.CHAIN)) {
            TrailReport report = trails.check(chain);
            assertThat(report.firstBreak()).as(chain).isNull();
            String table = chain.equals(AuditTrail.CHAIN) ? "audit_event" : "security_event";
            assertThat(report.entriesChecked()).isEqualTo(count(table)).isEqualTo(links(chain)).isPositive();
        }
        assertThat(trails.check()).extracting(TrailReport::chain).containsExactly("audit", "security");
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrRemoveALinkOrASeal() {
        trails.seal(SecurityLog.CHAIN);
        for (String sql : List.of("UPDATE trail_link SET hash = previous", "DELETE FROM trail_link",
                "UPDATE trail_seal SET entry_id = 0", "DELETE FROM trail_seal")) {
            assertThatThrownBy(() -> dba.update(sql)).as(sql).hasStackTraceContaining("append-only");
        }
        for (String table : List.of("trail_link", "trail_seal")) {
            assertThatThrownBy(() -> dba.update("TRUNCATE TABLE " + table)).as(table).isNotNull();
        }
        assertSound(SecurityLog.CHAIN);
    }

    @Test
    void aRowEditedByHandIsNamedChanged() {
        long id = lastAuditId() - 1;
        String was = (String) dba.rows("SELECT after_value FROM audit_event WHERE id = ?", id).get(0).get("after_value");

        dba.withoutTriggers(() -> dba.update("UPDATE audit_event SET after_value = '99' WHERE id = ?", id), "audit_event");
        assertBroken(AuditTrail.CHAIN, Kind.CHANGED, id);

        dba.withoutTriggers(() -> dba.update("UPDATE audit_event SET after_value = ? WHERE id = ?", was, id), "audit_event");
        assertSound(AuditTrail.CHAIN);
    }

    @Test
    void aRowDeletedByHandIsNamedDeleted() {
        long id = lastAuditId() - 2;
        Map<String, Object> row = dba.rows("SELECT * FROM audit_event WHERE id = ?", id).get(0);

        dba.withoutTriggers(() -> dba.update("DELETE FROM audit_event WHERE id = ?", id), "audit_event");
        TrailBreak found = assertBroken(AuditTrail.CHAIN, Kind.DELETED, id);
        assertThat(found.occurredAt()).isNotNull();

        dba.insert("audit_event", row);
        assertSound(AuditTrail.CHAIN);
    }

    @Test
    void aRowInsertedByHandIsNamedInserted() {
        dba.update("""
                INSERT INTO audit_event (evaluation_id, occurred_at, actor, action, field, before_value, after_value)
                VALUES (1, CURRENT_TIMESTAMP, 'editor', 'EDITED', '$.title', 'a', 'b')""");
        long id = lastAuditId();

        assertBroken(AuditTrail.CHAIN, Kind.INSERTED, id);

        dba.withoutTriggers(() -> dba.update("DELETE FROM audit_event WHERE id = ?", id), "audit_event");
        assertSound(AuditTrail.CHAIN);
    }

    @Test
    void aChainRewrittenWholeIsFoundByItsSeal() {
        trails.seal(AuditTrail.CHAIN);
        long sealed = lastAuditId();
        long changed = sealed - 3;
        List<Map<String, Object>> links = dba.rows("SELECT * FROM trail_link WHERE chain = 'audit' AND entry_id >= ?"
                + " ORDER BY entry_id", changed);
        Map<String, Object> head = dba.rows("SELECT entry_id, hash FROM trail_head WHERE chain = 'audit'").get(0);
        String was = (String) dba.rows("SELECT actor FROM audit_event WHERE id = ?", changed).get(0).get("actor");

        // the entry changed, and every link from it on made again as the application would have made it
        dba.withoutTriggers(() -> {
            dba.update("UPDATE audit_event SET actor = 'someone-else' WHERE id = ?", changed);
            byte[] previous = (byte[]) links.get(0).get("previous");
            for (TrailEntry entry : auditEntries.after(changed - 1, 1000)) {
                TrailLink link = TrailLink.after(previous, entry);
                dba.update("UPDATE trail_link SET entry_hash = ?, previous = ?, hash = ? WHERE chain = 'audit' AND entry_id = ?",
                        link.entryHash(), link.previous(), link.hash(), entry.id());
                previous = link.hash();
            }
            dba.update("UPDATE trail_head SET hash = ? WHERE chain = 'audit'", previous);
        }, "audit_event", "trail_link");

        assertBroken(AuditTrail.CHAIN, Kind.REWRITTEN, sealed);

        dba.withoutTriggers(() -> {
            dba.update("UPDATE audit_event SET actor = ? WHERE id = ?", was, changed);
            for (Map<String, Object> link : links) {
                dba.update("UPDATE trail_link SET entry_hash = ?, previous = ?, hash = ? WHERE chain = 'audit' AND entry_id = ?",
                        link.get("entry_hash"), link.get("previous"), link.get("hash"), link.get("entry_id"));
            }
            dba.update("UPDATE trail_head SET hash = ? WHERE chain = 'audit'", head.get("hash"));
        }, "audit_event", "trail_link");
        assertSound(AuditTrail.CHAIN);
    }

    @Test
    void writersInParallelKeepOneChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            long evaluation = EVALUATION.incrementAndGet();
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    transaction.executeWithoutResult(status -> audit.monitoringReported(evaluation, "editor", changes(3)));
                    securityLog.record(new SecurityEvent(Instant.now(), "writer", null, Category.EXPORT, "GET /x", null,
                            Outcome.SUCCESS, null));
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        for (String chain : List.of(AuditTrail.CHAIN, SecurityLog.CHAIN)) {
            assertSound(chain);
            // no two links name the same predecessor: the chain never forked
            assertThat(dba.rows("SELECT COUNT(DISTINCT previous) AS n FROM trail_link WHERE chain = ?", chain).get(0)
                    .get("n")).isEqualTo(((Number) links(chain)).longValue());
        }
    }

    @Test
    void aPurgeOfTheOldestLinesLeavesTheChainSoundADeletionInTheMiddleDoesNot() {
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            securityLog.record(new SecurityEvent(now.minus(Duration.ofDays(200)), "old", null, Category.LOGIN, "LOGIN",
                    null, Outcome.FAILURE, "二百天前"));
        }
        securityLog.record(new SecurityEvent(now, "recent", null, Category.LOGIN, "LOGIN", null, Outcome.SUCCESS, null));

        assertThat(securityLog.removeOlderThan(now.minus(Duration.ofDays(190)))).isEqualTo(3);
        assertSound(SecurityLog.CHAIN);

        long middle = ((Number) dba.rows("SELECT MAX(id) AS id FROM security_event WHERE actor = 'someone'").get(0)
                .get("id")).longValue();
        Map<String, Object> row = dba.rows("SELECT * FROM security_event WHERE id = ?", middle).get(0);
        dba.withoutTriggers(() -> dba.update("DELETE FROM security_event WHERE id = ?", middle), "security_event");
        assertBroken(SecurityLog.CHAIN, Kind.DELETED, middle);

        dba.insert("security_event", row);
        assertSound(SecurityLog.CHAIN);
    }

    private void assertSound(String chain) {
        assertThat(trails.check(chain).firstBreak()).as(chain).isNull();
    }

    private TrailBreak assertBroken(String chain, Kind kind, long entryId) {
        TrailBreak found = trails.check(chain).firstBreak();
        assertThat(found).as(chain + ": a break").isNotNull();
        assertThat(found.kind()).as(found.detail()).isEqualTo(kind);
        assertThat(found.entryId()).as(found.detail()).isEqualTo(entryId);
        return found;
    }

    private long lastAuditId() {
        return ((Number) dba.rows("SELECT MAX(id) AS id FROM audit_event").get(0).get("id")).longValue();
    }

    private Object count(String table) {
        return ((Number) dba.rows("SELECT COUNT(*) AS n FROM " + table).get(0).get("n")).longValue();
    }

    private Object links(String chain) {
        return ((Number) dba.rows("SELECT COUNT(*) AS n FROM trail_link WHERE chain = ?", chain).get(0).get("n"))
                .longValue();
    }

    private static List<MonitoringChange> changes(int count) {
        List<MonitoringChange> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(new MonitoringChange(8, "任务" + i, null, "executed", null, String.valueOf(i)));
        }
        return changes;
    }
}
