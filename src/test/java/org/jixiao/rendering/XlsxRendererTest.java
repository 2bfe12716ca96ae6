package org.jixiao.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.EvaluationScore.IndicatorScore;
import org.jixiao.document.EvaluationScore.KeyTaskScore;
import org.jixiao.document.Grade;
import org.jixiao.document.KeyTask;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;

/**
 * The 自评表 workbook read the way extraction reads it: by its labels, one per cell, the value to the right of a
 * label or below the header row; with the formulas Excel users expect and their values cached.
 */
class XlsxRendererTest {

    private static final EvaluationDocument SEED = SeedDocument.load();
    private final DataFormatter shown = new DataFormatter();

    @Test
    void oneSheetPerKeyTaskAndTheReportText() throws IOException {
        try (XSSFWorkbook workbook = open(SEED)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("自评表1");
            assertThat(workbook.getSheetName(1)).isEqualTo("自评表2");
            assertThat(workbook.getSheetName(2)).isEqualTo("自评报告");
            Sheet report = workbook.getSheet("自评报告");
            assertThat(report.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("2023年度广州市荔湾区妇女联合会部门整体支出绩效自评报告");
            List<String> lines = new ArrayList<>();
            report.forEach(row -> lines.add(row.getCell(0).getStringCellValue()));
            assertThat(lines).containsAll(ReportOutline.of(SEED).paragraphs());
        }
    }

    @Test
    void labelsHaveTheirValuesToTheRightAndTheRateIsAFormula() throws IOException {
        try (XSSFWorkbook workbook = open(SEED)) {
            Sheet form = workbook.getSheet("自评表1");

            assertThat(right(form, "项目名称").getStringCellValue()).isEqualTo("妇联活动及组织建设阵地建设");
            assertThat(right(form, "实施单位").getStringCellValue()).isEqualTo("广州市荔湾区妇女联合会");
            assertThat(right(form, "全年预算数").getNumericCellValue()).isEqualTo(91.2);
            assertThat(right(form, "全年执行数").getNumericCellValue()).isEqualTo(91.2);
            assertThat(right(form, "年初预算数").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(right(form, "分值").getNumericCellValue()).isEqualTo(10.0);
            Cell rate = right(form, "执行率");
            assertThat(rate.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(rate.getCellFormula()).isEqualTo("B8/B7");
            assertThat(rate.getNumericCellValue()).isEqualTo(1.0); // a percentage, cached for readers that do not calculate
            assertThat(shown.formatCellValue(rate, workbook.getCreationHelper().createFormulaEvaluator())).isEqualTo("100.00%");
            Cell score = right(form, "得分");
            assertThat(score.getCellFormula()).contains("MIN(B10,1)");
            assertThat(score.getNumericCellValue()).isEqualTo(10.0);
            assertThat(right(form, "预期目标").getStringCellValue()).startsWith("坚持宣传男女平等基本国策");
            assertThat(right(form, "实际完成情况").getStringCellValue()).startsWith("如期实现预期总体目标");
        }
    }

    @Test
    void indicatorsStandBelowTheirHeadsAndAnUnscoredFormSaysSo() throws IOException {
        try (XSSFWorkbook workbook = open(SEED)) {
            Sheet form = workbook.getSheet("自评表1");
            Row head = rowWith(form, "一级指标");
            assertThat(texts(head)).containsExactly("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值",
                    "实际完成值", "完成情况", "分值", "得分", "偏差原因分析及改进措施");
            Row first = form.getRow(head.getRowNum() + 1);
            assertThat(texts(first)).startsWith("产出指标（推断）", "质量指标", "案件办结率", "98%以上", "100%", "", "完成");
            assertThat(first.getCell(0).getCellComment().getString().getString()).isEqualTo(XlsxRenderer.INFERRED);
            assertThat(right(form, "总分").getCellType()).isEqualTo(CellType.BLANK);
            assertThat(form.getRow(rowWith(form, "总分").getRowNum()).getCell(8).getStringCellValue()).isEqualTo("未评分");
            assertThat(right(form, "等级").getStringCellValue()).isEqualTo("未评分");
        }
    }

    @Test
    void aScoredFormSumsItsScoresWithFormulasAndGradesThem() throws IOException {
        KeyTask task = SEED.keyTasks().get(0);
        List<IndicatorScore> indicators = task.indicators().stream()
                .map(i -> new IndicatorScore(i.name(), new BigDecimal("22.5"), BigDecimal.ONE, new BigDecimal("20"), null))
                .toList();
        EvaluationScore score = new EvaluationScore("MOF_2020", new BigDecimal("90"), Grade.EXCELLENT, BigDecimal.TEN,
                List.of(new KeyTaskScore(task.name(), new BigDecimal("90"), Grade.EXCELLENT, BigDecimal.TEN, indicators,
                        null)), null);

        try (XSSFWorkbook workbook = open(SEED.withScore(score))) {
            Sheet form = workbook.getSheet("自评表1");
            Row total = rowWith(form, "总分");
            assertThat(total.getCell(7).getCellFormula()).isEqualTo("B9+SUM(H18:H21)");
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(100.0);
            assertThat(total.getCell(8).getCellFormula()).isEqualTo("IF(ISNUMBER(B11),B11,0)+SUM(I18:I21)");
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(90.0);
            assertThat(right(form, "等级").getStringCellValue()).isEqualTo("优");
        }
    }

    private static XSSFWorkbook open(EvaluationDocument document) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(ReportRenderer.render(document, ReportFormat.XLSX).content()));
    }

    /** The cell to the right of the first cell that holds the label. */
    private static Cell right(Sheet sheet, String label) {
        Row row = rowWith(sheet, label);
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row.getCell(cell.getColumnIndex() + 1);
            }
        }
        throw new AssertionError(label);
    }

    private static Row rowWith(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no cell " + label);
    }

    private List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(shown.formatCellValue(cell)));
        return texts;
    }
}
