package org.jixiao.rendering;

import java.util.List;

/**
 * A rendered report and what the reader should know about it, e.g. characters the embedded font lacks
 * (drawn as an empty box).
 */
public record RenderedReport(ReportFormat format, byte[] content, List<String> warnings) {

    public RenderedReport {
        warnings = List.copyOf(warnings);
    }
}
