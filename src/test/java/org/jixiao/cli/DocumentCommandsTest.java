package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.document.DocumentJson;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that need no database, by their exit codes and what they print (docs/command-line.md). */
class DocumentCommandsTest {

    @TempDir
    Path dir;

    @Test
    void validateAcceptsASoundDocument() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", write("seed.json", SeedDocument.json()).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(DocumentJson.parseTree(run.out()).isArray()).isTrue();
        assertThat(DocumentJson.parseTree(run.out()).size()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateReportsAmountsThatDoNotAddUp() throws IOException {
        String json = SeedDocument.json().replace("\"basic\": 581.73", "\"basic\": 481.73");

        CommandLineRun run = CommandLineRun.of("validate", write("mismatch.json", json).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"code\": \"FUNDS_MISMATCH\"", "\"severity\": \"ERROR\"",
                "\"path\": \"$.funds.byNature\"", "基本支出与项目支出合计 588.34 万元");
    }

    @Test
    void validateReportsFormatErrorsByPath() throws IOException {
        String json = SeedDocument.json().replace("\"fiscalYear\": 2023", "\"fiscalYear\": \"二〇二三\"");

        CommandLineRun run = CommandLineRun.of("validate", write("format.json", json).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"path\": \"$.fiscalYear\"", "INVALID_FIELD");
    }

    @Test
    void validateOnBrokenJsonNamesLineAndColumnAndPrintsNothing() throws IOException {
        Path file = write("broken.json", "{\n  \"schema\": \"jixiao/evaluation/v1\",\n  \"kind\": ,\n}");

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).startsWith(file + ":3:11: JSON 语法错误");
    }

    @Test
    void validateOnSomethingElseThanADocument() throws IOException {
        CommandLineRun array = CommandLineRun.of("validate", write("array.json", "[1, 2]").toString());
        CommandLineRun missing = CommandLineRun.of("validate", dir.resolve("nowhere.json").toString());
        CommandLineRun empty = CommandLineRun.of("validate", write("empty.json", "").toString());

        for (CommandLineRun run : new CommandLineRun[] {array, missing, empty}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.errLines()).isEqualTo(1);
        }
        assertThat(array.err()).contains("不是评价文档");
        assertThat(missing.err()).contains("nowhere.json: 文件不存在");
    }

    @Test
    void anUnknownOptionIsOneLineAndExitTwo() {
        CommandLineRun run = CommandLineRun.of("validate", "--frobnicate", "x.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains("--frobnicate");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
