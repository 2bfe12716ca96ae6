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
    private static final Pattern ROW_FIELD = Pattern.compile("\\[([A-Za-z][A-Za-z0-9]*)]");

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
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            // bottom up, so that the rows a list adds do not move a list still to come
            for (int r = sheet.getLastRowNum(); r >= 0; r--) {
                Row row = sheet.getRow(r);
                String list = row == null ? null : listOf(row);
                if (list != null) {
                    repeat(sheet, r + 1, items(data.get(list)));
                }
            }
            for (Row row : sheet) {
                fill(row, name -> text(data.get(name)), TAG, 2);
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

    private static void repeat(XSSFSheet sheet, int templateRow, List<Map<String, Object>> items) {
        if (items.size() > 1) {
            if (templateRow < sheet.getLastRowNum()) {
                sheet.shiftRows(templateRow + 1, sheet.getLastRowNum(), items.size() - 1, true, false);
            }
            for (int k = 1; k < items.size(); k++) {
                sheet.copyRows(templateRow, templateRow, templateRow + k, new CellCopyPolicy());
            }
        }
        for (int k = 0; k < Math.max(items.size(), 1); k++) {
            Map<String, Object> item = items.isEmpty() ? Map.of() : items.get(k);
            Row row = sheet.getRow(templateRow + k);
            if (row != null) {
                fill(row, name -> text(item.get(name)), ROW_FIELD, 1);
            }
        }
    }

    private static void fill(Row row, Function<String, String> value, Pattern pattern, int nameGroup) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                String text = cell.getStringCellValue();
                Matcher tag = pattern.matcher(text);
                if (tag.find()) {
                    cell.setCellValue(tag.reset().replaceAll(m -> Matcher.quoteReplacement(value.apply(m.group(nameGroup)))));
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
