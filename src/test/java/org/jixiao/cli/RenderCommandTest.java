package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code render} as docs/command-line.md describes it: the file written whole, bad input refused in one line with exit 2. */
class RenderCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"pdf, %PDF-", "docx, PK", "xlsx, PK", "html, <!DOCTYPE html>"})
    void writesTheReportInTheFormatAsked(String format, String magic) throws IOException {
        Path out = dir.resolve("report." + format);

        CommandLineRun run = CommandLineRun.of("render", seed().toString(), "--format", format, "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(new String(Files.readAllBytes(out), 0, magic.length(), StandardCharsets.ISO_8859_1)).isEqualTo(magic);
        assertThat(leftovers()).containsExactlyInAnyOrder("seed.json", "report." + format);
    }

    @Test
    void anUnknownFormatIsOneLineAndNoFile() throws IOException {
        Path out = dir.resolve("report.odt");

        CommandLineRun run = CommandLineRun.of("render", seed().toString(), "--format", "odt", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains("--format odt", "docx、pdf、html 或 xlsx");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenDocumentLeavesTheExistingFileAlone() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"kind\": ", StandardCharsets.UTF_8);
        Path out = Files.writeString(dir.resolve("report.pdf"), "the old report", StandardCharsets.UTF_8);

        CommandLineRun run = CommandLineRun.of("render", broken.toString(), "--format", "pdf", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).startsWith(broken.toString());
        assertThat(Files.readString(out)).isEqualTo("the old report");
        assertThat(leftovers()).containsExactlyInAnyOrder("broken.json", "report.pdf");
    }

    @Test
    void aDirectoryAsOutputIsRefused() throws IOException {
        CommandLineRun run = CommandLineRun.of("render", seed().toString(), "--format", "pdf", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains("是目录");
    }

    private Path seed() throws IOException {
        return Files.writeString(dir.resolve("seed.json"), SeedDocument.json(), StandardCharsets.UTF_8);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
