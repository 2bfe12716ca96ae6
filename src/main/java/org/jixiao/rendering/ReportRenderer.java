package org.jixiao.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.HiddenCharacters;

/**
 * The one entry point of rendering, for the command line and the web: a document in any {@link ReportFormat},
 * all built from the same {@link ReportOutline}.
 */
public final class ReportRenderer {

    private ReportRenderer() {
    }

    public static RenderedReport render(EvaluationDocument document, ReportFormat format) {
        ReportOutline outline = ReportOutline.of(document);
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            switch (format) {
                case DOCX -> DocxRenderer.write(outline, out);
                case PDF -> PdfRenderer.write(outline, out, warnings);
                case HTML -> HtmlRenderer.write(outline, out);
                case XLSX -> XlsxRenderer.write(document, outline, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedReport(format, out.toByteArray(), warnings);
    }

    /**
     * 广州市荔湾区妇女联合会-2023-绩效自评报告.pdf (自评表.xlsx for the workbook), safe on every file system, and
     * without characters that are not seen: a name stored before they were refused could otherwise turn the file's
     * name round with U+202E and show another extension.
     */
    public static String fileName(EvaluationDocument document, ReportFormat format) {
        String what = format == ReportFormat.XLSX ? "绩效自评表" : "绩效自评报告";
        String name = HiddenCharacters.strip(document.title()).replace('·', '-')
                + (document.fiscalYear() == null ? "" : "-" + document.fiscalYear()) + "-" + what;
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_").replaceAll("^[-_]+", "") + "." + format.extension();
    }
}
