package org.jixiao.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security log (安全审计), kept in the database beside the data it protects and append-only there (a trigger
 * refuses to change a line, or to remove one younger than 180 days, on PostgreSQL and on H2). Lines are kept as
 * long as the database is, unless the operator sets a retention of at least 180 days ({@link SecurityLogPurge}).
 * Each line is linked into the chain {@value #CHAIN} of the tamper-evident trail ({@link Trails}).
 */
@Service
public class SecurityLog {

    private static final int TEXT = 1000;

    /** The security log's chain in the trail. */
    public static final String CHAIN = "security";

    private final JdbcClient jdbc;
    private final Trails trails;

    SecurityLog(JdbcClient jdbc, Trails trails) {
        this.jdbc = jdbc;
        this.trails = trails;
    }

    /** Writes the line in a transaction of its own, so that a refused change is logged though it rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEvent event) {
        // hashed as stored: cut to the columns' lengths, the time to the database's microseconds
        SecurityEvent line = new SecurityEvent(event.occurredAt().truncatedTo(ChronoUnit.MICROS), cut(event.actor(), 64),
                cut(event.address(), 64), event.category(), cut(event.action(), 200), cut(event.target(), TEXT),
                event.outcome(), cut(event.detail(), TEXT));
        trails.append(CHAIN, () -> {
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO security_event (occurred_at, actor, address, category, action, target, outcome, detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Trails.utc(line.occurredAt()), line.actor(), line.address(), line.category().name(),
                            line.action(), line.target(), line.outcome().name(), line.detail())
                    .update(key, "id");
            return SecurityLogEntries.entry(key.getKey().longValue(), line);
        });
    }

    /**
     * Removes the lines older than {@code before}, which the database allows only past the 180 days' floor; the
     * removal itself is a line of the log, and a signed cut of the chain that excuses the lines' absence.
     */
    @Transactional
    public int removeOlderThan(Instant before) {
        int removed = jdbc.sql("DELETE FROM security_event WHERE occurred_at < ?").param(Timestamp.from(before)).update();
        if (removed > 0) {
            trails.cut(CHAIN, before);
            record(new SecurityEvent(Instant.now(), "system", null, SecurityEvent.Category.ADMINISTRATION,
                    "RETENTION", "occurred_at < " + before, SecurityEvent.Outcome.SUCCESS, removed + " 条超过保存期限的记录已删除"));
        }
        return removed;
    }

    /** The lines the filter selects, newest first: {@code limit} from {@code offset}. */
    @Transactional(readOnly = true)
    public List<SecurityEvent> find(Filter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT occurred_at, actor, address, category, action, target, outcome, detail"
                        + " FROM security_event" + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, n) -> new SecurityEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("address"), SecurityEvent.Category.valueOf(rs.getString("category")),
                        rs.getString("action"), rs.getString("target"),
                        SecurityEvent.Outcome.valueOf(rs.getString("outcome")), rs.getString("detail")))
                .list();
    }

    @Transactional(readOnly = true)
    public int count(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT COUNT(*) FROM security_event" + where).params(params).query(Integer.class).single();
    }

    private static String where(Filter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("occurred_at < ?");
            params.add(Timestamp.from(filter.until()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            conditions.add("actor = ?");
            params.add(filter.actor().strip());
        }
        if (filter.category() != null) {
            conditions.add("category = ?");
            params.add(filter.category().name());
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = ?");
            params.add(filter.outcome().name());
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** Which lines: each part null for any. */
    public record Filter(Instant from, Instant until, String actor, SecurityEvent.Category category,
            SecurityEvent.Outcome outcome) {

        public static final Filter ALL = new Filter(null, null, null, null, null);
    }
}
