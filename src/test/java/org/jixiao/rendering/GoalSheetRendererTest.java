package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.document.Department;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;
import org.jixiao.support.GoalSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The goal sheets on paper: the customary form in every format, its figures as the report prints them. */
class GoalSheetRendererTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aProjectsSheetShowsEveryPartOfTheFormUnderItsTitle(ReportFormat format) {
        // a PDF's cells wrap their text over lines
        String text = RenderedText.of(GoalSheetRenderer.render(GoalSheets.project(), format)).replaceAll("\\s", "");

        assertThat(text).contains("2026年度项目支出绩效目标申报表", "项目名称", "社区文化活动", "主管部门", "广州市荔湾区文化广电旅游体育局",
                "实施单位", "荔湾区示例文化馆", "实施期限", "2026年1月至2028年12月", "年度资金总额", "其中：财政拨款", "其他资金",
                "中长期目标", "年度目标", "一级指标", "二级指标", "三级指标", "年度指标值", "实施周期指标值", "指标值设定依据",
                "产出指标", "数量指标", "举办社区文化活动场次", "≥180场", "≥60场", "历史标准：2025年实际举办56场", "计划标准",
                "服务对象满意度指标", "其他：第三方问卷调查");
        assertThat(text).contains("120.50", "100.254321", "20.245679");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aDepartmentsSheetShowsItsDutiesTasksAndGoalOfTheYear(ReportFormat format) {
        String text = RenderedText.of(GoalSheetRenderer.render(GoalSheets.department(), format)).replaceAll("\\s", "");

        assertThat(text).contains("2026年度部门整体支出绩效目标申报表", "单位名称", "荔湾区示例档案馆（演示）", "部门职能",
                "1.负责全区档案资料的收集、整理、保管和利用。", "3.开展档案宣传和爱国主义教育。", "年度主要任务", "任务名称", "主要内容",
                "档案数字化", "180.00", "45.50", "12.34", "年度总体目标", "688.34", "650.00", "38.34")
                .doesNotContain("实施周期指标值", "项目名称", "中长期目标", "实施期限");
    }

    @Test
    void whatTheSheetDoesNotStateStaysBlank() throws IOException {
        GoalSheet blank = GoalSheet.blank(Kind.PROJECT, 2027, Department.named("空白单位", null), "新项目");

        byte[] workbook = GoalSheetRenderer.render(blank, ReportFormat.XLSX).content();
        String text = RenderedText.of(GoalSheetRenderer.render(blank, ReportFormat.PDF));

        assertThat(text).contains("2027年度项目支出绩效目标申报表", "新项目", "空白单位")
                .doesNotContain("未填写", "0.00", "万元万元");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            Cell total = valueRightOf(sheet, "年度资金总额");
            assertThat(total.getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void theWorkbookHoldsAmountsAsNumbersAndAnyFigureADoubleWouldRoundAsItsText() throws IOException {
        GoalSheet sheet = GoalSheets.project();
        GoalSheet huge = new GoalSheet(null, sheet.kind(), sheet.fiscalYear(), sheet.department(), sheet.project(),
                sheet.period(), new GoalFunds(new BigDecimal("987654321012.345678"), new BigDecimal("0.000001"), null),
                List.of(), List.of(), null, null, sheet.indicators(), null);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                GoalSheetRenderer.render(huge, ReportFormat.XLSX).content()))) {
            Sheet form = book.getSheet(GoalSheetWorkbook.SHEET);
            assertThat(form.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年度项目支出绩效目标申报表");
            assertThat(valueRightOf(form, "年度资金总额").getStringCellValue()).isEqualTo("987654321012.345678");
            Cell appropriation = valueRightOf(form, "其中：财政拨款");
            assertThat(appropriation.getNumericCellValue()).isEqualTo(0.000001);
            assertThat(appropriation.getCellStyle().getDataFormatString()).isEqualTo("0.000000");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                GoalSheetRenderer.render(sheet, ReportFormat.XLSX).content()))) {
            Cell total = valueRightOf(book.getSheetAt(0), "年度资金总额");
            assertThat(total.getNumericCellValue()).isEqualTo(120.5);
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
    }

    @Test
    void anIndicatorWithoutLevelsSaysSoRatherThanLeavingACellThatReadsAsMerged() {
        GoalSheet sheet = GoalSheets.project().withIndicators(List.of(
                new GoalIndicator(null, null, "未分级的指标", null, Target.parse("1次"), null, null, null)));

        String text = RenderedText.of(GoalSheetRenderer.render(sheet, ReportFormat.DOCX));

        assertThat(text).contains("—\t—\t未分级的指标\t1次").doesNotContain("实施周期指标值");
    }

    @Test
    void thePdfIsA4WithItsTitleAndItsFontsInside() throws IOException {
        RenderedReport pdf = GoalSheetRenderer.render(GoalSheets.project(), ReportFormat.PDF);

        assertThat(pdf.warnings()).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("2026年度项目支出绩效目标申报表");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        Path out = Path.of("target", "goal-sheets");
        try {
            Files.createDirectories(out);
            Files.write(out.resolve("project.pdf"), pdf.content());
            Files.write(out.resolve("department.pdf"),
                    GoalSheetRenderer.render(GoalSheets.department(), ReportFormat.PDF).content());
            Files.write(out.resolve("project.html"),
                    GoalSheetRenderer.render(GoalSheets.project(), ReportFormat.HTML).content());
        } catch (IOException e) {
            // kept for looking at (docs/goals-render-*.png are made from them); not what the test checks
        }
    }

    @Test
    void theFileIsNamedByUnitProjectAndYear() {
        assertThat(GoalSheetRenderer.fileName(GoalSheets.project(), ReportFormat.PDF))
                .isEqualTo("荔湾区示例文化馆-社区文化活动-2026-绩效目标申报表.pdf");
        assertThat(GoalSheetRenderer.fileName(GoalSheets.department(), ReportFormat.XLSX))
                .isEqualTo("荔湾区示例档案馆（演示）-2026-绩效目标申报表.xlsx");
        GoalSheet hidden = GoalSheets.project().withDepartment(Department.named("下载\u202Excod.exe 单位", null));
        assertThat(GoalSheetRenderer.fileName(hidden, ReportFormat.DOCX))
                .isEqualTo("下载xcod.exe_单位-社区文化活动-2026-绩效目标申报表.docx");
    }

    private static Cell valueRightOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                    // past the label's merged cells
                    int next = sheet.getMergedRegions().stream()
                            .filter(m -> m.isInRange(row.getRowNum(), cell.getColumnIndex()))
                            .mapToInt(m -> m.getLastColumn() + 1).findFirst().orElse(cell.getColumnIndex() + 1);
                    return row.getCell(next);
                }
            }
        }
        throw new AssertionError(label + " not found");
    }
}
