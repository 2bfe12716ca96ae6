package org.jixiao.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A goal sheet as a workbook of one sheet, the table of {@link GoalSheetLayout} cell for cell: the title across it,
 * each cell of the grid in its column, merged over the columns it spans, bordered as printed. Figures in 万元 are
 * numbers Excel sums, shown with two decimals or as many as they have (0.000001 万元 is one 分); one that a double
 * would not hold exactly (more than fifteen digits) is written as its text, so that nothing is rounded.
 */
final class GoalSheetWorkbook {

    static final String SHEET = "绩效目标申报表";

    /** Excel's character widths per point of the layout's columns: 442 points are some hundred characters. */
    private static final double CHARACTERS_PER_POINT = 0.23;

    private GoalSheetWorkbook() {
    }

    static void write(String title, GoalSheetLayout layout, String creator, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            TableLayout table = layout.table();
            int columns = table.columns();
            double[] characters = new double[columns];
            for (int c = 0; c < columns; c++) {
                characters[c] = table.widths().get(c) * CHARACTERS_PER_POINT;
                sheet.setColumnWidth(c, (int) Math.round(characters[c] * 256));
            }
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);

            Row head = sheet.createRow(0);
            merged(sheet, head, 0, columns - 1, title, styles.title);
            head.setHeightInPoints(30);
            Map<Long, BigDecimal> amounts = new HashMap<>();
            layout.amounts().forEach(a -> amounts.put(key(a.row(), a.column()), a.value()));
            int first = 2; // a blank row under the title
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(first + r);
                int column = 0;
                int lines = 1;
                for (TableLayout.Cell cell : table.rows().get(r).cells()) {
                    int last = Math.min(columns - 1, column + cell.span() - 1);
                    CellStyle style = cell.head() ? styles.head : cell.center() ? styles.figure : styles.text;
                    Cell written = merged(sheet, row, column, last, cell.text(), style);
                    BigDecimal amount = amounts.get(key(r, column));
                    if (amount != null) {
                        amount(written, amount, styles);
                    }
                    double room = 0;
                    for (int c = column; c <= last; c++) {
                        room += characters[c];
                    }
                    // a Chinese character is two of Excel's characters wide
                    lines = Math.max(lines, (int) Math.ceil(cell.text().length() * 2 / Math.max(1, room - 1)));
                    column = last + 1;
                }
                row.setHeightInPoints(Math.min(409, lines * 15f + 4));
            }
            workbook.getProperties().getCoreProperties().setTitle(title);
            workbook.getProperties().getCoreProperties().setCreator(creator);
            workbook.write(out);
        }
    }

    private static long key(int row, int column) {
        return (long) row << 16 | column;
    }

    /** The figure as a number where a double holds it exactly (as it is read back), else as its exact text. */
    private static void amount(Cell cell, BigDecimal value, Styles styles) {
        double number = value.doubleValue();
        if (new BigDecimal(Double.toString(number)).compareTo(value) != 0) {
            return; // the text the layout put there is the exact figure
        }
        cell.setCellValue(number);
        cell.setCellStyle(styles.amount(value.stripTrailingZeros().scale()));
    }

    private static Cell merged(Sheet sheet, Row row, int from, int to, String text, CellStyle style) {
        Cell cell = row.createCell(from);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
        for (int c = from + 1; c <= to; c++) {
            row.createCell(c).setCellStyle(style);
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
        return cell;
    }

    /** 仿宋_GB2312 as the report's workbook: heads bold and centred, texts wrapped, figures centred. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle head;
        final CellStyle text;
        final CellStyle figure;
        private final XSSFWorkbook workbook;
        private final Font body;
        private final Map<Integer, CellStyle> amounts = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            body = font(DocxRenderer.BODY_FACE, 11, false);
            title = style(font(DocxRenderer.TITLE_FACE, 16, false), HorizontalAlignment.CENTER, false, null);
            head = style(font(DocxRenderer.BODY_FACE, 11, true), HorizontalAlignment.CENTER, true, null);
            text = style(body, HorizontalAlignment.LEFT, true, null);
            figure = style(body, HorizontalAlignment.CENTER, true, null);
        }

        /** 0.00, or 0.000 to 0.000000 for an amount with more decimals: shown as it is, never rounded. */
        CellStyle amount(int scale) {
            int decimals = Math.max(2, scale);
            return amounts.computeIfAbsent(decimals, d -> style(body, HorizontalAlignment.CENTER, true,
                    "0." + "0".repeat(d)));
        }

        private Font font(String name, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private CellStyle style(Font font, HorizontalAlignment alignment, boolean border, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
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
