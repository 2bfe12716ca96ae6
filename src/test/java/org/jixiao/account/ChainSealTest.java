package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jixiao.account.SecurityEvent.Category;
import org.jixiao.account.SecurityEvent.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The heads are sealed at the configured interval, once for each place the head moved to. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"jixiao.demo.enabled=false",
        "jixiao.trail.seal-interval=200ms", "jixiao.trail.seal-delay=0"})
class ChainSealTest {

    @Autowired
    SecurityLog log;
    @Autowired
    Trails trails;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMovedHeadIsSealedWithinTheIntervalAndAStillOneNotAgain() throws InterruptedException {
        log.record(new SecurityEvent(Instant.now(), "sealed", null, Category.LOGIN, "LOGIN", null, Outcome.SUCCESS, null));
        long head = headOf(SecurityLog.CHAIN);

        awaitSealAt(head);
        long seals = seals();
        Thread.sleep(1000);
        assertThat(seals()).as("nothing linked since: no new seal").isEqualTo(seals);

        log.record(new SecurityEvent(Instant.now(), "sealed", null, Category.LOGIN, "LOGOUT", null, Outcome.SUCCESS, null));
        awaitSealAt(headOf(SecurityLog.CHAIN));
        TrailReport report = trails.check(SecurityLog.CHAIN);
        assertThat(report.sound()).isTrue();
        assertThat(report.sealsChecked()).isEqualTo(seals + 1);
    }

    private void awaitSealAt(long entryId) throws InterruptedException {
        for (int i = 0; i < 100 && lastSealed() != entryId; i++) {
            Thread.sleep(100);
        }
        assertThat(lastSealed()).isEqualTo(entryId);
    }

    private long headOf(String chain) {
        return jdbc.sql("SELECT entry_id FROM trail_head WHERE chain = ?").param(chain).query(Long.class).single();
    }

    private long lastSealed() {
        return jdbc.sql("SELECT entry_id FROM trail_seal WHERE chain = 'security' ORDER BY id DESC LIMIT 1")
                .query(Long.class).optional().orElse(-1L);
    }

    private long seals() {
        return jdbc.sql("SELECT COUNT(*) FROM trail_seal WHERE chain = 'security'").query(Long.class).single();
    }
}
