package org.jixiao.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * DOCX and XLSX reports with POI. Paragraphs become lines, with Word's automatic numbering written out (一、,
 * 1., （一）) since headings and items are found by it; tables become grids with merged cells spread over the
 * columns they cover. Zip bombs and oversized parts are refused by POI's ZipSecureFile limits.
 */
final class OfficeReader {

    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 256;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private OfficeReader() {
    }

    static ReportSource docx(String file, byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            List<Grid> tables = new ArrayList<>();
            AutoNumbers numbers = new AutoNumbers();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(numbers.prefix(paragraph)).append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    Grid grid = grid(table);
                    tables.add(grid);
                    text.append(grid.text());
                }
            }
            return new ReportSource(text.toString(), null, tables);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw Damage.office(file, "Word（.docx）", bytes, e);
        }
    }

    static ReportSource xlsx(String file, byte[] bytes) {
        try (XSSFWorkbook workbook = workbook(bytes)) {
            DataFormatter formatter = new DataFormatter();
            List<Grid> tables = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (Sheet sheet : workbook) {
                List<List<String>> rows = rows(sheet, cell -> cellText(cell, formatter));
                int width = rows.stream().mapToInt(List::size).max().orElse(0);
                rows.forEach(row -> {
                    while (row.size() < width) {
                        row.add(""); // a sheet's rows end at their last filled cell; the grid's rows are as wide
                    }
                });
                Grid grid = new Grid(rows);
                tables.add(grid);
                text.append(grid.text()).append('\f');
            }
            return new ReportSource(text.toString(), null, tables);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw Damage.office(file, "Excel（.xlsx）", bytes, e);
        }
    }

    /**
     * A sheet's rows of cell texts, each row up to its last filled cell, within the row and column limits (a
     * sheet may claim a million rows).
     */
    static List<List<String>> rows(Sheet sheet, Function<Cell, String> text) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); c++) {
                    cells.add(text.apply(row.getCell(c)));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A workbook opened under the zip limits set above (this class's initialisation). */
    static XSSFWorkbook workbook(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** A figure as its exact decimal (98% where the cell is formatted as a percentage), other cells as shown. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue()));
            String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
            if (format != null && format.contains("%")) {
                return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            if (format != null && format.contains("\"")) {
                // a format that adds words (0"人", 0.00"※") says more than the number: read as shown
                return formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        format);
            }
            return value.stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    private static Grid grid(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(cell.getText());
                int span = span(cell);
                for (int i = 1; i < span && cells.size() < MAX_COLUMNS; i++) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        return new Grid(rows);
    }

    private static int span(XWPFTableCell cell) {
        var properties = cell.getCTTc().getTcPr();
        if (properties == null || properties.getGridSpan() == null || properties.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_COLUMNS, properties.getGridSpan().getVal().intValue()));
    }

    /** Word's automatic list numbers, counted as Word counts them, written as its level text says (%1、). */
    private static final class AutoNumbers {

        private final Map<String, int[]> counters = new HashMap<>();

        String prefix(XWPFParagraph paragraph) {
            if (paragraph.getNumID() == null || paragraph.getNumIlvl() == null) {
                return "";
            }
            String pattern = paragraph.getNumLevelText();
            if (pattern == null) {
                return "";
            }
            int level = Math.min(8, paragraph.getNumIlvl().intValue());
            int[] counts = counters.computeIfAbsent(paragraph.getNumID().toString(), id -> new int[9]);
            counts[level]++;
            for (int deeper = level + 1; deeper < counts.length; deeper++) {
                counts[deeper] = 0;
            }
            String format = paragraph.getNumFmt();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                    int which = pattern.charAt(++i) - '1';
                    int n = which >= 0 && which < counts.length ? Math.max(1, counts[which]) : 1;
                    prefix.append(which == level ? formatted(n, format) : String.valueOf(n));
                } else {
                    prefix.append(c);
                }
            }
            return prefix.toString();
        }

        private static String formatted(int n, String format) {
            if (format == null) {
                return String.valueOf(n);
            }
            if (format.startsWith("chinese") || format.startsWith("ideograph") || format.startsWith("taiwanese")) {
                return chinese(n);
            }
            if (format.equals("decimalEnclosedCircle") || format.equals("decimalEnclosedCircleChinese")) {
                return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            }
            return String.valueOf(n);
        }

        private static String chinese(int n) {
            String digits = "零一二三四五六七八九";
            if (n < 10) {
                return String.valueOf(digits.charAt(n));
            }
            if (n < 100) {
                return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                        + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
            }
            return String.valueOf(n);
        }
    }
}
