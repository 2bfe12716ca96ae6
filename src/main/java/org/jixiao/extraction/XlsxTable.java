package org.jixiao.extraction;

import java.util.List;

/**
 * The first sheet of an Excel workbook as rows of cell texts, for lists kept in Excel (the indicator library):
 * read as the 自评表 is, figures as exact decimals, with the same limits against oversized and damaged files.
 */
public final class XlsxTable {

    private XlsxTable() {
    }

    /**
     * @param file the file's name, for the message if it cannot be read
     * @throws ExtractionException where the file is no workbook or has no sheet
     */
    public static List<List<String>> firstSheet(String file, byte[] bytes) {
        List<Grid> sheets = OfficeReader.xlsx(file, bytes).tables();
        if (sheets.isEmpty()) {
            throw new ExtractionException(file + "：工作簿中没有工作表");
        }
        return sheets.get(0).rows();
    }
}
