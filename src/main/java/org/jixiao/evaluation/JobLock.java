package org.jixiao.evaluation;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled job run once although every server schedules it: the first server to take the job's row in
 * the database runs it; it stays taken for at least the given time, so that a server whose clock fires a little
 * later finds it taken. Each statement commits on its own, so that the row is visible to the others at once.
 */
@Component
class JobLock {

    private final JdbcClient jdbc;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    JobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this server took the job: true for exactly one of the servers that try while it is free. */
    boolean take(String job, Duration atLeast) {
        Instant now = Instant.now();
        return jdbc.sql("""
                UPDATE scheduled_job SET locked_until = ?, locked_by = ?, last_started = ?
                WHERE name = ? AND locked_until <= ?""")
                .params(Timestamp.from(now.plus(atLeast)), node, Timestamp.from(now), job, Timestamp.from(now))
                .update() == 1;
    }

    /** What the run did, for the administrator. */
    void finished(String job, String result) {
        jdbc.sql("UPDATE scheduled_job SET last_result = ? WHERE name = ?")
                .params(result.length() > 1000 ? result.substring(0, 1000) : result, job).update();
    }
}
