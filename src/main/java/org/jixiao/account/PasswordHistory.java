package org.jixiao.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The hashes of an account's earlier passwords, newest first: a password changed may not come back at once. */
@Component
class PasswordHistory {

    private final JdbcClient jdbc;

    PasswordHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> latest(long accountId, int count) {
        if (count <= 0) {
            return List.of();
        }
        return jdbc.sql("SELECT password_hash FROM password_history WHERE account_id = ? ORDER BY id DESC")
                .param(accountId).query(String.class).list().stream().limit(count).toList();
    }

    void replaced(long accountId, String oldHash, Instant now) {
        jdbc.sql("INSERT INTO password_history (account_id, password_hash, replaced_at) VALUES (?, ?, ?)")
                .params(accountId, oldHash, Timestamp.from(now)).update();
    }
}
