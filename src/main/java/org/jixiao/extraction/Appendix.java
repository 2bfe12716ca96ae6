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
                    || line.length() <= 4)) {
                return text.substring(0, lineStart);
            }
            lineStart = end + 1;
        }
        return text;
    }
}
