package org.jixiao.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Kind;
import org.jixiao.document.Money;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.IndicatorTable;
import org.jixiao.rendering.ReportElement.Paragraph;

/**
 * The 自评表 as a workbook: one sheet per key task of a department (自评表1, 自评表2, …) or one for a project,
 * then the report text (自评报告), so that the workbook carries the whole document. Labels are the form's own,
 * one per cell, each value in the cell to its right (项目名称, the funds block, 预期目标 …) or below the
 * header row (the indicators), so that a reader finds them by label. 执行率, the execution 得分 and the totals
 * are formulas, with their values cached for readers that do not calculate.
 */
final class XlsxRenderer {

    /** Labels of the form, one per cell, exactly as 自评表 print them. */
    static final String PROJECT = "项目名称";
    static final String PARENT = "主管部门";
    static final String UNIT = "实施单位";
    static final String LEADER = "项目负责人";
    static final List<String> FUNDS = List.of("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
    /** The head of the money by source under the funds, naming its three columns. */
    static final String SOURCE = "按资金来源（万元）：全年预算数、全年执行数、执行率";
    static final String GOAL = "年度总体目标";
    static final String EXPECTED = "预期目标";
    static final String OUTCOME = "实际完成情况";
    static final List<String> INDICATOR_HEADS = List.of("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值",
            "实际完成值", "完成情况", "分值", "得分", "偏差原因分析及改进措施");
    static final String TOTAL = "总分";
    static final String GRADE = "等级";
    static final String REPORT_SHEET = "自评报告";
    /** Put as a comment on the level cells of an indicator whose levels the program inferred. */
    static final String INFERRED = "一级、二级指标由程序推断，非原文所述";

    private static final int COLUMNS = INDICATOR_HEADS.size();
    private static final int[] WIDTHS = {14, 16, 24, 14, 14, 14, 10, 8, 9, 36};
    /** The 自评报告 sheet: its paragraphs span these columns, its indicator tables use them. */
    private static final int[] REPORT_WIDTHS = {12, 16, 24, 14, 14, 14, 10, 8, 8};
    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.01");

    private XlsxRenderer() {
    }

    static void write(EvaluationDocument document, ReportOutline outline, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            List<SelfEvaluationForm> forms = outline.forms();
            if (forms.isEmpty()) {
                // a department without key tasks still gets its (empty) form, so that the gap shows
                forms = List.of(new SelfEvaluationForm(null, document.fiscalYear(), null, null,
                        outline.unitName(), null, null, null, null, null, List.of(), null, null, null, List.of(), null,
                        null));
            }
            for (int i = 0; i < forms.size(); i++) {
                String name = document.kind() == Kind.PROJECT || forms.size() == 1 ? "自评表" : "自评表" + (i + 1);
                new FormSheet(workbook.createSheet(name), styles).write(forms.get(i));
            }
            reportSheet(workbook.createSheet(REPORT_SHEET), styles, outline);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.getProperties().getCoreProperties().setTitle(outline.title());
            workbook.getProperties().getCoreProperties().setCreator(outline.unitName());
            workbook.write(out);
        }
    }

