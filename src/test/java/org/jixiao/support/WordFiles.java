package org.jixiao.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Word files for tests of templates: paragraphs, or one table of the given rows of cell texts. */
public final class WordFiles {

    private WordFiles() {
    }

    public static byte[] paragraphs(String... texts) {
        try (XWPFDocument docx = new XWPFDocument()) {
            for (String text : texts) {
                docx.createParagraph().createRun().setText(text);
            }
            return bytes(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] table(String[]... rows) {
        try (XWPFDocument docx = new XWPFDocument()) {
            XWPFTable table = docx.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            return bytes(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XWPFDocument docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        docx.write(out);
        return out.toByteArray();
    }
}
