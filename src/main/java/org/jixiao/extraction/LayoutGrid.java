package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table laid out as text in columns (pdftotext -layout, or the layout text {@link PdfReader} makes with
 * PDFBox) read into a {@link Grid}. Cells are runs of text separated by two spaces or more. A line with two
 * or more known column labels (全年预算数, 三级指标, 预期目标 ...) is a header: the lines below it are cut into
 * its columns by position. A cell wrapped over several lines is joined back: in the indicator table a new row
 * begins where the 分值 or 得分 column (else 年度指标值) has text; in the funds table where a figure stands;
 * the goal row runs to the next header. Cells are taken as top-aligned, as word processors set them.
 */
final class LayoutGrid {

    private static final Pattern GAP = Pattern.compile(" {2,}|\t");
    private static final Pattern FIGURE = Pattern.compile("[-0-9０-９.．,%％ ]+(?:万元|元)?");
    private static final String[] HEADER_LABELS = {"一级指标", "二级指标", "三级指标", "年度指标值", "实施周期指标值", "实际完成值",
        "分值", "得分", "偏差原因", "年初预算数", "全年预算数", "年度预算数", "调整后预算数", "全年执行数", "执行数", "实际支出",
        "执行率", "预期目标", "实际完成情况"};
    private static final String[] FIELD_LABELS = {"项目名称", "主管部门", "实施单位", "项目负责人", "联系电话", "单位名称"};

    private enum Mode { FIELDS, FUNDS, GOALS, INDICATORS }

    private record Segment(String text, int start, int end) {
    }

    private LayoutGrid() {
    }

    static Grid of(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<Segment> columns = null;
        Mode mode = Mode.FIELDS;
        int anchor = -1;
        boolean rowOpen = false;
        for (String rawLine : text.split("\\r\\n|\\r|\\n|\\f")) {
            String line = expandTabs(rawLine);
            List<Segment> segments = segments(line);
            if (segments.isEmpty()) {
                continue;
            }
            int headerLabels = count(segments, HEADER_LABELS);
            if (headerLabels >= 2) {
                columns = segments;
                mode = modeOf(segments);
                anchor = anchorColumn(segments);
                rows.add(texts(segments));
                rowOpen = false;
                continue;
            }
            if (count(segments, FIELD_LABELS) > 0 || columns == null) {
                columns = null;
                mode = Mode.FIELDS;
                if (count(segments, FIELD_LABELS) == 0 && !rows.isEmpty() && rowOpen && segments.get(0).start > 0) {
                    List<String> last = new ArrayList<>(rows.remove(rows.size() - 1));
                    int i = last.size() - 1;
                    last.set(i, last.get(i) + join(segments));
                    rows.add(last);
                } else {
                    rows.add(texts(segments));
                    rowOpen = true;
                }
                continue;
            }
            String[] cells = place(segments, columns);
            boolean newRow = switch (mode) {
                case FUNDS -> segments.stream().anyMatch(s -> FIGURE.matcher(s.text).matches());
                case INDICATORS -> anchor >= 0 && !cells[anchor].isEmpty();
                case GOALS -> !rowOpen;
                case FIELDS -> true;
            };
            if (newRow || !rowOpen) {
                rows.add(List.of(cells));
                rowOpen = true;
            } else {
                List<String> last = new ArrayList<>(rows.remove(rows.size() - 1));
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isEmpty()) {
                        last.set(i, last.get(i) + cells[i]);
                    }
                }
                rows.add(last);
            }
        }
        return new Grid(rows);
    }

    private static Mode modeOf(List<Segment> header) {
        String all = join(header);
        if (all.contains("三级指标") || all.contains("年度指标值")) {
            return Mode.INDICATORS;
        }
        if (all.contains("预期目标")) {
            return Mode.GOALS;
        }
        return Mode.FUNDS;
    }

    /** The column whose text marks a new indicator row: 分值, else 得分, else 年度指标值. */
    private static int anchorColumn(List<Segment> header) {
        for (String label : new String[] {"分值", "得分", "年度指标值"}) {
            for (int i = 0; i < header.size(); i++) {
                if (compact(header.get(i).text).contains(label)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Each segment in the column it overlaps most, else the nearest one (the left one where two are as near). */
    private static String[] place(List<Segment> segments, List<Segment> columns) {
        String[] cells = new String[columns.size()];
        java.util.Arrays.fill(cells, "");
        for (Segment s : segments) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < columns.size(); i++) {
                Segment c = columns.get(i);
                int overlap = Math.min(s.end, c.end) - Math.max(s.start, c.start);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = i;
                }
            }
            if (best < 0) {
                int nearest = Integer.MAX_VALUE;
                for (int i = 0; i < columns.size(); i++) {
                    Segment c = columns.get(i);
                    int distance = Math.max(c.start - s.end, s.start - c.end);
                    if (distance < nearest) {
                        nearest = distance;
                        best = i;
                    }
                }
            }
            cells[best] = cells[best].isEmpty() ? s.text : cells[best] + s.text;
        }
        return cells;
    }

    private static List<Segment> segments(String line) {
        List<Segment> segments = new ArrayList<>();
        java.util.regex.Matcher gap = GAP.matcher(line);
        int start = 0;
        while (true) {
            boolean found = gap.find();
            int end = found ? gap.start() : line.length();
            String text = line.substring(start, end);
            if (!text.isBlank()) {
                int lead = 0;
                while (lead < text.length() && Chars.isSpace(text.charAt(lead))) {
                    lead++;
                }
                segments.add(new Segment(text.strip(), start + lead, end));
            }
            if (!found) {
                break;
            }
            start = gap.end();
        }
        return segments;
    }

    private static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % 8 != 0);
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int count(List<Segment> segments, String[] labels) {
        int n = 0;
        for (Segment s : segments) {
            String c = compact(s.text);
            for (String label : labels) {
                if (c.startsWith(label)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static List<String> texts(List<Segment> segments) {
        return segments.stream().map(Segment::text).toList();
    }

    private static String join(List<Segment> segments) {
        StringBuilder all = new StringBuilder();
        segments.forEach(s -> all.append(s.text));
        return all.toString();
    }

    private static String compact(String text) {
        return Chars.parseView(text);
    }
}
