package org.jixiao.rendering;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats {@code render} writes: the report (DOCX, PDF, HTML) or the 自评表 workbook (XLSX). */
public enum ReportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    HTML("html", "text/html;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The media type to serve it with. */
    public String contentType() {
        return contentType;
    }

    /** The format of a name such as {@code pdf} or {@code DOCX}; empty for any other. */
    public static Optional<ReportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
