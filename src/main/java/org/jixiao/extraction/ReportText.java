package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The running text of a report as one canonical string: page numbers, repeated page headers and blank lines
 * dropped, lines joined without the breaks PDF text puts every 25 characters, whitespace next to Chinese
 * characters removed. Where each source line began is kept, since headings start lines.
 */
final class ReportText {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－·\\s]*(?:第\\s*)?[0-9０-９]{1,4}\\s*(?:页)?(?:\\s*(?:/|共)\\s*[0-9０-９]{1,4}\\s*页?)?[-—–－·\\s]*"
                    + "|[-—–－]\\s*[ivxlcIVXLC]{1,6}\\s*[-—–－]");
    /** A page number no table cell looks like: set between dashes, or with 第/页. */
    private static final Pattern PAGE_MARK = Pattern.compile(
            "\\s*(?:[-—–－]\\s*[0-9０-９]{1,4}\\s*[-—–－]|第\\s*[0-9０-９]{1,4}\\s*页(?:\\s*(?:/|，|,)?\\s*共\\s*[0-9０-９]{1,4}\\s*页)?)\\s*");
    /** Lines this long or shorter may be page headers and footers. */
    private static final int HEADER_LENGTH = 40;

    private final String flow;
    private final BitSet lineStarts;

    private ReportText(String flow, BitSet lineStarts) {
        this.flow = flow;
        this.lineStarts = lineStarts;
    }

    static ReportText of(String text) {
        return join(cleanLines(text));
    }

    String flow() {
        return flow;
    }

    boolean isLineStart(int position) {
        return lineStarts.get(position);
    }

    /** The first line start after {@code position}, or the end of the text. */
    int nextLineStart(int position) {
        int next = lineStarts.nextSetBit(position + 1);
        return next < 0 ? flow.length() : next;
    }

    /** Where the first line that begins (after its indent) with the prefix begins, or -1. */
    static int firstLineStartingWith(String text, String prefix) {
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = lineStart;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\f') {
                end++;
            }
            if (Chars.canonical(text.substring(lineStart, end)).startsWith(prefix)) {
                return lineStart;
            }
            if (end >= text.length()) {
                return -1;
            }
            lineStart = end + 1;
        }
        return -1;
    }

    /**
     * Whether the line is a page number that cannot be a cell (a bare number may be one): a table broken across
     * pages has the page's number between its rows.
     */
    static boolean isPageMark(String line) {
        return PAGE_MARK.matcher(line).matches();
    }

    /** Lines of the text without page numbers and without page headers and footers repeated on every page. */
    static List<String> cleanLines(String text) {
        String[] pages = text.split("\f", -1);
        List<List<String>> pageLines = new ArrayList<>();
        for (String page : pages) {
            List<String> lines = new ArrayList<>();
            for (String line : lines(page)) {
                if (!line.isBlank() && !PAGE_NUMBER.matcher(line).matches()) {
                    lines.add(line);
                }
            }
            pageLines.add(lines);
        }
        Set<String> headers = repeatedHeaders(pageLines);
        List<String> first = new ArrayList<>();
        List<String> result = new ArrayList<>();
        for (int page = 0; page < pageLines.size(); page++) {
            List<String> lines = pageLines.get(page);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String compact = Chars.withoutSpace(line);
                boolean edge = i < 2 || i >= lines.size() - 2;
                if (edge && page > 0 && headers.contains(compact)) {
                    continue; // a page header or footer; on the first page it may be the title
                }
                // (a sentence is never such a title: 1.开展活动十场。 may open the text and stand again under 成效)
                if (compact.length() <= HEADER_LENGTH && first.contains(compact) && result.size() >= first.size()
                        && !compact.endsWith("。")) {
                    continue; // the title or unit name printed again at the top of a page
                }
                if (first.size() < 3) {
                    first.add(compact);
                }
                result.add(line);
            }
        }
        return result;
    }

    /**
     * The lines of a page, split at \r\n, \r or \n as {@code split("\\r\\n|\\r|\\n", -1)} splits them: a regex
     * split tries its alternatives at every character.
     */
    private static List<String> lines(String page) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < page.length(); i++) {
            char c = page.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(page.substring(start, i));
                if (c == '\r' && i + 1 < page.length() && page.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(page.substring(start));
        return lines;
    }

    /** Short lines that open or close at least two pages: page headers and footers. */
    private static Set<String> repeatedHeaders(List<List<String>> pageLines) {
        if (pageLines.size() < 2) {
            return Set.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> lines : pageLines) {
            Set<String> onPage = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i < 2 || i >= lines.size() - 2) {
                    String compact = Chars.withoutSpace(lines.get(i));
                    // a table's heads repeated on the next page are no page header, nor is the end of a sentence
                    // wrapped onto a page's last line (训。 on two pages)
                    if (compact.length() <= HEADER_LENGTH && !compact.contains("三级指标") && !compact.endsWith("。")) {
                        onPage.add(compact);
                    }
                }
            }
            onPage.forEach(line -> counts.merge(line, 1, Integer::sum));
        }
        Set<String> headers = new HashSet<>();
        counts.forEach((line, count) -> {
            if (count >= 2) {
                headers.add(line);
            }
        });
        return headers;
    }

    private static ReportText join(List<String> lines) {
        StringBuilder flow = new StringBuilder();
        BitSet starts = new BitSet();
        for (String line : lines) {
            String canonical = Chars.canonical(line);
            if (canonical.isEmpty()) {
                continue;
            }
            if (flow.length() > 0 && isLatin(flow.charAt(flow.length() - 1)) && isLatin(canonical.charAt(0))) {
                flow.append(' ');
            }
            starts.set(flow.length());
            flow.append(canonical);
        }
        return new ReportText(flow.toString(), starts);
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
