package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that open the database while the server holds the file: the embedded database opens no port for
 * them to share it through, so they say what to do instead, in one line.
 */
class DatabaseInUseTest {

    @RegisterExtension
    final OwnH2Database database = new OwnH2Database();

    @TempDir
    Path dir;

    @Test
    void theDefaultDatabaseOpensNoPortForOtherProcesses() throws IOException {
        Properties properties = new Properties();
        try (var in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }

        // AUTO_SERVER would listen on TCP for any local user who knows the file's credentials (sa, no password)
        assertThat(properties.getProperty("spring.datasource.url")).contains("jdbc:h2:file:./data/jixiao")
                .doesNotContainIgnoringCase("AUTO_SERVER");
    }

    @Test
    void importAndExportSayToStopTheServerOrUseTheApi() throws IOException {
        Path seed = Files.writeString(dir.resolve("seed.json"), SeedDocument.json(), StandardCharsets.UTF_8);
        CommandLineRun.of("import", seed.toString());

        try (RunningServer server = RunningServer.on(database.url())) {
            Run imported = run("import", seed.toString());
            assertThat(imported.command().exitCode()).isEqualTo(Cli.BAD_INPUT);
            assertThat(imported.command().out()).isEmpty();
            assertThat(imported.command().errLines()).isEqualTo(1);
            assertThat(imported.command().err()).contains("服务器", "停止", "POST /api/v1/evaluations");
            assertThat(imported.logged()).doesNotContain("Exception", "\tat ");

            Run exported = run("export");
            assertThat(exported.command().exitCode()).isEqualTo(Cli.BAD_INPUT);
            assertThat(exported.command().out()).isEmpty();
            assertThat(exported.command().errLines()).isEqualTo(1);
            assertThat(exported.command().err()).contains("服务器", "停止", "GET /api/v1/evaluations/export");
            assertThat(exported.logged()).doesNotContain("Exception", "\tat ");

            Run reassessed = run("reassess");
            assertThat(reassessed.command().exitCode()).isEqualTo(Cli.BAD_INPUT);
            assertThat(reassessed.command().err()).contains("服务器", "停止", "评分规则");
        }

        CommandLineRun after = CommandLineRun.of("export");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("广州市荔湾区妇女联合会");
    }

    /** The command's run, and what was logged to the process's stderr meanwhile. */
    private record Run(CommandLineRun command, String logged) {
    }

    private static Run run(String... args) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            return new Run(CommandLineRun.of(args), logged.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(stderr);
        }
    }
}
