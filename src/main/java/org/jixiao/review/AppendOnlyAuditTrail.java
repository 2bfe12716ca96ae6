package org.jixiao.review;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * On H2, the trigger that keeps the audit trail append-only in the database itself, as PostgreSQL's does
 * (migrations V2_1 and V54): changing or deleting a row of {@code audit_event} fails, whoever tries it. H2 makes
 * it by name when the database opens, so it needs nothing but a public constructor; that name is in every H2
 * database's schema, so the class keeps it. The security log used it too (V58_1) until it got its own, which
 * lets lines past the retention go (V60); the tamper-evident trail's links and seals use it (V61_1).
 */
public final class AppendOnlyAuditTrail implements Trigger {

    private String table;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
        this.table = table;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        // the same words as PostgreSQL's trigger, and its SQLSTATE for an exception raised by a trigger
        throw new SQLException(table + " is append-only", "P0001");
    }
}
