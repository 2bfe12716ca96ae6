package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.jixiao.support.SeedDocument;
import org.jixiao.support.WordFiles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A template read, checked and filled: placeholders, the inventory, and a template as untrusted input. */
class ReportTemplateTest {

    private static final EvaluationDocument SEED = SeedDocument.load();

    private static byte[] word(String... paragraphs) {
        return WordFiles.paragraphs(paragraphs);
    }

    private static List<String> paragraphs(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    @Nested
    class Filling {

        @Test
        void fieldsAreTheDocumentsAndSectionsRepeatForEachTask() throws IOException {
            ReportTemplate template = ReportTemplate.read("t.docx", word("{{unit}}{{year}}年度", "{{?keyTasks}}",
                    "{{number}}.{{name}}（{{unit}}）", "{{/keyTasks}}", "{{?leader}}负责人：{{leader}}{{/leader}}"));

            List<String> text = paragraphs(template.render(SEED, ReportFormat.DOCX).content());

            // the seed: 广州市荔湾区妇女联合会, 2023, two key tasks, no 项目负责人 (its section left out)
            assertThat(String.join("\n", text)).contains("广州市荔湾区妇女联合会2023年度")
                    .contains("1.妇联活动及组织建设阵地建设（广州市荔湾区妇女联合会）").contains("2.")
                    .doesNotContain("负责人").doesNotContain("{{");
        }

        @Test
        void aTablesRowRepeatsForEachIndicator() throws IOException {
            byte[] docx = WordFiles.table(new String[] {"三级指标{{#indicators}}", "年度指标值"},
                    new String[] {"[name]", "[annualTarget]"});

            byte[] filled = ReportTemplate.read("t.docx", docx).render(SEED, ReportFormat.DOCX).content();

            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(filled))) {
                XWPFTable table = document.getTables().get(0);
                // the seed's two key tasks hold 4 indicators each: the head and 4 + 4 rows
                assertThat(table.getRows()).hasSize(9);
                assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("三级指标");
                assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("案件办结率");
                assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("100%");
            }
        }

        @Test
        void anExcelTemplatesRowRepeatsAndItsFieldsAreFilled() throws IOException {
            byte[] xlsx;
            try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                XSSFSheet sheet = workbook.createSheet("自评表");
                sheet.createRow(0).createCell(0).setCellValue("{{unit}}");
                sheet.createRow(1).createCell(0).setCellValue("指标{{#indicators}}");
                sheet.createRow(2).createCell(0).setCellValue("[name]");
                sheet.createRow(3).createCell(0).setCellValue("总分{{totalScore}}");
                workbook.write(out);
                xlsx = out.toByteArray();
            }

