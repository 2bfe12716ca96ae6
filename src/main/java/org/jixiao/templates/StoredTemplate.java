package org.jixiao.templates;

import java.time.Instant;
import java.util.Locale;
import org.jixiao.document.Kind;
import org.jixiao.rendering.ReportFormat;

/**
 * One uploaded version of a region's template for a kind and a year, without its bytes.
 *
 * @param version    1, 2, … within the region, kind and year
 * @param fileName   the name it was uploaded under, as typed (shown escaped)
 */
public record StoredTemplate(long id, String region, Kind kind, int year, int version, String fileName,
        TemplateStatus status, String uploadedBy, Instant uploadedAt) {

    /** DOCX for a Word template, XLSX for an Excel one. */
    public ReportFormat format() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ReportFormat.XLSX : ReportFormat.DOCX;
    }
}
