package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents made to hurt: nested a hundred thousand levels deep, nested just under the parser's limit inside a
 * field the format keeps, a million array elements, a file far over the size limit. Each is refused (or taken)
 * with one clear line, in bounded time and memory, and {@code import} stores nothing of a refused file.
 */
@Timeout(60)
class HostileDocumentsTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final OwnH2Database database = new OwnH2Database();

    @Test
    void jsonNestedAHundredThousandLevelsIsRefusedWithOneLine() throws IOException, SQLException {
        Path file = write("deep.json", "{\"schema\": \"jixiao/evaluation/v1\", \"x\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}");

        for (String command : new String[] {"validate", "import", "score", "lint"}) {
            CommandLineRun run = CommandLineRun.of(command, file.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.errLines()).as(command + ": " + run.err()).isEqualTo(1);
            assertThat(run.err()).as(command).contains("deep.json").contains("嵌套").doesNotContain("内部错误");
            assertThat(run.out()).as(command).isEmpty();
        }
        assertThat(evaluations()).isZero();
    }

    @Test
    void aFieldTheFormatKeepsNestedDeeplyIsKeptOrRefusedButNeverCrashes() throws IOException {
        String seed = SeedDocument.json();
        String deep = "{\"a\": ".repeat(400) + "1" + "}".repeat(400);
        Path file = write("kept.json", seed.replaceFirst("\\{", "{\"extra\": " + deep + ", "));

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertThat(run.exitCode()).isIn(Cli.OK, Cli.BAD_INPUT);
        assertThat(run.err()).doesNotContain("内部错误", "StackOverflow");
    }

    @Test
    void aMillionElementsAreRefusedWithOneBoundedLine() throws IOException, SQLException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 1_000_000; i++) {
            json.append(i == 0 ? "" : ",").append("{}");
        }
        Path file = write("many.json", json.append("]").toString());

        CommandLineRun run = CommandLineRun.of("import", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err().length()).as("the line says what and where, not a million times").isLessThan(2_000);
        assertThat(run.out()).isEmpty();
        assertThat(evaluations()).isZero();
    }

    @Test
    void aFileFarOverTheLimitIsRefusedWithoutReadingItWhole() throws IOException {
        Path file = dir.resolve("huge.json");
        try (var out = Files.newOutputStream(file)) {
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(block);
            }
        }

        CommandLineRun run = CommandLineRun.of("import", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains("huge.json", "MB");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private long evaluations() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), "sa", "")) {
            boolean exists = connection.getMetaData().getTables(null, null, "evaluation", null).next();
            if (!exists) {
                return 0;
            }
            try (ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM evaluation")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
