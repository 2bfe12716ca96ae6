package org.jixiao.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What the owner of the database can do behind the application's back: switch a table's append-only trigger off
 * (PostgreSQL: ALTER TABLE … DISABLE TRIGGER; H2: drop it and make it again) and change rows with plain SQL.
 */
public final class DatabaseAdministrator implements AutoCloseable {

    /** H2's append-only triggers, by table: name and class. */
    private static final Map<String, String[]> H2_TRIGGERS = Map.of(
            "audit_event", new String[] {"audit_event_append_only", "org.jixiao.review.AppendOnlyAuditTrail"},
            "security_event", new String[] {"security_event_append_only", "org.jixiao.account.SecurityLogRetention"},
            "trail_link", new String[] {"trail_link_append_only", "org.jixiao.review.AppendOnlyAuditTrail"},
            "trail_seal", new String[] {"trail_seal_append_only", "org.jixiao.review.AppendOnlyAuditTrail"});

    private final Connection connection;
    private final boolean h2;

    private DatabaseAdministrator(Connection connection) throws SQLException {
        this.connection = connection;
        this.h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
    }

    public static DatabaseAdministrator of(DataSource dataSource) {
        try {
            return new DatabaseAdministrator(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** On the database of the URL, as its owner {@code sa} (the embedded database's). */
    public static DatabaseAdministrator of(String url) {
        try {
            return new DatabaseAdministrator(DriverManager.getConnection(url, "sa", ""));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the work with the tables' append-only triggers off, and switches them on again. */
    public void withoutTriggers(Runnable work, String... tables) {
        try {
            for (String table : tables) {
                String[] trigger = H2_TRIGGERS.get(table);
                execute(h2 ? "DROP TRIGGER " + trigger[0] : "ALTER TABLE " + table + " DISABLE TRIGGER " + trigger[0]);
            }
            work.run();
        } finally {
            for (String table : tables) {
                String[] trigger = H2_TRIGGERS.get(table);
                execute(h2 ? "CREATE TRIGGER " + trigger[0] + " BEFORE UPDATE, DELETE ON " + table
                        + " FOR EACH ROW CALL \"" + trigger[1] + "\""
                        : "ALTER TABLE " + table + " ENABLE TRIGGER " + trigger[0]);
            }
        }
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The rows the query gives, each a map of column to value in the order of the columns. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(Locale.ROOT), rs.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Inserts the row as it was read by {@link #rows}. */
    public void insert(String table, Map<String, Object> row) {
        update("INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
                + String.join(", ", row.keySet().stream().map(column -> "?").toList()) + ")", row.values().toArray());
    }

    private void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
