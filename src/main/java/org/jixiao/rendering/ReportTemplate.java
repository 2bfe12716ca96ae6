package org.jixiao.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.document.EvaluationDocument;

/**
 * A bureau's own layout of the report or the 自评表: a Word (.docx) or Excel (.xlsx) file with placeholders for the
 * document's fields, lists and tables (docs/templates.md). Read once, checked as untrusted input and for every
 * placeholder's name and place; then filled for any document. A Word template gives DOCX and PDF (the PDF drawn
 * from the filled Word's paragraphs and tables by the report's own PDF renderer), an Excel one XLSX.
 */
public final class ReportTemplate {

    /** The largest template read (5 MB): a page may refuse a larger upload before reading it. */
    public static final int MAX_BYTES = TemplateSafety.MAX_BYTES;

    private final String fileName;
    private final ReportFormat format;
    private final byte[] content;
    private final List<Placeholder> placeholders;

    private ReportTemplate(String fileName, ReportFormat format, byte[] content, List<Placeholder> placeholders) {
        this.fileName = fileName;
        this.format = format;
        this.content = content;
        this.placeholders = placeholders;
    }

    /** The template in {@code content}, named {@code fileName} (.docx or .xlsx), or why it cannot be used. */
    public static ReportTemplate read(String fileName, byte[] content) {
        TemplateSafety.check(fileName, content);
        String lower = fileName.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".docx")) {
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
                    return new ReportTemplate(fileName, ReportFormat.DOCX, content.clone(), DocxTemplates.scan(docx));
                }
            }
            if (lower.endsWith(".xlsx")) {
                try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                    return new ReportTemplate(fileName, ReportFormat.XLSX, content.clone(), XlsxTemplates.scan(xlsx));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof TemplateException template) {
                throw new TemplateException(fileName + "：" + template.getMessage(), e);
            }
            throw new TemplateException(fileName + "：无法作为 Word 或 Excel 文件打开", e);
        }
        throw new TemplateException(fileName + "：模板应为 .docx（报告、表格）或 .xlsx（自评表）");
    }

    public String fileName() {
        return fileName;
    }

    /** DOCX for a Word template, XLSX for an Excel one. */
    public ReportFormat format() {
        return format;
    }

    /** What it renders: DOCX and PDF from Word, XLSX from Excel. */
    public List<ReportFormat> formats() {
        return format == ReportFormat.DOCX ? List.of(ReportFormat.DOCX, ReportFormat.PDF) : List.of(ReportFormat.XLSX);
    }

    public byte[] content() {
        return content.clone();
    }

    /** Every placeholder, in reading order, with where it stands. */
    public List<Placeholder> placeholders() {
        return placeholders;
    }

    /** What this template prints blank for the document, and what of the document it leaves out. */
    public TemplateInventory inventory(EvaluationDocument document) {
        Map<String, Object> data = TemplateFields.of(document);
        Set<String> used = new LinkedHashSet<>();
        placeholders.forEach(p -> used.add(p.path()));
        List<String> lacking = new ArrayList<>();
        for (String path : used) {
            if (!filled(data, path)) {
                lacking.add(path);
            }
        }
        List<String> unused = new ArrayList<>();
        TemplateFields.FIELDS.keySet().stream().filter(name -> !used.contains(name) && filled(data, name))
                .forEach(unused::add);
        TemplateFields.LISTS.forEach((list, fields) -> fields.keySet().stream().map(field -> list + "." + field)
                .filter(path -> !used.contains(path) && filled(data, path)).forEach(unused::add));
        return new TemplateInventory(lacking, unused);
    }

    /** The document in this template's layout, as {@code format} (one of {@link #formats()}). */
    public RenderedReport render(EvaluationDocument document, ReportFormat format) {
        if (!formats().contains(format)) {
            throw new TemplateException(fileName + "：" + (this.format == ReportFormat.DOCX ? "Word 模板生成 docx 或 pdf"
                    : "Excel 模板只生成 xlsx") + "，不能生成 " + format.extension());
        }
        Map<String, Object> data = TemplateFields.of(document);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        List<String> warnings = new ArrayList<>();
        try {
            if (this.format == ReportFormat.XLSX) {
                try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(content))) {
                    XlsxTemplates.render(xlsx, data, out);
                }
            } else {
                DocxTemplates.render(content, data, out);
                if (format == ReportFormat.PDF) {
                    ReportOutline outline = FilledDocxOutline.of(out.toByteArray());
                    out.reset();
                    PdfRenderer.write(outline, out, warnings);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedReport(format, out.toByteArray(), warnings);
    }

    /** Whether the document holds something at a placeholder's path: unit, indicators, indicators.name. */
    private static boolean filled(Map<String, Object> data, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return TemplateFields.filled(data.get(path));
        }
        Object list = data.get(path.substring(0, dot));
        String field = path.substring(dot + 1);
        return list instanceof List<?> items && items.stream()
                .anyMatch(item -> item instanceof Map<?, ?> map && TemplateFields.filled(map.get(field)));
    }
}
