package org.jixiao.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an Excel workbook as rows of cell texts exactly as typed, for lists kept in Excel (the
 * indicator library), where text must come back unchanged: unlike a report's tables, no canonical form is
 * applied. Figures are read as exact decimals. Zip bombs and oversized parts are refused by POI's limits.
 */
public final class XlsxTable {

    private static final int MAX_ROWS = 20_000;
    private static final int MAX_COLUMNS = 256;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private XlsxTable() {
    }

    /**
     * @param file the file's name, for the message if it cannot be read
     * @throws ExtractionException where the file is no workbook or has no sheet
     */
    public static List<List<String>> firstSheet(String file, byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ExtractionException(file + "：工作簿中没有工作表");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExtractionException extraction) {
                throw extraction;
            }
            throw new ExtractionException(file + "：不是有效的 Excel（.xlsx）文件或文件已损坏（" + PdfReader.oneLine(e) + "）", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
