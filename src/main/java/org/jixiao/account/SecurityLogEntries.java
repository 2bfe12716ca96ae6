package org.jixiao.account;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The security log's lines as entries of the trail: every column, in the table's order. */
@Component
class SecurityLogEntries implements TrailSource {

    private final JdbcClient jdbc;

    SecurityLogEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String chain() {
        return SecurityLog.CHAIN;
    }

    @Override
    public List<TrailEntry> after(long id, int limit) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, address, category, action, target, outcome, detail
                FROM security_event WHERE id > ? ORDER BY id LIMIT ?""")
                .params(id, limit)
                .query((rs, n) -> entry(rs.getLong(1), Trails.instant(rs, "occurred_at"), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    /** The line as written (the enums by name, as the table holds them). */
    static TrailEntry entry(long id, SecurityEvent line) {
        return entry(id, line.occurredAt(), line.actor(), line.address(), line.category().name(), line.action(),
                line.target(), line.outcome().name(), line.detail());
    }

    private static TrailEntry entry(long id, Instant at, String actor, String address, String category,
            String action, String target, String outcome, String detail) {
        return new TrailEntry(id, at, CanonicalForm.of(id, at, actor, address, category, action, target, outcome, detail));
    }
}
