package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.jixiao.account.SecurityEvent.Category;
import org.jixiao.account.SecurityEvent.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The security log on each database (H2 and PostgreSQL, in the classes that extend this one). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class SecurityLogContract {

    @Autowired
    SecurityLog log;
    @Autowired
    DataSource dataSource;

    private final String someone = "log-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void linesAreFoundByPersonKindOutcomeAndTimeNewestFirst() {
        Instant now = Instant.now();
        log.record(new SecurityEvent(now.minus(Duration.ofDays(2)), someone, "192.0.2.1", Category.LOGIN, "LOGIN",
                null, Outcome.FAILURE, "用户名或密码不正确"));
        log.record(new SecurityEvent(now.minus(Duration.ofDays(1)), someone, "192.0.2.1", Category.LOGIN, "LOGIN",
                null, Outcome.SUCCESS, null));
        log.record(new SecurityEvent(now, someone, "192.0.2.1", Category.ADMINISTRATION,
                "POST /admin/accounts/{id}/enabled", "id=7; enabled=false", Outcome.SUCCESS, null));

        SecurityLog.Filter mine = new SecurityLog.Filter(null, null, someone, null, null);
        assertThat(log.count(mine)).isEqualTo(3);
        assertThat(log.find(mine, 0, 10)).extracting(SecurityEvent::action)
                .containsExactly("POST /admin/accounts/{id}/enabled", "LOGIN", "LOGIN");
        assertThat(log.find(new SecurityLog.Filter(null, null, someone, Category.LOGIN, Outcome.FAILURE), 0, 10))
                .singleElement().satisfies(line -> {
                    assertThat(line.address()).isEqualTo("192.0.2.1");
                    assertThat(line.detail()).isEqualTo("用户名或密码不正确");
                });
        assertThat(log.count(new SecurityLog.Filter(now.minus(Duration.ofHours(36)), now.plusSeconds(1), someone,
                null, null))).isEqualTo(2);
        assertThat(log.find(mine, 1, 1)).extracting(SecurityEvent::outcome).containsExactly(Outcome.SUCCESS);
    }

    @Test
    void theDatabaseItselfRefusesToChangeOrRemoveALine() throws Exception {
        log.record(new SecurityEvent(Instant.now(), someone, "192.0.2.2", Category.LOGIN, "LOGIN", null,
                Outcome.FAILURE, null));

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE security_event SET outcome = 'SUCCESS' WHERE actor = '" + someone + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM security_event WHERE actor = '" + someone + "'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE TABLE security_event"));
        }
        assertThat(log.find(new SecurityLog.Filter(null, null, someone, null, null), 0, 10))
                .singleElement().extracting(SecurityEvent::outcome).isEqualTo(Outcome.FAILURE);
    }

    @Test
    void linesPastTheRetentionGoAndYoungerOnesCannotBeRemovedEvenByHand() throws Exception {
        Instant now = Instant.now();
        log.record(new SecurityEvent(now.minus(Duration.ofDays(200)), someone, null, Category.LOGIN, "LOGIN", null,
                Outcome.FAILURE, "二百天前"));
        log.record(new SecurityEvent(now.minus(Duration.ofDays(100)), someone, null, Category.LOGIN, "LOGIN", null,
                Outcome.FAILURE, "一百天前"));

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM security_event WHERE actor = '" + someone
                    + "' AND detail = '一百天前'")).hasMessageContaining("append-only");
        }
        assertThat(new SecurityLogPurge(log, Duration.ZERO).purge(now)).as("kept for ever by default").isZero();
        new SecurityLogPurge(log, Duration.ofDays(190)).purge(now);

        assertThat(log.find(new SecurityLog.Filter(null, null, someone, null, null), 0, 10))
                .extracting(SecurityEvent::detail).containsExactly("一百天前");
        assertThat(log.find(new SecurityLog.Filter(null, null, "system", Category.ADMINISTRATION, null), 0, 1))
                .singleElement().extracting(SecurityEvent::action).isEqualTo("RETENTION");
        assertThatThrownBy(() -> new SecurityLogPurge(log, Duration.ofDays(90)))
                .hasMessageContaining("至少保存 180 天");
    }
}
