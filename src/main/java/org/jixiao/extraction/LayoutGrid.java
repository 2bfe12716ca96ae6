package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table laid out as text in columns (pdftotext -layout, or the layout text {@link PdfReader} makes with
 * PDFBox) read into a {@link Grid}. Cells are runs of text separated by two spaces or more. A line with two
 * or more known column labels (全年预算数, 三级指标, 预期目标 ...) is a header: the lines below it are cut into
 * its columns by position, and short lines right under it without figures are its labels wrapped (全年执 / 行数).
 * A cell wrapped over several lines is joined back: in the indicator table a new row begins where the 分值 or
 * 得分 column (else 年度指标值) has text; in the funds table where a row label and a figure stand; the goal row
 * runs to the next header; a field's value wrapped joins the field above it. A line whose text runs across three
 * columns or more, or that begins at the left margin with a heading's number (（三）, 2.) under an indicator
 * table, ends the table. Cells are taken as top-aligned, as word processors set
 * them.
 */
final class LayoutGrid {

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\f");

    private static final Pattern GAP = Pattern.compile(" {2,}|\t");
    private static final Pattern TOTAL = Pattern.compile("^(?:总分|合计|总计)");
    private static final Pattern FIGURE = Pattern.compile("[-0-9０-９.．,%％ ]+(?:万元|元)?");
    private static final String[] HEADER_LABELS = {"一级指标", "二级指标", "三级指标", "年度指标值", "实施周期指标值", "实际完成值",
        "完成情况",
        "分值", "得分", "偏差原因", "年初预算数", "全年预算数", "年度预算数", "调整后预算数", "全年执行数", "执行数", "实际支出",
        "执行率", "预期目标", "实际完成情况"};
    private static final String[] FIGURE_LABELS = {"年初预算数", "全年预算数", "年度预算数", "调整后预算数", "全年执行数",
        "执行数", "实际支出"};
    private static final String[] FIELD_LABELS = {"项目名称", "主管部门", "实施单位", "项目负责人", "联系电话", "单位名称"};

    private enum Mode { FIELDS, FUNDS, GOALS, INDICATORS }

    private record Segment(String text, int start, int end) {
    }

    private LayoutGrid() {
    }

    static Grid of(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<Segment> columns = null;
        List<Segment> fields = List.of();
        Mode mode = Mode.FIELDS;
        int anchor = -1;
        int nameColumn = -1;
        int labelColumns = 0;
        boolean rowOpen = false;
        boolean headerOpen = false;
        for (String rawLine : LINE_BREAK.split(text)) {
            List<Segment> segments = segments(expandTabs(rawLine));
            if (segments.isEmpty() || ReportText.isPageMark(rawLine)) {
                continue;
            }
            if (count(segments, HEADER_LABELS) >= 2) {
                columns = segments;
                mode = modeOf(segments);
                anchor = anchorColumn(segments);
                nameColumn = column(segments, "三级指标");
                labelColumns = labelColumns(segments);
                rows.add(new ArrayList<>(texts(segments)));
                rowOpen = false;
                headerOpen = true;
                continue;
            }
            boolean hasField = count(segments, FIELD_LABELS) > 0;
            if (hasField || columns == null) {
                columns = null;
                mode = Mode.FIELDS;
                if (!hasField && rowOpen && segments.get(0).start > 0 && !fields.isEmpty()) {
                    appendByPosition(rows.get(rows.size() - 1), fields, segments);
                } else {
                    rows.add(new ArrayList<>(texts(segments)));
                    fields = segments;
                    rowOpen = true;
                }
                continue;
            }
            // a numbered heading (2.…, （三）…) that begins within the first column, even indented as body text is
            boolean heading = mode == Mode.INDICATORS
                    && (columns.size() < 2 || segments.get(0).start < columns.get(1).start)
                    && Numbering.at(segments.get(0).text, 0, new int[1]) != null;
            if (heading || crossesColumns(segments, columns)) {
                columns = null; // running text or a numbered heading after the table: the table has ended
                mode = Mode.FIELDS;
                rows.add(new ArrayList<>(texts(segments)));
                fields = segments;
                rowOpen = true;
                continue;
            }
            String[] cells = place(segments, columns);
            boolean figures = segments.stream().anyMatch(seg -> FIGURE.matcher(seg.text).matches());
            if (headerOpen && !figures && segments.stream().allMatch(seg -> seg.text.length() <= 6)
                    && continuesLabels(cells, columns)) {
                append(rows.get(rows.size() - 1), cells); // a header label wrapped onto the next line
                continue;
            }
            headerOpen = false;
            boolean labelled = false;
            for (int i = 0; i < Math.min(labelColumns, cells.length); i++) {
                labelled |= !cells[i].isEmpty();
            }
            boolean newRow = switch (mode) {
                case FUNDS -> figures && labelled;
                // a row's first line has its name (cells are top-aligned), or most of its cells; a few pieces of
                // wrapped cells, a target among them, go on the row above
                case INDICATORS -> anchor >= 0 && !cells[anchor].isEmpty()
                        && (nameColumn < 0 || !cells[nameColumn].isEmpty() || filled(cells) * 2 >= cells.length
                                || TOTAL.matcher(segments.get(0).text).find());
                case GOALS, FIELDS -> false;
            };
            if (newRow || !rowOpen) {
                rows.add(new ArrayList<>(List.of(cells)));
                rowOpen = true;
            } else {
                append(rows.get(rows.size() - 1), cells);
            }
        }
        return new Grid(rows);
    }

