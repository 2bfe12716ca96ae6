package org.jixiao.database;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work done once per database rather than once per start, such as loading shipped data: a named row in
 * {@code app_marker} remembers it, so that what a user deleted afterwards does not come back. The row is claimed
 * before the work, in the same transaction: a second server starting at the same moment waits for the first and
 * then leaves the work alone.
 */
@Component
public class OnceOnly {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    OnceOnly(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Runs the work in one transaction unless a work of this name was done before; whether it ran. */
    public boolean run(String name, Runnable work) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                boolean done = jdbc.sql("SELECT COUNT(*) FROM app_marker WHERE name = ?").param(name)
                        .query(Long.class).single() > 0;
                if (done) {
                    return false;
                }
                jdbc.sql("INSERT INTO app_marker (name, created_at) VALUES (?, ?)")
                        .params(name, Timestamp.from(Instant.now())).update();
                work.run();
                return true;
            }));
        } catch (DuplicateKeyException e) {
            return false; // another server claimed it first and has done it
        }
    }
}
