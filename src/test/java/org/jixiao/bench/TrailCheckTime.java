package org.jixiao.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.JixiaoApplication;
import org.jixiao.account.TrailReport;
import org.jixiao.account.Trails;
import org.jixiao.support.EmbeddedPostgres;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code TrailCheckTime h2|postgresql ENTRIES ROUNDS}: the check of an audit trail of ENTRIES events (issue 17: a
 * million in under 10 s), against the floor of reading the same rows and links a page at a time as the check does,
 * without hashing, in the same run, alternately. The events are written straight into the table and linked by the
 * trail's first start, which is timed too. H2 as an installation has it (a file, in target/trail-bench), PostgreSQL
 * embedded; run it with a small heap (-Xmx256m) to see that the check's memory does not grow with the chain. Wall
 * clock and the process's CPU time, which on H2 (the database runs in the process) is the whole work.
 */
public final class TrailCheckTime {

    private static final int PAGE = 5000;

    private TrailCheckTime() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String url = database.equals("h2")
                ? "jdbc:h2:file:" + Path.of("target/trail-bench/" + entries).toAbsolutePath().resolve("jixiao")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                : EmbeddedPostgres.newDatabase();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (database.equals("h2") ? "sa" : "postgres"),
                        "--spring.datasource.password=" + (database.equals("h2") ? "" : "postgres"),
                        "--jixiao.demo.enabled=false", "--jixiao.jobs.enabled=false", "--logging.level.root=WARN",
                        "--jixiao.trail.key-file=target/trail-bench/key.pem")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Trails trails = context.getBean(Trails.class);
            long stored = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class);
            if (stored < entries) {
                fill(jdbc, entries);
                long started = System.nanoTime();
                trails.seal("audit"); // links the events from before the chain, then seals its head
                System.out.printf("%s: %,d events written and linked at the first start in %.1f s%n", database, entries,
                        (System.nanoTime() - started) / 1e9);
            }
            TransactionTemplate snapshot = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            snapshot.setReadOnly(true);
            snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                long read = snapshot.execute(status -> read(jdbc));
                double floor = (System.nanoTime() - start) / 1e9;
                double floorCpu = (os.getProcessCpuTime() - cpu) / 1e9;
                start = System.nanoTime();
                cpu = os.getProcessCpuTime();
                TrailReport report = trails.check("audit");
                double check = (System.nanoTime() - start) / 1e9;
                double checkCpu = (os.getProcessCpuTime() - cpu) / 1e9;
                // H2 runs its queries in this process: its CPU time (garbage collection included) is the whole work,
                // steadier than the wall clock on a shared machine; PostgreSQL's work is in its own processes
                System.out.printf("%s round %d: floor (read %,d rows and links) %.2f s (CPU %.2f s), check %.2f s"
                        + " (CPU %.2f s; %,d entries, %d seals, sound: %s): %.2f × the floor (CPU %.2f ×)%n", database,
                        round, read, floor, floorCpu, check, checkCpu, report.entriesChecked(), report.sealsChecked(),
                        report.sound(), check / floor, checkCpu / floorCpu);
            }
        }
        System.exit(0); // the embedded PostgreSQL's shutdown hook stops it
    }

    /** Events as an evaluation's edits make them: a field, its value before and after. */
    private static void fill(JdbcTemplate jdbc, int entries) {
        jdbc.update("UPDATE trail_head SET entry_id = NULL, hash = NULL, started = FALSE WHERE chain = 'audit'");
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int from = 0; from < entries; from += PAGE) {
            List<Integer> batch = new ArrayList<>();
            for (int i = from; i < Math.min(entries, from + PAGE); i++) {
                batch.add(i);
            }
            jdbc.batchUpdate("""
                    INSERT INTO audit_event (evaluation_id, occurred_at, actor, action, field, before_value, after_value)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(), (PreparedStatement ps, Integer i) -> {
                ps.setLong(1, 1 + i / 50);
                ps.setObject(2, OffsetDateTime.ofInstant(start.plusMillis(i * 1000L), ZoneOffset.UTC));
                ps.setString(3, "editor" + (i % 97));
                ps.setString(4, "EDITED");
                ps.setString(5, "$.keyTasks[" + (i % 7) + "].indicators[" + (i % 11) + "].actualValue");
                ps.setString(6, (i % 13) + "人次");
                ps.setString(7, (i % 17) + "人次");
            });
        }
    }

    /** Every row and link, a page at a time by id, each column taken: what the check reads, without the hashing. */
    private static long read(JdbcTemplate jdbc) {
        long rows = 0;
        long last = 0;
        long[] touched = new long[1];
        while (true) {
            List<Long> ids = jdbc.query("""
                    SELECT id, evaluation_id, occurred_at, actor, action, field, before_value, after_value, comment
                    FROM audit_event WHERE id > ? ORDER BY id LIMIT ?""", (ResultSet rs, int n) -> {
                touched[0] += rs.getLong(2) + rs.getObject(3, OffsetDateTime.class).getNano() + length(rs, 4)
                        + length(rs, 5) + length(rs, 6) + length(rs, 7) + length(rs, 8) + length(rs, 9);
                return rs.getLong(1);
            }, last, PAGE);
            List<Long> linked = jdbc.query("""
                    SELECT entry_id, occurred_at, entry_hash, previous, hash FROM trail_link
                    WHERE chain = 'audit' AND entry_id > ? ORDER BY chain, entry_id LIMIT ?""", (ResultSet rs, int n) -> {
                touched[0] += rs.getObject(2, OffsetDateTime.class).getNano() + rs.getBytes(3).length
                        + rs.getBytes(4).length + rs.getBytes(5).length;
                return rs.getLong(1);
            }, last, PAGE);
            if (ids.isEmpty()) {
                return touched[0] == 42 ? -rows : rows;
            }
            rows += ids.size() + linked.size();
            last = ids.get(ids.size() - 1);
        }
    }

    private static int length(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? 0 : text.length();
    }
}