            byte[] filled = ReportTemplate.read("t.xlsx", xlsx).render(SEED, ReportFormat.XLSX).content();

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("广州市荔湾区妇女联合会");
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("指标");
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("案件办结率");
                // 8 indicator rows (rows 2 to 9), then the total moved down below them
                assertThat(sheet.getRow(10).getCell(0).getStringCellValue()).startsWith("总分");
            }
        }

        @Test
        void aValueThatLooksLikeAPlaceholderStaysText() throws IOException {
            KeyTask task = SEED.keyTasks().get(0);
            EvaluationDocument typed = SEED.withKeyTasks(List.of(task.withIndicators(List.of(
                    task.indicators().get(0).toBuilder().name("{{unit}}[name]").build()))));
            byte[] xlsx;
            try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                XSSFSheet sheet = workbook.createSheet("自评表");
                sheet.createRow(0).createCell(0).setCellValue("{{#indicators}}");
                sheet.createRow(1).createCell(0).setCellValue("[name]");
                workbook.write(out);
                xlsx = out.toByteArray();
            }
            byte[] docx = WordFiles.table(new String[] {"{{#indicators}}"}, new String[] {"[name]"});

            byte[] filledXlsx = ReportTemplate.read("t.xlsx", xlsx).render(typed, ReportFormat.XLSX).content();
            byte[] filledDocx = ReportTemplate.read("t.docx", docx).render(typed, ReportFormat.DOCX).content();

            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filledXlsx));
                    XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(filledDocx))) {
                assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("{{unit}}[name]");
                assertThat(document.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("{{unit}}[name]");
            }
        }

        @Test
        void aWordTemplateGivesAPdfInItsOwnOrder() throws IOException {
            ReportTemplate template = ReportTemplate.read("t.docx", word("一、基本情况", "{{unit}}的预算{{budget}}万元。"));

            RenderedReport pdf = template.render(SEED, ReportFormat.PDF);

            assertThat(new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThatThrownBy(() -> template.render(SEED, ReportFormat.XLSX)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("不能生成 xlsx");
        }
    }

    @Nested
    class Inventory {

        @Test
        void whatTheDocumentLacksAndWhatTheTemplateLeavesOut() throws IOException {
            ReportTemplate template = ReportTemplate.read("t.docx", word("{{unit}} {{leader}} {{projectName}}"));

            TemplateInventory inventory = template.inventory(SEED);

            // the seed is a department's report: no 项目负责人, no project of its own
            assertThat(inventory.lacking()).containsExactly("leader", "projectName");
            assertThat(inventory.unused()).contains("year", "goals", "indicators.name").doesNotContain("unit", "leader");
        }

        @Test
        void everyPlaceholderIsListedWithWhereItStands() throws IOException {
            ReportTemplate template = ReportTemplate.read("t.docx", word("标题", "{{unit}}", "{{?keyTasks}}{{name}}{{/keyTasks}}"));

            assertThat(template.placeholders()).extracting(Placeholder::path, Placeholder::where).containsExactly(
                    tuple("unit", "第2段"), tuple("keyTasks", "第3段"),
                    tuple("keyTasks.name", "第3段"));
        }
    }

    @Nested
    class BrokenTemplates {

        @Test
        void anUnknownPlaceholderIsNamedWithItsParagraph() {
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", word("标题", "单位：{{unitt}}")))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("第2段").hasMessageContaining("{{unitt}}");
        }

        @Test
        void anUnclosedSectionIsNamedWhereItOpens() {
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", word("{{?keyTasks}}", "{{name}}")))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("第1段")
                    .hasMessageContaining("{{?keyTasks}}”未闭合");
        }

        @Test
        void anUnclosedPlaceholderAndAStrayCloseAreRefused() {
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", word("{{unit")))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("第1段").hasMessageContaining("未闭合");
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", word("x", "{{/keyTasks}}")))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("第2段")
                    .hasMessageContaining("没有对应的“{{?keyTasks}}”");
        }

        @Test
        void aRowFieldTheListLacksIsNamedWithItsCell() throws IOException {
            byte[] docx = WordFiles.table(new String[] {"{{#indicators}}"}, new String[] {"[nmae]"});
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", docx)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("表格1第2行第1列").hasMessageContaining("[nmae]");
        }

        @Test
        void anExcelCellIsNamedByItsReference() throws IOException {
            byte[] xlsx;
            try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                workbook.createSheet("表").createRow(4).createCell(1).setCellValue("{{nope}}");
                workbook.write(out);
                xlsx = out.toByteArray();
            }
            assertThatThrownBy(() -> ReportTemplate.read("t.xlsx", xlsx)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("工作表“表”B5").hasMessageContaining("{{nope}}");
        }
    }

    @Nested
    class UntrustedInput {

        @Test
        void aPlaceholderCannotRunCode() {
            for (String expression : List.of("{{T(java.lang.Runtime).getRuntime().exec('id')}}", "{{unit.bytes}}",
                    "{{@picture}}", "{{+include}}", "{{unit.getClass()}}", "{{#unit}}")) {
                assertThatThrownBy(() -> ReportTemplate.read("t.docx", word(expression)))
                        .as(expression).isInstanceOf(TemplateException.class).hasMessageContaining("第1段");
            }
        }

        @Test
        void macroFilesAreRefusedByNameAndByContent() throws IOException {
            assertThatThrownBy(() -> ReportTemplate.read("t.docm", word("x"))).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("宏");
            byte[] withMacro = withEntry(word("x"), "word/vbaProject.bin", new byte[] {1, 2, 3});
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", withMacro)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("含宏");
        }

        @Test
        void anExternalRelationshipIsRefused() throws IOException {
            byte[] linked;
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word("x")));
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                document.getPackagePart().addExternalRelationship("http://example.invalid/logo.png",
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
                document.write(out);
                linked = out.toByteArray();
            }
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", linked)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("外部");
        }

        @Test
        void aFieldThatIncludesAFileIsRefused() throws IOException {
            byte[] docx = replaceInEntry(word("PLACE"), "word/document.xml", "<w:t>PLACE</w:t>",
                    "<w:instrText> INCLUDEPICTURE \"http://example.invalid/x.png\" </w:instrText>");
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", docx)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("INCLUDEPICTURE");
        }

        @Test
        void aTooLargeFileAndAZipBombAreRefused() throws IOException {
            byte[] large = new byte[TemplateSafety.MAX_BYTES + 1];
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", large)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("超过上限");
            // 20 MB of zeros deflate to about 20 KB: a ratio of about 1000
            byte[] bomb = withEntry(word("x"), "word/media/zeros.bin", new byte[20 * 1024 * 1024]);
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", bomb)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("压缩");
        }

        @Test
        void notAnOfficeFileIsSaidSo() {
            assertThatThrownBy(() -> ReportTemplate.read("t.docx", "hello".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("不是有效的");
        }
    }

    private static byte[] withEntry(byte[] zip, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(copy);
            }
            copy.putNextEntry(new ZipEntry(name));
            copy.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] replaceInEntry(byte[] zip, String name, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                copy.write(bytes);
            }
        }
        return out.toByteArray();
    }
}
