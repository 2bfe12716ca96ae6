package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jixiao.document.Department;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.GoalJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.rendering.GoalSheetRenderer;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.support.GoalSheets;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The commands on a goal sheet (绩效目标申报表), told apart from an evaluation document by its {@code schema}:
 * {@code render} in every format, {@code extract} of a sheet's file back to its JSON, {@code validate} by the checks
 * of submission.
 */
class GoalSheetCommandsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"pdf, %PDF-", "docx, PK", "xlsx, PK", "html, <!DOCTYPE html>"})
    void renderWritesTheSheetInTheFormatAsked(String format, String magic) throws IOException {
        Path out = dir.resolve("goals." + format);

        CommandLineRun run = CommandLineRun.of("render", sheet(GoalSheets.project()).toString(), "--format", format,
                "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
        byte[] written = Files.readAllBytes(out);
        assertThat(new String(written, 0, magic.length(), StandardCharsets.ISO_8859_1)).isEqualTo(magic);
        if (format.equals("html")) {
            assertThat(new String(written, StandardCharsets.UTF_8)).contains("2026年度项目支出绩效目标申报表", "指标值设定依据");
        }
    }

    @Test
    void renderRefusesASheetTheFormatDoesNotAllowInOneLineAndWritesNothing() throws IOException {
        String json = GoalJson.write(GoalSheets.project()).replace("\"total\": 120.5", "\"total\": -120.5");
        Path out = dir.resolve("goals.pdf");

        CommandLineRun run = CommandLineRun.of("render", write("negative.json", json).toString(), "--format", "pdf",
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains("negative.json", "$.funds.total", "不应为负数");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, names = {"DOCX", "XLSX", "PDF"})
    void extractReadsASheetsFileBackToItsJson(ReportFormat format) throws IOException {
        Path file = Files.write(dir.resolve("目标申报表." + format.extension()),
                GoalSheetRenderer.render(GoalSheets.department(), format).content());

        CommandLineRun run = CommandLineRun.of("extract", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\"schema\": \"jixiao/goals/v1\"", "\"kind\": \"DEPARTMENT_OVERALL\"");
        assertThat(GoalJson.read(run.out())).isEqualTo(GoalSheets.department());
    }

    @Test
    void extractWritesReportsAndSheetsSideBySideEachAsWhatItIs() throws IOException {
        Path seed;
        try (InputStream in = getClass().getResourceAsStream("/extraction/seed-liwan-2023.txt")) {
            seed = Files.write(dir.resolve("seed.txt"), in.readAllBytes());
        }
        GoalSheet blank = GoalSheet.blank(Kind.PROJECT, 2027, Department.named("空白单位", null), "新项目");
        Path goals = Files.write(dir.resolve("goals.docx"), GoalSheetRenderer.render(blank, ReportFormat.DOCX).content());
        Path out = dir.resolve("json");

        CommandLineRun run = CommandLineRun.of("extract", seed.toString(), goals.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains(goals + " → goals.json：绩效目标申报表，读出 预算年度、单位名称、项目名称；未读出 实施期限",
                "警告：" + goals + "：第 ", "年度资金总额未填写（$.funds.total）", "已写出 1 份评价文档、1 份绩效目标申报表到 " + out);
        assertThat(DocumentJson.read(Files.readString(out.resolve("seed.json")))).isEqualTo(SeedDocument.load());
        assertThat(GoalJson.read(Files.readString(out.resolve("goals.json")))).isEqualTo(blank);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void extractSaysInOneLineWhatIsNeither() throws IOException {
        Path note = write("note.txt", "明天上午九点开会。");

        CommandLineRun run = CommandLineRun.of("extract", note.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains("note.txt", "不是绩效自评报告");
    }

    @Test
    void validateAcceptsACompleteSheet() throws IOException {
        CommandLineRun run = CommandLineRun.of("validate", sheet(GoalSheets.project()).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode findings = DocumentJson.parseTree(run.out());
        assertThat(findings.isArray()).isTrue();
        assertThat(findings.size()).isZero();
    }

    @Test
    void validateSaysWhatASheetLacksBeforeItIsSubmittedByPath() throws IOException {
        GoalSheet blank = GoalSheet.blank(Kind.PROJECT, 2027, Department.named("空白单位", null), "新项目");

        CommandLineRun run = CommandLineRun.of("validate", sheet(blank).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"path\": \"$.period\"", "\"path\": \"$.funds.total\"",
                "\"path\": \"$.indicators\"", "请填写项目的实施期限", "\"severity\": \"ERROR\"");
    }

    @Test
    void validateNamesAValueOfTheWrongKindByItsPath() throws IOException {
        String json = GoalJson.write(GoalSheets.project()).replace("\"basis\": \"HISTORICAL\"", "\"basis\": \"GUESS\"");

        CommandLineRun run = CommandLineRun.of("validate", write("basis.json", json).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("INVALID_FIELD", "$.indicators[0].basis");
    }

    @Test
    void validateReportsPartsThatDoNotMakeTheTotal() throws IOException {
        String json = GoalJson.write(GoalSheets.project()).replace("\"total\": 120.5", "\"total\": 130.5");

        CommandLineRun run = CommandLineRun.of("validate", write("mismatch.json", json).toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FUNDS_MISMATCH", "$.funds.total", "130.5 万元");
    }

    private Path sheet(GoalSheet sheet) throws IOException {
        return write("goals.json", GoalJson.write(sheet));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
