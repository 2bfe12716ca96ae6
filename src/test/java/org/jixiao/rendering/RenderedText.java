package org.jixiao.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text a reader gets back from a rendered report, read with PDFBox and POI as extraction would. */
final class RenderedText {

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?m)^\\s*—\\s*\\d+\\s*—\\s*$");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private RenderedText() {
    }

    static String of(RenderedReport report) {
        return switch (report.format()) {
            case PDF -> pdf(report.content());
            case DOCX -> docx(report.content());
            case HTML -> html(report.content());
            case XLSX -> xlsx(report.content());
        };
    }

    /** The text without page numbers, which fall between the lines of a paragraph that breaks across pages. */
    static String pdf(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return PAGE_NUMBER.matcher(new PDFTextStripper().getText(pdf)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docx(byte[] content) {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String html(byte[] content) {
        String html = new String(content, StandardCharsets.UTF_8);
        String body = html.substring(html.indexOf("<body>"));
        return TAG.matcher(body).replaceAll("\n").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** Every cell as displayed, row by row, sheet by sheet. */
    static String xlsx(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            StringBuilder text = new StringBuilder();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell, evaluator)).append('\t');
                    }
                    text.append('\n');
                }
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without whitespace, as the seed's sentences are compared (PDF line breaks, spaces around figures). */
    static String compact(String text) {
        return WHITESPACE.matcher(text).replaceAll("");
    }
}
