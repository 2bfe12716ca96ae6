package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extraction.Cells.Cell;

/**
 * A form whose cells were run together with nothing between them, as document sites' previews print a table
 * (项目名称XX主管部门YY实施单位ZZ项目资金(万元)年初预算数(A)全年执行数(B)…年度资金总额:310.2154.741050%5): the
 * run is cut again before and after each of the form's own words (its labels, column heads, row labels, levels),
 * and a figure run is cut off the text it is glued to. The figures of a run (310.2154.74…) stay one cell; the reader
 * of the row splits them where only one split agrees with the columns ({@link GluedFigures}).
 */
final class GluedCells {

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    /** Figures a word opens: 合计100, 年度资金总额50万元47.6895.00%. */
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d[\\d.,%]*(?:万元[\\d.,%]*)?");
    private static final Pattern FIGURES_ONLY = Pattern.compile("^[\\d.%万元]+$");

    /** The words of forms, longest first so that 项目实施单位 wins over 实施单位. */
    private static final List<String> WORDS = new ArrayList<>(List.of(
            "项目名称", "专项名称", "项目单位", "财务负责人", "单位负责人", "填报人", "评价机构", "评价人员", "报告日期", "下属单位个数", "转移支付(项目)名称", "转移支付项目名称", "主管部门及代码", "主管部门", "项目实施单位", "实施单位",
            "资金使用单位", "中央主管部门", "地方主管部门", "省级主管部门", "单位名称", "部门名称", "评价部门名称", "填报日期",
            "项目类别", "项目属性", "项目类型", "项目负责人", "联系电话", "项目资金", "资金投入情况", "预算执行情况", "整体支出规模",
            "年初预算数", "全年预算数", "调整后预算数", "全年执行数", "预算执行数", "预算数", "执行数", "预算执行率", "执行率",
            "分值", "得分计算方法", "得分", "年度资金总额", "年度财政资金总额", "资金总额", "其中:", "本年财政拨款", "当年财政拨款",
            "本年一般公共预算拨款", "中央财政资金", "地方财政资金", "地方资金", "上年结转资金", "其他资金", "资金来源", "资金结构",
            "资金管理情况", "情况说明", "存在问题和改进措施", "分配科学性", "下达及时性", "拨付合规性", "使用规范性", "执行准确性",
            "预算绩效管理情况", "支出责任履行情况", "年度总体目标", "总体目标完成情况", "总体目标", "预期目标", "实际完成情况",
            "年初设定目标", "全年完成情况", "全年实际完成情况", "年度绩效指标", "绩效指标", "一级指标", "二级指标", "三级指标",
            "年度指标值", "实施周期指标值", "全年实际值", "实际完成值", "全年完成值", "未完成原因分析", "未完成原因及拟采取的改进措施", "未完成原因及改进措施", "未完成原因和改进措施",
            "偏差原因分析及改进措施",
            "偏差及原因分析", "产出指标", "效益指标", "满意度指标", "服务对象满意度指标", "数量指标", "质量指标", "时效指标",
            "成本指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "总分", "自评总分", "自评得分",
            "评价结论", "存在问题", "改进措施", "合计", "资金情况", "实施(主管)单位", "是否为专项资金", "金额单位",
            "评价时间", "组织方式", "评价类型", "评价单位", "评价方式", "专项资金名称", "负责人及电话", "县级主管部门", "市级主管部门", "预算单位名称", "区级预算单位名称",
            "县级预算单位名称", "市级预算单位名称", "年度预算申请", "按收入性质分", "按支出性质分", "计划投资额",
            "实际到位资金", "实际使用情况"));
    /** Words that end indicators' names as often as they head a column. */
    private static final Set<String> NAME_ENDINGS = Set.of("执行率", "预算执行率");
    /** A note in brackets right after a word belongs to it: 年初预算数(A), 项目资金(万元), 分值(10分), 执行率(B/A×100%). */
    private static final Pattern NOTE = Pattern.compile("^(?:\\([^()]{1,14}\\)|:)+");
    private static final Pattern LEADING_FIGURES = Pattern.compile("^[\\d.%]+(?:万元|万|元)?(?=\\p{IsHan})(?![年月日号名个项家户届批期所座条])");
    /** Words that open a run of their row: a level's merged cell before its first indicator, 合计 before its figure. */
    private static final Pattern OPENING = Pattern.compile("^(?:产出|效益|满意度|成本|数量|质量|时效|经济效益|社会效益|生态效益|"
            + "可持续影响|服务对象满意度)指标(?:\\(\\d+分\\))?$");

