package org.jixiao.extraction;

import java.util.regex.Pattern;

/**
 * Where a report's appendix begins: a short line 附件：…自评表 (附件1, 附件一：…). What follows repeats the report's
 * key tasks as 自评表 and adds scores; the report is read up to there.
 */
final class Appendix {

    private static final Pattern HEADING = Pattern.compile("附件[0-9一二三四五六七八九十]*[：:、.]?.{0,30}");

    private Appendix() {
    }

    /**
     * Whether the next lines with words after a bare 附件2 name a report (…绩效自评报告, 一、…): the page's attachment
     * is the report itself, not forms appended to it.
     */
    private static boolean reportFollows(String text, int from) {
        int seen = 0;
        int lineStart = from + 1;
        while (lineStart < text.length() && seen < 3) {
            int end = text.indexOf('\n', lineStart);
            end = end < 0 ? text.length() : end;
            String line = Chars.canonical(text.substring(lineStart, end)).strip();
            if (!line.isEmpty()) {
                if (line.contains("报告") || line.startsWith("一、")) {
                    return true;
                }
                seen++;
            }
            lineStart = end + 1;
        }
        return false;
    }

    /**
     * Whether a report stands before the attachment, not a page's title alone (…部门决算公开 | 附件一 | …基础数据表 |
     * 附件二 | …自评表): attachments are appended to a report, or are the publication themselves.
     */
    private static boolean reportBefore(String text, int end) {
        if (PART_HEADING.matcher(text).region(0, end).find()) {
            return true; // a report's part: 一、…, (三)…
        }
        int words = 0;
        for (int i = 0; i < end && words < REPORT_BEFORE; i++) {
            if (!Chars.isWhitespace(text.charAt(i))) {
                words++;
            }
        }
        return words >= REPORT_BEFORE;
    }

    private static final int REPORT_BEFORE = 200;
    private static final Pattern PART_HEADING = Pattern.compile("(?m)^\\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])");

    /** The text before its appendix, or all of it. */
    static String cut(String text) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int end = lineStart;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\f') {
                end++;
            }
            int first = lineStart;
            while (first < end && Chars.isSpace(text.charAt(first))) {
                first++;
            }
            if (first == end || text.charAt(first) != '附') {
                lineStart = end + 1; // the line's canonical form would not begin with 附件
                continue;
            }
            String line = Chars.canonical(text.substring(lineStart, end));
            if (HEADING.matcher(line).matches() && (line.contains("自评表") || line.contains("评价表")
                    || line.length() <= 4 && !reportFollows(text, end))) {
                // the first attachment decides: with no report before it, the attachments are the publication
                return reportBefore(text, lineStart) ? text.substring(0, lineStart) : text;
            }
            lineStart = end + 1;
        }
        return text;
    }
}
