package org.jixiao.cryptography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.account.SecondFactors;
import org.jixiao.account.SecurityEvent;
import org.jixiao.account.SecurityEvent.Category;
import org.jixiao.account.SecurityEvent.Outcome;
import org.jixiao.account.SecurityLog;
import org.jixiao.account.TotpSecret;
import org.jixiao.account.Trails;
import org.jixiao.account.internal.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With the one setting JIXIAO_CRYPTO_PROFILE=guomi: SM4 for the secrets kept, SM2 for the trail's seals and the key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"jixiao.demo.enabled=false",
        "jixiao.crypto.profile=guomi", "jixiao.secrets.key-file=target/test-guomi/secrets.key",
        "jixiao.trail.key-file=target/test-guomi/trail-seal-key.pem", "jixiao.trail.seal-interval=200ms",
        "jixiao.trail.seal-delay=0"})
class GuomiProfileTest {

    @Autowired
    Accounts accounts;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    SecurityLog log;
    @Autowired
    Trails trails;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSecondFactorsSeedIsKeptUnderSm4() {
        accounts.create("guomi", "郑九", Role.FINANCE_REVIEWER, null, "荔湾区", "secret-pass-9");
        TotpSecret secret = TotpSecret.random();

        secondFactors.enroll("guomi", secret, Totp.code(secret.bytes(), Totp.stepAt(Instant.now())));

        assertThat(jdbc.sql("SELECT secret FROM second_factor").query(String.class).single()).startsWith("sm4-gcm:");
    }

    @Test
    void theGeneratedPublicationKeyIsSm2AndKeptUnderSm4() {
        assertThat(jdbc.sql("SELECT profile FROM publication_key").query(String.class).single()).isEqualTo("GUOMI");
        assertThat(new String(jdbc.sql("SELECT keystore FROM publication_key").query(byte[].class).single(),
                StandardCharsets.ISO_8859_1)).startsWith("sm4-gcm:");
    }

    @Test
    void theTrailsSealsAreSignedWithSm2AndCheckSound() throws InterruptedException {
        log.record(new SecurityEvent(Instant.now(), "guomi", null, Category.LOGIN, "LOGIN", null, Outcome.SUCCESS, null));
        long head = jdbc.sql("SELECT entry_id FROM trail_head WHERE chain = ?").param(SecurityLog.CHAIN)
                .query(Long.class).single();
        for (int i = 0; i < 100 && lastSealed() != head; i++) {
            Thread.sleep(100);
        }

        assertThat(lastSealed()).isEqualTo(head);
        assertThat(jdbc.sql("SELECT DISTINCT algorithm FROM trail_seal").query(String.class).list())
                .containsExactly("SM3withSM2");
        assertThat(trails.check(SecurityLog.CHAIN).sound()).isTrue();
    }

    private long lastSealed() {
        return jdbc.sql("SELECT entry_id FROM trail_seal WHERE chain = 'security' ORDER BY id DESC LIMIT 1")
                .query(Long.class).optional().orElse(-1L);
    }
}