    /** The words by their first character, longest first. */
    private static final Map<Character, List<String>> BY_FIRST = new HashMap<>();

    /** The first characters of the words. */
    private static final BitSet FIRSTS = new BitSet();

    static {
        WORDS.sort(Comparator.comparingInt(String::length).reversed());
        for (String word : WORDS) {
            BY_FIRST.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
            FIRSTS.set(word.charAt(0));
        }
    }

    private GluedCells() {
    }

    /** The cells, with each run-together cell cut at the form's words. */
    static List<Cell> split(List<Cell> cells, String folded) {
        List<Cell> out = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            if (cell.text().length() < 4) {
                out.add(cell);
                continue;
            }
            // two words of a form run together; a paragraph of prose may name one or two, a form's run many
            List<int[]> words = words(cell.text());
            // one word is enough where it opens the cell and more follows it: 时效指标按时发放率=100%, 合计100
            boolean opens = words.size() == 1 && words.get(0)[0] == 0 && words.get(0)[1] < cell.text().length()
                    && !cell.text().contains("。") && OPENING.matcher(cell.text().substring(0, words.get(0)[1])).matches()
                    && Character.UnicodeScript.of(cell.text().charAt(words.get(0)[1])) != Character.UnicodeScript.COMMON
                    || words.size() == 1 && words.get(0)[0] == 0 && BARE_NUMBER.matcher(cell.text().substring(words.get(0)[1])).matches();
            // prose names a form's words now and then; two sentences in a cell of a table parted by | or tabs (a
            // rule's definitions) may name many
            int stop = cell.text().indexOf('。');
            int share = stop >= 0 && stop < cell.text().length() - 1 && separated(folded, cell) ? 2 : 4;
            if (words.size() < 2 && !opens || stop >= 0 && covered(words) * share < cell.text().length()) {
                out.add(cell);
                continue;
            }
            cut(cell, offsets(cell, folded), words, out);
        }
        return out;
    }

    /**
     * Whether a line is a form run together (a document site's preview): most of its form's words stand glued to
     * what precedes them. Its single spaces are then where a cell's text wrapped (年度 总体 目标, 储备粮管理制 度), not
     * cuts between cells.
     */
    static boolean runTogether(String line) {
        if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
            return false;
        }
        int glued = 0;
        int spaced = 0;
        for (int[] word : words(line)) {
            if (word[0] > 0 && !Chars.isWhitespace(line.charAt(word[0] - 1))) {
                glued++;
            } else {
                spaced++;
            }
        }
        return glued >= 4 && glued >= 2 * spaced;
    }

    /**
     * Whether the bracket opened at {@code at} closes before another opens, within a note's length: an OCR'd
     * bracket lost ((B/A1得分(20分…) does not hide the rest of the run inside it.
     */
    private static boolean closes(String text, int at) {
        for (int k = at + 1; k < Math.min(text.length(), at + 40); k++) {
            char c = text.charAt(k);
            if (c == ')') {
                return true;
            }
            if (c == '(') {
                return false;
            }
        }
        return false;
    }

    /** Whether the cell's line parts its cells with | or tabs: its cells are cells, not a preview's run. */
    private static boolean separated(String folded, Cell cell) {
        int lineStart = folded.lastIndexOf('\n', Math.max(0, cell.start() - 1)) + 1;
        int lineEnd = folded.indexOf('\n', cell.end());
        String line = folded.substring(lineStart, lineEnd < 0 ? folded.length() : lineEnd);
        return line.indexOf('|') >= 0 || line.indexOf('\t') >= 0;
    }

    /** How many characters the words take: a form's run is mostly its words, prose mostly not. */
    private static int covered(List<int[]> words) {
        return words.stream().mapToInt(w -> w[1] - w[0]).sum();
    }

    /** For each character of the cell's text (which has no whitespace), its offset in the source. */
    private static int[] offsets(Cell cell, String folded) {
        int[] at = new int[cell.text().length() + 1];
        int k = 0;
        for (int i = cell.start(); i < cell.end() && k < cell.text().length(); i++) {
            if (!Chars.isWhitespace(folded.charAt(i))) {
                at[k++] = i;
            }
        }
        at[cell.text().length()] = cell.end();
        return at;
    }

    /** Where the form's words stand in the text, as {start, end} with their notes, left to right, not overlapping. */
    private static List<int[]> words(String text) {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        int depth = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            depth += c == '(' && closes(text, i) ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (depth > 0) {
                i++;
                continue; // a word inside brackets is part of a name: 结余率(计算方法为：结余数/预算数)
            }
            if (!FIRSTS.get(c)) {
                i++;
                continue; // no word begins so: spared boxing the character for the map
            }
            String word = null;
            for (String w : BY_FIRST.get(c)) {
                if (text.startsWith(w, i)) {
                    word = w;
                    break;
                }
            }
            if (word == null || NAME_ENDINGS.contains(word) && i > 0 && Chars.isHan(text.charAt(i - 1))
                    && (found.isEmpty() || found.get(found.size() - 1)[1] != i)) {
                i++;
                continue; // 管理制度执行率: an indicator's name ends so, where no other word stands before it
            }
            int end = i + word.length();
            Matcher note = NOTE.matcher(text).region(end, text.length()); // ^ holds at the region's start
            if (note.lookingAt()) {
                end = note.end();
            }
            found.add(new int[] {i, end});
            i = end;
        }
        return found;
    }

    /** The cell cut before and after each word; the text between two words, its leading figures cut off. */
    private static void cut(Cell cell, int[] offsets, List<int[]> words, List<Cell> out) {
        String text = cell.text();
        int at = 0;
        for (int[] word : words) {
            between(cell, offsets, at, word[0], out);
            out.add(piece(cell, offsets, word[0], word[1]));
            at = word[1];
        }
        between(cell, offsets, at, text.length(), out);
    }

    private static void between(Cell cell, int[] offsets, int from, int to, List<Cell> out) {
        if (from >= to) {
            return;
        }
        String text = cell.text().substring(from, to);
        Matcher figures = LEADING_FIGURES.matcher(text);
        if (!FIGURES_ONLY.matcher(text).matches() && figures.find() && !nameOpens(text.substring(figures.end()))) {
            out.add(piece(cell, offsets, from, from + figures.end()));
            from += figures.end();
        }
        if (from < to) {
            out.add(piece(cell, offsets, from, to));
        }
    }

    /**
     * Whether the text after a figure is its unit with more words after it: the figure opens a name (5000吨稻谷、
     * 500吨成品粮储备到位率), and is not a value cut off the row before it.
     */
    private static boolean nameOpens(String rest) {
        for (int length = Math.min(3, rest.length() - 1); length >= 1; length--) {
            String unit = rest.substring(0, length);
            if (Units.isUnit(unit) && !unit.equals("分") && Chars.isHan(rest.codePointAt(length))) {
                return true;
            }
        }
        return false;
    }

    private static Cell piece(Cell cell, int[] offsets, int from, int to) {
        int end = to < offsets.length - 1 ? offsets[to - 1] + 1 : cell.end();
        return new Cell(offsets[from], end, cell.text().substring(from, to), cell.row());
    }
}
