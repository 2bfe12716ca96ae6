package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build's training run: every command it runs succeeds on the demo's report (a command that failed would leave
 * its classes out of the archive without a word), it leaves no file behind, and it is not offered to people.
 */
class WarmUpCommandTest {

    @Test
    void runsTheCommonCommandsAndLeavesNothingBehind() throws IOException {
        long before = warmUpFolders();

        CommandLineRun run = CommandLineRun.of("warm-up");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("warm-up: 9 runs" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
        assertThat(warmUpFolders()).isEqualTo(before);
    }

    @Test
    void isNotListedInTheHelp() {
        assertThat(CommandLineRun.of("--help").out()).contains("validate", "render").doesNotContain("warm-up");
    }

    private static long warmUpFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("jixiao-warm-up")).count();
        }
    }
}
