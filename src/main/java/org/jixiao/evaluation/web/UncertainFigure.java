package org.jixiao.evaluation.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.evaluation.web.UploadedReports.Pending.Warning;

/**
 * A figure the reader left empty because it could not place it (UNCERTAIN_FIGURE), with the line of the source text
 * it names (“第 12 行：…” or “第 3 页，第 12 行：…”), so that the page links to that line.
 *
 * @param line the line (from 1), or null where the message names none
 * @param page the PDF page, or null
 * @param text the message without the place, in Chinese
 * @param path the JSON path of the figure ({@code funds.budget}), without {@code $.}
 */
record UncertainFigure(Integer line, Integer page, String text, String path) {

    private static final Pattern PLACE = Pattern.compile("^(?:第 (\\d+) 页，)?第 (\\d+) 行：(.*)$", Pattern.DOTALL);

    static UncertainFigure of(Warning warning) {
        String path = warning.path() == null ? null : warning.path().replaceFirst("^\\$\\.", "");
        Matcher m = PLACE.matcher(warning.message());
        if (!m.matches()) {
            return new UncertainFigure(null, null, warning.message(), path);
        }
        Integer page = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        return new UncertainFigure(Integer.valueOf(m.group(2)), page, m.group(3), path);
    }

    /** The line alone, for the field of the figure left empty. */
    SourceSpot spot() {
        return line == null ? null : SourceSpot.line(line, page);
    }
}
