package org.jixiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An H2 file database of the test's own, in a temporary folder, for the commands that start a Spring context:
 * they find it through {@code spring.datasource.url}, as they would find the user's {@code JIXIAO_DB_URL}.
 */
final class OwnH2Database implements BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private String url;

    /** The JDBC URL, for reading what a command stored. */
    String url() {
        return url;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("jixiao-cli-db");
        url = "jdbc:h2:file:" + folder.resolve("db/jixiao") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        System.setProperty("spring.datasource.url", url);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty("spring.datasource.url");
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
