package org.jixiao.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.HiddenCharacters;

/** What an assessment's and an in-depth evaluation's reports share: their outline written out, their file's name. */
final class ScoredReports {

    private ScoredReports() {
    }

    /** The outline as DOCX or PDF (HTML too, for a preview); {@code what} names the report in the refusal of XLSX. */
    static RenderedReport render(ReportOutline outline, ReportFormat format, String what) {
        if (format == ReportFormat.XLSX) {
            throw new IllegalArgumentException(what + "只提供 DOCX、PDF 格式");
        }
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            switch (format) {
                case DOCX -> DocxRenderer.write(outline, out);
                case PDF -> PdfRenderer.write(outline, out, warnings);
                default -> HtmlRenderer.write(outline, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RenderedReport(format, out.toByteArray(), warnings);
    }

    /** A file name safe on every file system, without characters that are not seen. */
    static String fileName(String title, ReportFormat format) {
        String name = HiddenCharacters.strip(title).replace('·', '-');
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_").replaceAll("^[-_]+", "") + "." + format.extension();
    }
}
