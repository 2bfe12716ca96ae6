package org.jixiao.extraction;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an Excel workbook as rows of cell texts exactly as typed, for lists kept in Excel (the
 * indicator library), where text must come back unchanged: unlike a report's tables, no canonical form is
 * applied. Figures are read as exact decimals. The workbook is opened and its
 * rows read as a report's are ({@link OfficeReader}): zip bombs and oversized parts refused, rows and columns
 * bounded.
 */
public final class XlsxTable {

    private XlsxTable() {
    }

    /**
     * @param file the file's name, for the message if it cannot be read
     * @throws ExtractionException where the file is no workbook or has no sheet
     */
    public static List<List<String>> firstSheet(String file, byte[] bytes) {
        try (XSSFWorkbook workbook = OfficeReader.workbook(bytes)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ExtractionException(file + "：工作簿中没有工作表");
            }
            DataFormatter formatter = new DataFormatter();
            return OfficeReader.rows(workbook.getSheetAt(0), cell -> text(cell, formatter));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof ExtractionException extraction) {
                throw extraction;
            }
            throw Damage.office(file, "Excel（.xlsx）", bytes, e);
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
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell);
    }
}
