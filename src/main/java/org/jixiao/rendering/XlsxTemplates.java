package org.jixiao.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellCopyPolicy;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel templates, on POI alone (poi-tl is Word's): the same placeholders as Word's, {{field}} in any cell and a
 * cell's {{#list}} making the row below repeat once for each item, its [field]s filled; the row's style and merged
 * cells are copied with it, and formulas below it move down as Excel would move them.
 */
final class XlsxTemplates {

    private static final Pattern TAG = Pattern.compile("\\{\\{([?/#]?)([A-Za-z][A-Za-z0-9]*)}}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9]*)}}|\\[([A-Za-z][A-Za-z0-9]*)]");

    private XlsxTemplates() {
    }

    static List<Placeholder> scan(XSSFWorkbook workbook) {
        TemplateScanner scanner = new TemplateScanner(false);
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                boolean repeated = scanner.rowStart();
                for (Cell cell : row == null ? List.<Cell>of() : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        scanner.cell(cell.getStringCellValue(), "工作表“" + sheet.getSheetName() + "”"
                                + new CellReference(cell).formatAsString(false), repeated);
                    }
                }
                scanner.rowEnd(repeated);
            }
            if (scanner.rowList() != null) {
                throw new TemplateException("工作表“" + sheet.getSheetName() + "”：“{{#" + scanner.rowList()
                        + "}}”在最后一行，其下没有逐项重复的行");
            }
        }
        return scanner.finish();
    }

    static void render(XSSFWorkbook workbook, Map<String, Object> data, OutputStream out) throws IOException {
        Function<String, String> field = name -> text(data.get(name));
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            // the rows filled from a list's items, as [first, last]: each cell is filled in one pass, so that a value
            // is never read again as a placeholder (an indicator named {{unit}} stays that text)
            List<int[]> repeated = new ArrayList<>();
            // bottom up, so that the rows a list adds do not move a list still to come
            for (int r = sheet.getLastRowNum(); r >= 0; r--) {
                Row row = sheet.getRow(r);
                String list = row == null ? null : listOf(row);
                if (list != null) {
                    int added = repeat(sheet, r + 1, items(data.get(list)), field);
                    repeated.forEach(range -> {
                        range[0] += added;
                        range[1] += added;
                    });
                    repeated.add(new int[] {r + 1, r + 1 + added});
                }
            }
            for (Row row : sheet) {
                if (repeated.stream().noneMatch(range -> row.getRowNum() >= range[0] && row.getRowNum() <= range[1])) {
                    fill(row, field, name -> null);
                }
            }
        }
        workbook.write(out);
    }

    /** The list a row's {{#list}} names, the tag taken out of its cell. */
    private static String listOf(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                Matcher tag = TAG.matcher(cell.getStringCellValue());
                while (tag.find()) {
                    if (tag.group(1).equals("#")) {
                        cell.setCellValue(cell.getStringCellValue().replace(tag.group(), ""));
                        return tag.group(2);
                    }
                }
            }
        }
        return null;
    }

    /** The row below {@code templateRow - 1} once for each item, filled; how many rows were added. */
    private static int repeat(XSSFSheet sheet, int templateRow, List<Map<String, Object>> items,
            Function<String, String> field) {
        int added = Math.max(items.size() - 1, 0);
        if (added > 0) {
            if (templateRow < sheet.getLastRowNum()) {
                sheet.shiftRows(templateRow + 1, sheet.getLastRowNum(), added, true, false);
            }
            for (int k = 1; k <= added; k++) {
                sheet.copyRows(templateRow, templateRow, templateRow + k, new CellCopyPolicy());
            }
        }
        for (int k = 0; k <= added; k++) {
            Map<String, Object> item = items.isEmpty() ? Map.of() : items.get(k);
            Row row = sheet.getRow(templateRow + k);
            if (row != null) {
                fill(row, field, name -> text(item.get(name)));
            }
        }
        return added;
    }

    /** {{field}}s and, where {@code rowField} gives one, [field]s replaced in one pass over each cell. */
    private static void fill(Row row, Function<String, String> field, Function<String, String> rowField) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                Matcher tag = PLACEHOLDER.matcher(cell.getStringCellValue());
                if (tag.find()) {
                    cell.setCellValue(tag.reset().replaceAll(m -> {
                        String value = m.group(1) != null ? field.apply(m.group(1)) : rowField.apply(m.group(2));
                        return Matcher.quoteReplacement(value == null ? m.group() : value);
                    }));
                }
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : new ArrayList<>();
    }
}
