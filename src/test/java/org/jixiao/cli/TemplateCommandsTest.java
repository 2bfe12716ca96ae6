package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.support.SeedDocument;
import org.jixiao.support.WordFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code templates} and {@code render --template} as docs/command-line.md describes them. */
class TemplateCommandsTest {

    @TempDir
    Path dir;

    @Test
    void templatesListsTheShippedOnesWithKindAndRegion() {
        CommandLineRun run = CommandLineRun.of("templates");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList()).first().isEqualTo("名称\t类型\t地区\t说明");
        assertThat(run.out()).contains("default\t", "mof-2020-project\t项目支出绩效自评表\t财政部\t", "sichuan-project\t",
                "hubei-project\t", "department-overall\t部门整体支出绩效自评表\t", "yunnan-report\t绩效自评报告\t云南省\t");
    }

    @Test
    void aShippedTemplateByName() throws IOException {
        Path out = dir.resolve("form.docx");

        CommandLineRun run = CommandLineRun.of("render", seed().toString(), "--template", "department-overall",
                "--format", "docx", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(out)))) {
            assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("部门整体支出绩效自评表");
            assertThat(docx.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo(SeedDocument.UNIT);
        }
    }

    @Test
    void aTemplateFileAndItsPdf() throws IOException {
        Path template = dir.resolve("ours.docx");
        Files.write(template, WordFiles.paragraphs("一、基本情况", "{{unit}}全年预算数{{budget}}万元。"));
        Path out = dir.resolve("report.pdf");

        CommandLineRun run = CommandLineRun.of("render", seed().toString(), "--template", template.toString(),
                "--format", "pdf", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(new String(Files.readAllBytes(out), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aBrokenTemplateIsOneLineNamingThePlaceholderAndNoFile() throws IOException {
        Path template = dir.resolve("broken.docx");
        Files.write(template, WordFiles.paragraphs("标题", "{{unitName}}"));
        Path out = dir.resolve("report.docx");

        CommandLineRun run = CommandLineRun.of("render", seed().toString(), "--template", template.toString(),
                "--format", "docx", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).contains("broken.docx", "第2段", "{{unitName}}");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFormatTheTemplateDoesNotMakeAndAnUnknownNameAreRefused() throws IOException {
        CommandLineRun html = CommandLineRun.of("render", seed().toString(), "--template", "mof-2020-project",
                "--format", "html", "--out", dir.resolve("r.html").toString());
        CommandLineRun unknown = CommandLineRun.of("render", seed().toString(), "--template", "guangxi",
                "--format", "docx", "--out", dir.resolve("r.docx").toString());

        assertThat(html.exitCode()).isEqualTo(2);
        assertThat(html.err()).contains("只生成 docx、pdf");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--template guangxi", "jixiao templates");
    }

    private Path seed() throws IOException {
        return Files.writeString(dir.resolve("seed.json"), SeedDocument.json(), StandardCharsets.UTF_8);
    }
}
