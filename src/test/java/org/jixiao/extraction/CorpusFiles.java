package org.jixiao.extraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * PDF, DOCX and XLSX versions of the corpus reports, made by the tests (kept in target/, not in git). A
 * department report becomes a PDF of its lines as printed (page headers and numbers included) and a DOCX
 * of its body lines, its indicator tables as Word tables; a project form (its .cells.tsv: "=" joins a cell to the one on its left, "^" to the one
 * above) becomes a DOCX table and an XLSX sheet with real merged cells, and a PDF that draws the table with
 * its cells wrapped, top-aligned.
 */
public final class CorpusFiles {

    /**
     * The CJK face the application ships for its own PDFs (通用规范汉字表 and GB 2312, see
     * {@code src/main/resources/rendering/fonts/README.md}): the tests need no font of the machine's.
     */
    static final String CJK_FONT = "/rendering/fonts/JixiaoSerifSC-Regular.ttf";
    static final Path DIR = Path.of("target", "generated-corpus");

    private static TrueTypeFont font;

    private CorpusFiles() {
    }

    static synchronized TrueTypeFont font() {
        if (font == null) {
            try (InputStream in = CorpusFiles.class.getResourceAsStream(CJK_FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the font the application ships is missing: " + CJK_FONT);
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }

    // ---- department reports

    static byte[] departmentPdf(String name) {
        return textPdf(name, new String(Corpus.text(name), StandardCharsets.UTF_8));
    }

    /** A PDF of the text's lines as printed, 45 to a page, a new page at each form feed. */
    public static byte[] textPdf(String name, String text) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font cjk = PDType0Font.load(document, font(), true);
            for (String page : text.split("\f")) {
                List<String> lines = page.lines().filter(l -> !l.isBlank()).toList();
                for (int start = 0; start < lines.size(); start += 45) {
                    PDPage pdfPage = new PDPage(PDRectangle.A4);
                    document.addPage(pdfPage);
                    try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                        content.beginText();
                        content.setFont(cjk, 10.5f);
                        content.setLeading(16f);
                        content.newLineAtOffset(72, 780);
                        for (String line : lines.subList(start, Math.min(lines.size(), start + 45))) {
                            content.showText(line);
                            content.newLine();
                        }
                        content.endText();
                    }
                }
            }
            return save(name + ".pdf", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's body as Word paragraphs: what remains of its lines without page headers and numbers. */
    static byte[] departmentDocx(String name) {
        String text = new String(Corpus.text(name), StandardCharsets.UTF_8);
        try (XWPFDocument document = new XWPFDocument()) {
            List<String> lines = ReportText.cleanLines(text);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).contains("三级指标")) {
                    document.createParagraph().createRun().setText(lines.get(i).strip());
                    continue;
                }
                // an indicator table laid out in columns (its lines indented): a Word table in the DOCX
                StringBuilder block = new StringBuilder(lines.get(i)).append('\n');
                while (i + 1 < lines.size() && lines.get(i + 1).startsWith(" ")) {
                    block.append(lines.get(++i)).append('\n');
                }
                List<List<String>> rows = LayoutGrid.of(block.toString()).rows();
                XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size() && c < rows.get(0).size(); c++) {
                        table.getRow(r).getCell(c).setText(rows.get(r).get(c));
                    }
                }
            }
            return save(name + ".docx", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- project forms

    static List<String[]> cells(String name) {
        String tsv = new String(Corpus.bytes(Corpus.DIR + name + ".cells.tsv"), StandardCharsets.UTF_8);
        return tsv.lines().map(line -> line.split("\t", -1)).toList();
    }

    /** Title rows (one cell across the table) become paragraphs above it, as forms print them. */
    private static boolean isTitle(String[] row, int index) {
        if (index > 1) {
            return false;
        }
        for (int i = 1; i < row.length; i++) {
            if (!row[i].equals("=")) {
                return false;
            }
        }
        return true;
    }

    static byte[] projectDocx(String name) {
        List<String[]> rows = cells(name);
        int columns = rows.get(0).length;
        try (XWPFDocument document = new XWPFDocument()) {
            int first = 0;
            while (first < rows.size() && isTitle(rows.get(first), first)) {
                document.createParagraph().createRun().setText(rows.get(first)[0]);
                first++;
            }
            XWPFTable table = document.createTable(rows.size() - first, 1);
            for (int r = first; r < rows.size(); r++) {
                String[] row = rows.get(r);
                XWPFTableRow tableRow = table.getRow(r - first);
                int cellIndex = 0;
                for (int c = 0; c < columns; c++) {
                    if (row[c].equals("=")) {
                        continue;
                    }
                    XWPFTableCell cell = cellIndex < tableRow.getTableCells().size() ? tableRow.getCell(cellIndex)
                            : tableRow.addNewTableCell();
                    cellIndex++;
                    int span = 1;
                    while (c + span < columns && row[c + span].equals("=")) {
                        span++;
                    }
                    CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (span > 1) {
                        properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
                    }
                    boolean mergedDown = r + 1 < rows.size() && rows.get(r + 1)[c].equals("^");
                    if (row[c].equals("^")) {
                        properties.addNewVMerge().setVal(STMerge.CONTINUE);
                    } else {
                        if (mergedDown) {
                            properties.addNewVMerge().setVal(STMerge.RESTART);
                        }
                        cell.setText(row[c]);
                    }
                }
            }
            return save(name + ".docx", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 自评表 as a workbook: figures as numbers (percentages formatted as such), merged cells merged. */
    static byte[] projectXlsx(String name) {
        List<String[]> rows = cells(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("自评表");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    String text = cells[c];
                    if (text.equals("=") || text.equals("^")) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    if (text.matches("[0-9,]+\\.\\d+%")) {
                        cell.setCellValue(Double.parseDouble(text.replace("%", "").replace(",", "")) / 100);
                        cell.setCellStyle(percent);
                    } else if (text.matches("[0-9,]+\\.\\d\\d")) {
                        cell.setCellValue(Double.parseDouble(text.replace(",", "")));
                        cell.setCellStyle(twoDecimals);
                    } else if (text.matches("\\d+(\\.\\d+)?")) {
                        cell.setCellValue(Double.parseDouble(text));
                    } else {
                        cell.setCellValue(text);
                    }
                    int right = c;
                    while (right + 1 < cells.length && cells[right + 1].equals("=")) {
                        right++;
                    }
                    int down = r;
                    while (down + 1 < rows.size() && rows.get(down + 1)[c].equals("^")) {
                        down++;
                    }
                    if (right > c || down > r) {
                        sheet.addMergedRegion(new CellRangeAddress(r, down, c, right));
                    }
                }
            }
            return save(name + ".xlsx", workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 自评表 drawn as a table: columns as wide as their text needs, cells wrapped and top-aligned. */
    static byte[] projectPdf(String name) {
        List<String[]> rows = cells(name);
        int columns = rows.get(0).length;
        float size = 9f;
        float leading = 12f;
        float padding = 5f;
        try (PDDocument document = new PDDocument()) {
            PDType0Font cjk = PDType0Font.load(document, font(), true);
            float[] widths = columnWidths(rows, columns, cjk, size, padding, 520f);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDPageContentStream content = new PDPageContentStream(document, page);
            float y = 800;
            for (int r = 0; r < rows.size(); r++) {
                String[] row = rows.get(r);
                List<float[]> spans = new ArrayList<>(); // x, width
                List<List<String>> wrapped = new ArrayList<>();
                float x = 40;
                int lines = 1;
                for (int c = 0; c < columns; c++) {
                    float width = widths[c];
                    int span = 1;
                    while (c + span < columns && row[c + span].equals("=")) {
                        width += widths[c + span];
                        span++;
                    }
                    if (!row[c].equals("=")) {
                        String text = row[c].equals("^") ? "" : row[c];
                        List<String> cellLines = wrap(text, cjk, size, width - 2 * padding);
                        if (isTitle(row, r)) {
                            cellLines = List.of(text);
                        }
                        spans.add(new float[] {x, width});
                        wrapped.add(cellLines);
                        lines = Math.max(lines, cellLines.size());
                    }
                    for (int k = 0; k < span; k++) {
                        x += widths[c + k];
                    }
                    c += span - 1;
                }
                float height = lines * leading + 2 * padding;
                if (y - height < 40) {
                    content.close();
                    page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = 800;
                }
                for (int i = 0; i < spans.size(); i++) {
                    float[] cell = spans.get(i);
                    content.addRect(cell[0], y - height, cell[1], height);
                    content.stroke();
                    float textX = isTitle(row, r) ? 40 + (520 - cjk.getStringWidth(wrapped.get(i).get(0)) / 1000 * size) / 2
                            : cell[0] + padding;
                    float textY = y - padding - size;
                    for (String line : wrapped.get(i)) {
                        if (!line.isEmpty()) {
                            content.beginText();
                            content.setFont(cjk, size);
                            content.newLineAtOffset(textX, textY);
                            content.showText(line);
                            content.endText();
                        }
                        textY -= leading;
                    }
                }
                y -= height;
            }
            content.close();
            return save(name + ".pdf", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] columnWidths(List<String[]> rows, int columns, PDType0Font cjk, float size, float padding,
            float total) throws IOException {
        float[] widths = new float[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                boolean spans = c + 1 < columns && row[c + 1].equals("=");
                if (!spans && !row[c].equals("=") && !row[c].equals("^")) {
                    float width = Math.min(cjk.getStringWidth(row[c]) / 1000 * size, 110) + 2 * padding;
                    widths[c] = Math.max(widths[c], width);
                }
            }
        }
        float sum = 0;
        for (float w : widths) {
            sum += Math.max(w, 30);
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(widths[c], 30) * total / sum;
        }
        return widths;
    }

    private static List<String> wrap(String text, PDType0Font cjk, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (cjk.getStringWidth(line.toString()) / 1000 * size > width && line.length() > 1) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    private static byte[] save(String file, PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return keep(file, out.toByteArray());
    }

    private static byte[] save(String file, POIXMLDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        return keep(file, out.toByteArray());
    }

    /** Kept in target/ for a person to look at. */
    private static byte[] keep(String file, byte[] bytes) throws IOException {
        Files.createDirectories(DIR);
        Files.write(DIR.resolve(file), bytes);
        return bytes;
    }
}
