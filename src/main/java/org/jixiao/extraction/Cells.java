package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table however it was flattened into text, as one stream of cells: one cell a line, cells between {@code |},
 * between tabs, between runs of two spaces or more (text laid out in columns), or between single spaces where a
 * whole sheet was written on one line. Each cell knows its place in the source and the row it shares with the
 * cells of its line; a line of one cell is a row of its own only as far as the text says so, which for a table
 * written one cell a line is not at all, so readers go by the labels and the kinds of values, not by rows.
 *
 * <p>Splitting at single spaces breaks cells that held a space: a unit or a character wrapped off a figure or a
 * word (不少于12 种, 报告 数, 绩 效 指 标) is joined back to the cell before it.
 */
final class Cells {

    /** One cell: its offsets in the source, its folded text without whitespace, the row (line) it stands in. */
    record Cell(int start, int end, String text, int row) {

        boolean isEmpty() {
            return text.isEmpty();
        }
    }

    private Cells() {
    }

    /** The shortest line a preview's run-together form is tried on. */
    private static final int RUN_LINE = 80;

    static List<Cell> of(SourceText source, int from, int to) {
        List<Cell> cells = new ArrayList<>();
        String folded = source.folded();
        List<int[]> lines = new ArrayList<>();
        boolean runTogether = false;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = lineStart;
            while (lineEnd < to && folded.charAt(lineEnd) != '\n' && folded.charAt(lineEnd) != '\f') {
                lineEnd++;
            }
            lines.add(new int[] {lineStart, lineEnd});
            // (a line too short to hold a form's run, or one with separators, is left untried)
            runTogether = runTogether
                    || lineEnd - lineStart >= RUN_LINE && GluedCells.runTogether(folded.substring(lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }
        // a preview that ran one page's form together ran its other pages so too, whose words its wraps broke apart
        for (int row = 0; row < lines.size(); row++) {
            split(folded, lines.get(row)[0], lines.get(row)[1], row, cells, runTogether);
        }
        return GluedCells.split(joinBrokenWords(barsBetweenCells(cells)), folded);
    }

    /**
     * A table written one cell a line with a line of | between cells (序号 | 一级指标 | …, each on its own line): a
     * bar alone parts two cells, and only a run of bars holds empty cells, one fewer than the bars. Told from a table
     * whose cells end in | (临时救助 |) with a bar alone for each empty cell by the cells that hold no bar, most of
     * which stand between two bars.
     */
    private static List<Cell> barsBetweenCells(List<Cell> cells) {
        int bars = 0;
        int between = 0;
        int lone = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (isBar(cells, i)) {
                bars++;
            } else if (alone(cells, i)) {
                lone++;
                if (barNear(cells, i, -1) && barNear(cells, i, 1)) {
                    between++;
                }
            }
        }
        if (bars < 20 || lone < 10 || between * 10 < lone * 8) {
            return cells;
        }
        List<Cell> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            if (isBar(cells, i) && (i == 0 || !isBar(cells, i - 1))) {
                continue; // the first bar of a run parts the cells around it
            }
            out.add(cells.get(i));
        }
        return out;
    }

    /**
     * Whether a bar stands next to the cell on that side, or past one more cell alone on its line: a cell a narrow
     * column wrapped over two lines (预算执行情况(万元) | (20分)) still stands between two bars.
     */
    private static boolean barNear(List<Cell> cells, int i, int side) {
        int next = i + side;
        int after = i + 2 * side;
        if (next < 0 || next >= cells.size()) {
            return false;
        }
        return isBar(cells, next) || alone(cells, next) && after >= 0 && after < cells.size() && isBar(cells, after);
    }

    /** An empty cell that a line of | alone made. */
    private static boolean isBar(List<Cell> cells, int i) {
        return cells.get(i).isEmpty() && alone(cells, i);
    }

    /**
     * A header word a narrow cell broke over two lines, one cell a line (年初 | 预算数, 全年 | 执行数): one cell again,
     * where the halves stand alone on their lines, the first is no word of its own and the two make one.
     */
    private static List<Cell> joinBrokenWords(List<Cell> cells) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            boolean unitBelow = i + 1 < cells.size() && UNIT_NOTE.matcher(cells.get(i + 1).text()).matches()
                    && isHeaderWord(cell.text());
            if (i + 1 < cells.size() && alone(cells, i) && alone(cells, i + 1) && cells.get(i + 1).row() - cell.row() <= 2
                    && (unitBelow || cell.text().length() <= 4 && !isHeaderWord(cell.text())
                    && isHeaderWord(cell.text() + cells.get(i + 1).text()))) {
                // (a header word and its unit below it, 计划投资额 | (万元), are one cell too)
                Cell next = cells.get(i + 1);
                out.add(new Cell(cell.start(), next.end(), cell.text() + next.text(), next.row()));
                i++;
                continue;
            }
            out.add(cell);
        }
        return out;
    }

    private static final Pattern UNIT_NOTE = Pattern.compile("^\\((?:万元|元|亿元)\\)$");

    private static boolean alone(List<Cell> cells, int i) {
        int row = cells.get(i).row();
        return (i == 0 || cells.get(i - 1).row() != row) && (i + 1 >= cells.size() || cells.get(i + 1).row() != row);
    }

    private static boolean isHeaderWord(String text) {
        return HeaderWords.funds(text) != null || HeaderWords.indicator(text) != null;
    }

    private static void split(String folded, int start, int end, int row, List<Cell> cells, boolean runTogether) {
        String line = folded.substring(start, end);
        if (line.indexOf('|') >= 0) {
            if (line.strip().equals("|")) {
                // a table written one cell a line, each ending in |: a line of | alone is an empty cell
                cells.add(new Cell(start, start, "", row));
                return;
            }
            cut(folded, start, end, row, cells, c -> c == '|', false);
        } else if (line.indexOf('\t') >= 0) {
            cut(folded, start, end, row, cells, c -> c == '\t', false);
        } else if (line.strip().contains("  ")) {
            // (spaces before the first cell or after the last lay out no columns)
            cutAtRuns(folded, start, end, row, cells);
        } else {
            List<Cell> pieces = new ArrayList<>();
            cut(folded, start, end, row, pieces, Chars::isWhitespace, false);
            if (pieces.size() > 1 && runTogether) {
                cells.addAll(wrapsJoined(pieces, folded));
            } else if (hyphenated(pieces)) {
                // a sentence with spaces where a page's lines broke it (…结束后 ,委托…事务 所、…): one cell
                StringBuilder text = new StringBuilder();
                pieces.forEach(p -> text.append(p.text()));
                cells.add(new Cell(pieces.get(0).start(), pieces.get(pieces.size() - 1).end(), text.toString(), row));
            } else {
                joinPieces(pieces, cells);
            }
        }
    }

    /** The pieces of a run-together form's line joined again where a space stands between two Han characters. */
    private static List<Cell> wrapsJoined(List<Cell> pieces, String folded) {
        List<Cell> out = new ArrayList<>();
        Cell open = pieces.get(0);
        for (int i = 1; i < pieces.size(); i++) {
            Cell piece = pieces.get(i);
            if (Chars.isHan(folded.charAt(open.end() - 1)) && Chars.isHan(folded.charAt(piece.start()))) {
                open = new Cell(open.start(), piece.end(), open.text() + piece.text(), open.row());
            } else {
                out.add(open);
                open = piece;
            }
        }
        out.add(open);
        return out;
    }

    /** A line of prose broken by spaces: it ends a sentence, and a piece after the first opens with a clause's mark. */
    private static boolean hyphenated(List<Cell> pieces) {
        if (pieces.size() < 2 || !pieces.get(pieces.size() - 1).text().endsWith("。")) {
            return false;
        }
        for (int i = 1; i < pieces.size(); i++) {
            if (",，、;；。".indexOf(pieces.get(i).text().charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pieces of a line split at single spaces, joined back where the space was inside a cell: a word spaced out
     * letter by letter (绩 效 指 标), a character or unit wrapped off (报告 数, 12 种), a level's word broken
     * (效益指 标(30 分)).
     */
    private static void joinPieces(List<Cell> pieces, List<Cell> cells) {
        int i = 0;
        while (i < pieces.size()) {
            Cell piece = pieces.get(i);
            if (isSingleHan(piece.text()) && i + 1 < pieces.size() && isSingleHan(pieces.get(i + 1).text())) {
                int j = i;
                StringBuilder word = new StringBuilder();
                while (j < pieces.size() && isSingleHan(pieces.get(j).text())) {
                    word.append(pieces.get(j).text());
                    j++;
                }
                int end = pieces.get(j - 1).end();
                if (j < pieces.size() && SPACED_LABEL_END.matcher(pieces.get(j).text()).matches()) {
                    // a label spaced out letter by letter up to its colon: 预 算 编 码:601002
                    word.append(pieces.get(j).text());
                    end = pieces.get(j).end();
                    j++;
                }
                cells.add(new Cell(piece.start(), end, word.toString(), piece.row()));
                i = j;
                continue;
            }
            Cell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            if (last != null && last.row() == piece.row() && belongsTo(last.text(), piece.text())) {
                cells.set(cells.size() - 1, new Cell(last.start(), piece.end(), last.text() + piece.text(), piece.row()));
                Cell joined = cells.get(cells.size() - 1);
                Cell word = cells.size() > 1 ? cells.get(cells.size() - 2) : null;
                if (last.text().startsWith("(") && word != null && word.row() == joined.row()
                        && spacedOffBracket(word.text(), joined.text())) {
                    // the bracket just closed was spaced off its word too: 得分 (20 分*执行率)
                    cells.remove(cells.size() - 1);
                    cells.set(cells.size() - 1, new Cell(word.start(), joined.end(), word.text() + joined.text(), word.row()));
                }
            } else {
                cells.add(piece);
            }
            i++;
        }
    }

    private static boolean isSingleHan(String text) {
        return text.length() == 1 && Character.UnicodeScript.of(text.charAt(0)) == Character.UnicodeScript.HAN;
    }

    /** Whether a piece split off at a single space continues the cell before it. */
    private static boolean belongsTo(String before, String piece) {
        if (wrappedOff(before, piece)) {
            return true;
        }
        // an open bracket not yet closed: (50分 ) , 标(30 分), 结余率(计算方法为:结余数/ 预算数 )≤5%
        if (before.lastIndexOf('(') > before.lastIndexOf(')') && before.length() + piece.length() <= 60) {
            return true;
        }
        // a column's letter or points in brackets spaced off its word: 预算数 (A), 得分 (20 分*执行率)
        if (spacedOffBracket(before, piece)) {
            return true;
        }
        // a form's word broken across the space: 效益指 标(30, 年初预算 数, 一级 指标 stays two words
        String joined = before + piece;
        for (String word : BROKEN_WORDS) {
            int at = joined.indexOf(word);
            if (at >= 0 && at < before.length() && at + word.length() > before.length()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DATE_PART = Pattern.compile("年|\\d{1,2}(?:月|日)");
    private static final Pattern YEAR_OR_MONTH_END = Pattern.compile("(?:^|\\D)(?:(?:19|20)\\d{2}|(?:19|20)\\d{2}年|\\d{1,2}月)$");

    private static boolean spacedOffBracket(String before, String piece) {
        return LETTERED.matcher(piece).matches() && !before.isEmpty()
                && Character.UnicodeScript.of(before.charAt(before.length() - 1)) == Character.UnicodeScript.HAN;
    }

    private static final Pattern LETTERED =
            Pattern.compile("\\((?:[A-Z](?:[/+\\-][A-Z])*|\\d+(?:\\.\\d+)?分(?:[*×][^()]*)?)\\)");
    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern SPACED_LABEL_END = Pattern.compile("^\\p{IsHan}[:：].*");

    /** Words of forms that a sheet's narrow cells wrap: a space inside one of them was a line break. */
    private static final String[] BROKEN_WORDS = {"产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标",
        "时效指标", "社会效益", "经济效益", "生态效益", "可持续影响", "服务对象满意度", "年初预算数", "全年预算数", "全年执行数",
        "偏差原因分析及改进措施", "改进措施", "年度指标值", "实际完成值", "年度总体目标", "总体目标"};

    private interface CharTest {
        boolean test(char c);
    }

    private static void cut(String folded, int start, int end, int row, List<Cell> cells, CharTest separator,
            boolean single) {
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i == end || separator.test(folded.charAt(i))) {
                add(folded, s, i, row, cells, single);
                s = i + 1;
            }
        }
    }

    /** Cells of text laid out in columns: separated by two spaces or more; a single space stays in its cell. */
    private static void cutAtRuns(String folded, int start, int end, int row, List<Cell> cells) {
        int s = start;
        int i = start;
        while (i < end) {
            if (Chars.isWhitespace(folded.charAt(i)) && i + 1 < end && Chars.isWhitespace(folded.charAt(i + 1))) {
                add(folded, s, i, row, cells, false);
                while (i < end && Chars.isWhitespace(folded.charAt(i))) {
                    i++;
                }
                s = i;
            } else {
                i++;
            }
        }
        add(folded, s, end, row, cells, false);
    }

    private static void add(String folded, int start, int end, int row, List<Cell> cells) {
        add(folded, start, end, row, cells, false);
    }

    private static void add(String folded, int start, int end, int row, List<Cell> cells, boolean single) {
        while (start < end && Chars.isWhitespace(folded.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isWhitespace(folded.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        String text = ReportHead.compact(folded.substring(start, end));
        if (single && !cells.isEmpty()) {
            Cell last = cells.get(cells.size() - 1);
            if (last.row() == row && last.end() < start && wrappedOff(last.text(), text)) {
                cells.set(cells.size() - 1, new Cell(last.start(), end, last.text() + text, row));
                return;
            }
        }
        cells.add(new Cell(start, end, text, row));
    }

    /**
     * Whether a piece split off at a single space belongs to the cell before: a unit after a figure (12 种, 100 %),
     * a closing bracket, or a lone character after Chinese text (报告 数, 绩 效).
     */
    private static boolean wrappedOff(String before, String piece) {
        char last = before.charAt(before.length() - 1);
        if (piece.length() <= 2 && Character.isDigit(last) && Units.isUnit(piece)) {
            return true;
        }
        if (piece.equals(")") || piece.equals("）") || piece.equals("%")) {
            return true;
        }
        if (DATE_PART.matcher(piece).lookingAt() && YEAR_OR_MONTH_END.matcher(before).find()) {
            return true; // a year or a date spaced apart: 2020 年市级…资金, 2021 年 4 月 22 日
        }
        return piece.length() == 1 && Character.UnicodeScript.of(piece.charAt(0)) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN;
    }
}
