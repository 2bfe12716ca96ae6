package org.jixiao.account;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.h2.api.Trigger;

/**
 * On H2, the trigger that keeps the security log append-only (migration V60), as PostgreSQL's function does: no
 * line is changed, and none is removed until it is older than {@link #FLOOR}, the 180 days 等保 asks the log be
 * kept; older lines may go when the operator's retention says so ({@link SecurityLogPurge}). H2 makes it by name
 * when the database opens, so the class keeps its name.
 */
public final class SecurityLogRetention implements Trigger {

    /** No line younger than this is ever removed, whatever the configuration says. */
    public static final Duration FLOOR = Duration.ofDays(180);
    /** Where occurred_at stands in a row of security_event. */
    private static final int OCCURRED_AT = 1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null && oldRow != null && olderThanTheFloor(oldRow[OCCURRED_AT])) {
            return; // a line past the retention floor may be removed
        }
        // the same words as PostgreSQL's function, and its SQLSTATE for an exception raised by a trigger
        throw new SQLException("security_event is append-only", "P0001");
    }

    private static boolean olderThanTheFloor(Object occurredAt) {
        Instant when = occurredAt instanceof OffsetDateTime time ? time.toInstant()
                : occurredAt instanceof Timestamp timestamp ? timestamp.toInstant() : null;
        return when != null && when.isBefore(Instant.now().minus(FLOOR));
    }
}