    private static int filled(String[] cells) {
        int n = 0;
        for (String cell : cells) {
            n += cell.isEmpty() ? 0 : 1;
        }
        return n;
    }

    /** Label endings: a head that ends so is whole, and the line under it holds no rest of it. */
    private static final Pattern WHOLE_LABEL = Pattern.compile(
            "(?:指标|指标值|完成值|分值|得分|措施|预算数|执行数|执行率|目标|情况|万元[）)]|名称|部门|单位)$");

    /** Whether every cell of the line stands under a head cut short (全年执 / 行数): the heads wrapped. */
    private static boolean continuesLabels(String[] cells, List<Segment> columns) {
        for (int i = 0; i < cells.length && i < columns.size(); i++) {
            if (!cells[i].isEmpty() && WHOLE_LABEL.matcher(compact(columns.get(i).text)).find()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a piece of the line runs across three columns or more: a line of running text, not of the table. */
    private static boolean crossesColumns(List<Segment> segments, List<Segment> columns) {
        for (Segment s : segments) {
            int crossed = 0;
            for (int i = 0; i < columns.size(); i++) {
                int start = i == 0 ? Integer.MIN_VALUE : columns.get(i).start;
                int end = i + 1 < columns.size() ? columns.get(i + 1).start : Integer.MAX_VALUE;
                if (s.start < end && s.end > start) {
                    crossed++;
                }
            }
            if (crossed >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Cell texts added to the row's cells of the same columns: a cell wrapped over lines, joined back. */
    private static void append(List<String> row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i].isEmpty()) {
                continue;
            }
            while (row.size() <= i) {
                row.add("");
            }
            row.set(i, row.get(i) + cells[i]);
        }
    }

    /** A wrapped field line: each piece joins the cell of the line above it that it lies under. */
    private static void appendByPosition(List<String> row, List<Segment> fields, List<Segment> segments) {
        String[] cells = place(segments, fields);
        append(row, cells);
    }

    /** The columns left of the first figure column: they hold the row's label (年度资金总额, 其中：…). */
    private static int labelColumns(List<Segment> header) {
        for (int i = 0; i < header.size(); i++) {
            String c = compact(header.get(i).text);
            for (String label : FIGURE_LABELS) {
                if (c.startsWith(label)) {
                    return i;
                }
            }
        }
        return 1;
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
    private static int column(List<Segment> header, String label) {
        for (int i = 0; i < header.size(); i++) {
            if (compact(header.get(i).text).contains(label)) {
                return i;
            }
        }
        return -1;
    }

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
        Arrays.fill(cells, "");
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

    /**
     * A segment made of column labels set one space apart (一级指标 二级指标, where the columns are just wide enough)
     * is as many cells; any other segment stays whole.
     */
    private static void splitLabels(Segment segment, List<Segment> segments) {
        String[] words = segment.text.split(" ");
        if (words.length < 2) {
            segments.add(segment);
            return;
        }
        for (String word : words) {
            if (count(List.of(new Segment(word, 0, 0)), HEADER_LABELS) == 0) {
                segments.add(segment);
                return;
            }
        }
        int at = segment.start;
        for (String word : words) {
            segments.add(new Segment(word, at, at + word.length()));
            at += word.length() + 1;
        }
    }

    private static List<Segment> segments(String line) {
        List<Segment> segments = new ArrayList<>();
        Matcher gap = GAP.matcher(line);
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
                splitLabels(new Segment(text.strip(), start + lead, end), segments);
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