    /**
     * The report text, one paragraph a row across the sheet's columns, with the indicator tables as tables: the
     * whole document as the DOCX has it, for reading back. The 自评表 of a project is its own sheet.
     */
    private static void reportSheet(Sheet sheet, Styles styles, ReportOutline outline) {
        for (int c = 0; c < REPORT_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, REPORT_WIDTHS[c] * 256);
        }
        int last = REPORT_WIDTHS.length - 1;
        int r = 0;
        line(sheet, r++, outline.unitName(), styles.centered, last);
        line(sheet, r++, outline.title(), styles.title, last);
        for (ReportElement element : outline.elements()) {
            if (element instanceof Heading heading) {
                line(sheet, r++, heading.text(), styles.heading, last);
            } else if (element instanceof Paragraph paragraph) {
                line(sheet, r++, paragraph.fullText(), styles.paragraph, last);
            } else if (element instanceof ReportElement.Appendix appendix) {
                line(sheet, r++, appendix.title(), styles.heading, last);
            } else if (element instanceof IndicatorTable table) {
                Row head = sheet.createRow(r++);
                List<String> heads = table.heads();
                for (int c = 0; c < heads.size(); c++) {
                    cell(head, c, heads.get(c), styles.label);
                }
                for (ReportElement.IndicatorRow indicator : table.rows()) {
                    Row row = sheet.createRow(r++);
                    List<String> cells = table.cells(indicator);
                    for (int c = 0; c < cells.size(); c++) {
                        cell(row, c, cells.get(c), styles.cell);
                    }
                }
                r++; // a blank row ends the table
            }
        }
    }

    /** One paragraph across the sheet, wrapped, its row as high as its lines. */
    private static void line(Sheet sheet, int r, String text, CellStyle style, int last) {
        Row row = sheet.createRow(r);
        cell(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        int length = text == null ? 0 : text.length();
        int lines = Math.max(1, (int) Math.ceil(length / 60.0));
        row.setHeightInPoints(Math.min(409, lines * 15f + 4));
    }

    private static Cell cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** One 自评表 on one sheet. */
    private static final class FormSheet {

        private final Sheet sheet;
        private final Styles styles;
        private int r;
        private int pointsRow;
        private int scoreRow;

        FormSheet(Sheet sheet, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
        }

        void write(SelfEvaluationForm form) {
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);

            spanning(form.caption() != null ? form.caption() : "项目支出绩效自评表", styles.title);
            spanning(form.fiscalYear() == null ? "" : "（" + form.fiscalYear() + "年度）", styles.centered);
            Row project = sheet.createRow(r++);
            cell(project, 0, PROJECT, styles.label);
            merged(project, 1, COLUMNS - 1, form.projectName(), styles.text);
            Row units = sheet.createRow(r++);
            cell(units, 0, PARENT, styles.label);
            merged(units, 1, 4, form.parent(), styles.text);
            cell(units, 5, UNIT, styles.label);
            merged(units, 6, COLUMNS - 1, form.unit(), styles.text);
            if (form.leader() != null) {
                Row leader = sheet.createRow(r++);
                cell(leader, 0, LEADER, styles.label);
                merged(leader, 1, COLUMNS - 1, form.leader(), styles.text);
            }
            r++;
            funds(form);
            r++;
            Row goal = sheet.createRow(r++);
            cell(goal, 0, GOAL, styles.label);
            longText(EXPECTED, form.expectedGoal());
            longText(OUTCOME, form.outcome());
            r++;
            indicators(form);
        }

        /** 年初预算数 … 得分, each value right of its label; 执行率 and 得分 as formulas. */
        private void funds(SelfEvaluationForm form) {
            int first = r;
            pointsRow = first + 3;
            scoreRow = first + 5;
            amountRow(FUNDS.get(0), form.initialBudget());
            amountRow(FUNDS.get(1), form.budget());
            amountRow(FUNDS.get(2), form.executed());
            Row points = labelRow(FUNDS.get(3));
            number(points, SelfEvaluationForm.EXECUTION_POINTS, styles.figure);
            String budget = ref(first + 1);
            String executed = ref(first + 2);
            Row rate = labelRow(FUNDS.get(4));
            Cell rateCell = rate.createCell(1);
            rateCell.setCellStyle(styles.rate);
            BigDecimal computed = Money.rate(form.executed(), form.budget());
            boolean stateAgrees = form.statedRate() == null
                    || computed != null && Money.within(form.statedRate(), computed, RATE_TOLERANCE);
            if (computed != null && stateAgrees) {
                rateCell.setCellFormula(executed + "/" + budget);
            } else if (form.statedRate() != null) {
                rateCell.setCellValue(form.statedRate().movePointLeft(2).doubleValue()); // the source's rate, which the figures do not give
            }
            Row score = labelRow(FUNDS.get(5));
            Cell scoreCell = score.createCell(1);
            scoreCell.setCellStyle(styles.figure);
            String rateRef = ref(first + 4);
            String pointsRef = ref(first + 3);
            if (form.executionScore() != null || form.rate() != null) {
                scoreCell.setCellFormula("IF(ISNUMBER(" + rateRef + ")," + pointsRef + "*MIN(" + rateRef + ",1),\"\")");
            }
            for (int i = first; i < first + 3; i++) {
                cell(sheet.getRow(i), 2, "万元", styles.plain);
            }
            sources(form);
        }

        /**
         * The money by source under the funds (其中：一般公共预算财政拨款 …), where the document holds it: each source's
         * 全年预算数 and 全年执行数 beside its name, its 执行率 as a formula.
         */
        private void sources(SelfEvaluationForm form) {
            if (form.sources().isEmpty()) {
                return;
            }
            // one head cell naming the three columns, so that the funds' own labels stay the only ones of their kind
            cell(sheet.createRow(r++), 0, SOURCE, styles.label);
            for (SelfEvaluationForm.SourceLine source : form.sources()) {
                Row row = sheet.createRow(r);
                cell(row, 0, source.label(), styles.text);
                Cell budget = row.createCell(1);
                budget.setCellStyle(styles.amount);
                if (source.budget() != null) {
                    budget.setCellValue(source.budget().doubleValue());
                }
                Cell executed = row.createCell(2);
                executed.setCellStyle(styles.amount);
                if (source.executed() != null) {
                    executed.setCellValue(source.executed().doubleValue());
                }
                Cell rate = row.createCell(3);
                rate.setCellStyle(styles.rate);
                if (source.rate() != null) {
                    String b = new CellReference(r, 1).formatAsString();
                    rate.setCellFormula(new CellReference(r, 2).formatAsString() + "/" + b);
                }
                r++;
            }
        }

        private String ref(int row) {
            return new CellReference(row, 1).formatAsString();
        }

        private void amountRow(String label, BigDecimal amount) {
            number(labelRow(label), amount, styles.amount);
        }

        private Row labelRow(String label) {
            Row row = sheet.createRow(r++);
            cell(row, 0, label, styles.label);
            return row;
        }

        private void number(Row row, BigDecimal value, CellStyle style) {
            Cell cell = row.createCell(1);
            cell.setCellStyle(style);
            if (value != null) {
                cell.setCellValue(value.doubleValue());
            }
        }

        private void longText(String label, String text) {
            Row row = sheet.createRow(r++);
            cell(row, 0, label, styles.label);
            merged(row, 1, COLUMNS - 1, text, styles.text);
            int length = text == null ? 0 : text.length();
            int lines = Math.max(1, (int) Math.ceil(length / 75.0));
            row.setHeightInPoints(Math.min(409, lines * 15f + 4));
        }

        private void indicators(SelfEvaluationForm form) {
            Row head = sheet.createRow(r++);
            for (int c = 0; c < COLUMNS; c++) {
                cell(head, c, INDICATOR_HEADS.get(c), styles.label);
            }
            int first = r;
            Drawing<?> drawing = null;
            for (SelfEvaluationForm.Row indicator : form.rows()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, indicator.level1(), styles.cell);
                cell(row, 1, indicator.level2(), styles.cell);
                cell(row, 2, indicator.name(), styles.cell);
                cell(row, 3, indicator.cycleTarget(), styles.cell);
                cell(row, 4, indicator.annualTarget(), styles.cell);
                cell(row, 5, indicator.actual(), styles.cell);
                cell(row, 6, indicator.verdict(), styles.cell);
                Cell weight = row.createCell(7);
                weight.setCellStyle(indicator.weightComputed() ? styles.computedCell : styles.figureCell);
                if (indicator.weight() != null) {
                    weight.setCellValue(indicator.weight().doubleValue());
                }
                Cell score = row.createCell(8);
                score.setCellStyle(indicator.scoreComputed() ? styles.computedCell : styles.scoreCell);
                if (indicator.score() != null) {
                    score.setCellValue(indicator.score().doubleValue());
                }
                cell(row, 9, indicator.deviationReason(), styles.cell);
                if (indicator.levelInferred() && !indicator.level1().isEmpty()) {
                    if (drawing == null) {
                        drawing = sheet.createDrawingPatriarch();
                    }
                    ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
                    anchor.setCol1(1);
                    anchor.setCol2(4);
                    anchor.setRow1(row.getRowNum());
                    anchor.setRow2(row.getRowNum() + 3);
                    Comment comment = drawing.createCellComment(anchor);
                    comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(INFERRED));
                    comment.setAuthor("jixiao");
                    row.getCell(0).setCellComment(comment);
                }
            }
            if (form.rows().isEmpty()) {
                Row row = sheet.createRow(r++);
                merged(row, 0, COLUMNS - 1, "（未填写绩效指标）", styles.cell);
            }
            int last = r - 1;
            Row total = sheet.createRow(r++);
            cell(total, 0, TOTAL, styles.label);
            for (int c = 1; c < 7; c++) {
                total.createCell(c).setCellStyle(styles.cell);
            }
            total.createCell(9).setCellStyle(styles.cell);
            boolean weighted = !form.rows().isEmpty() && form.rows().stream().allMatch(i -> i.weight() != null);
            boolean scored = !form.rows().isEmpty() && form.rows().stream().allMatch(i -> i.score() != null);
            String pointsRef = new CellReference(pointsRow, 1).formatAsString();
            Cell points = total.createCell(7);
            points.setCellStyle(styles.figureCell);
            if (weighted) {
                points.setCellFormula(pointsRef + "+SUM(" + range(7, first, last) + ")");
            }
            Cell sum = total.createCell(8);
            sum.setCellStyle(styles.scoreCell);
            Row grade = sheet.createRow(r++);
            cell(grade, 0, GRADE, styles.label);
            Cell gradeCell = grade.createCell(1);
            gradeCell.setCellStyle(styles.cell);
            if (scored) {
                String executionScore = new CellReference(scoreRow, 1).formatAsString();
                sum.setCellFormula("IF(ISNUMBER(" + executionScore + ")," + executionScore + ",0)+SUM("
                        + range(8, first, last) + ")");
                String totalRef = new CellReference(sum.getRowIndex(), 8).formatAsString();
                gradeCell.setCellFormula("IF(ROUND(" + totalRef + ",2)>=90,\"优\",IF(ROUND(" + totalRef
                        + ",2)>=80,\"良\",IF(ROUND(" + totalRef + ",2)>=60,\"中\",\"差\")))");
            } else if (form.scored()) {
                sum.setCellValue(form.total().doubleValue());
                gradeCell.setCellValue(form.grade() == null ? "" : form.grade().label());
            } else {
                sum.setCellValue(SelfEvaluationForm.UNSCORED);
                gradeCell.setCellValue(SelfEvaluationForm.UNSCORED);
            }
            if (form.hasComputedFigures()) {
                spanning(SelfEvaluationForm.COMPUTED_NOTE, styles.plain);
            }
        }

        private static String range(int column, int first, int last) {
            return new CellReference(first, column).formatAsString() + ":" + new CellReference(last, column).formatAsString();
        }

        private void spanning(String text, CellStyle style) {
            Row row = sheet.createRow(r++);
            merged(row, 0, COLUMNS - 1, text, style);
        }

        private void merged(Row row, int from, int to, String text, CellStyle style) {
            cell(row, from, text, style);
            for (int c = from + 1; c <= to; c++) {
                row.createCell(c).setCellStyle(style);
            }
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
            }
        }
    }

    /** The workbook's cell styles: 仿宋_GB2312, labels bold, figures centred, amounts with two decimals. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle centered;
        final CellStyle label;
        final CellStyle text;
        final CellStyle cell;
        final CellStyle plain;
        final CellStyle amount;
        final CellStyle figure;
        final CellStyle rate;
        final CellStyle figureCell;
        final CellStyle scoreCell;
        /** A 分值 or 得分 the scoring rules gave: a number still (the totals sum it), shown with the mark. */
        final CellStyle computedCell;
        final CellStyle heading;
        final CellStyle paragraph;

        Styles(XSSFWorkbook workbook) {
            Font body = font(workbook, DocxRenderer.BODY_FACE, 11, false);
            Font bold = font(workbook, DocxRenderer.BODY_FACE, 11, true);
            Font titleFont = font(workbook, DocxRenderer.TITLE_FACE, 16, false);
            title = style(workbook, titleFont, HorizontalAlignment.CENTER, false, null);
            centered = style(workbook, body, HorizontalAlignment.CENTER, false, null);
            label = style(workbook, bold, HorizontalAlignment.CENTER, true, null);
            text = style(workbook, body, HorizontalAlignment.LEFT, true, null);
            text.setWrapText(true);
            cell = style(workbook, body, HorizontalAlignment.CENTER, true, null);
            cell.setWrapText(true);
            plain = style(workbook, body, HorizontalAlignment.LEFT, false, null);
            amount = style(workbook, body, HorizontalAlignment.RIGHT, true, "0.00");
            figure = style(workbook, body, HorizontalAlignment.RIGHT, true, "0.00");
            rate = style(workbook, body, HorizontalAlignment.RIGHT, true, "0.00%");
            figureCell = style(workbook, body, HorizontalAlignment.CENTER, true, "General");
            scoreCell = style(workbook, body, HorizontalAlignment.CENTER, true, "0.00");
            computedCell = style(workbook, body, HorizontalAlignment.CENTER, true,
                    "0.00\"" + SelfEvaluationForm.COMPUTED_MARK + "\"");
            heading = style(workbook, bold, HorizontalAlignment.LEFT, false, null);
            paragraph = style(workbook, body, HorizontalAlignment.LEFT, false, null);
            paragraph.setWrapText(true);
        }

        private static Font font(XSSFWorkbook workbook, String name, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle style(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment, boolean border,
                String format) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (border) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        }
    }
}
