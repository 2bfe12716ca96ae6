package org.jixiao.support;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Databases for tests: a private in-memory H2 in PostgreSQL mode, or a fresh database on embedded PostgreSQL. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The same settings as the file database of an installation, in memory. */
    public static String h2() {
        return "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    public static void postgres(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
