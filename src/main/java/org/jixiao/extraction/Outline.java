package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a report's {@link Prose}: its headings and the labels that open a part inside a paragraph, each with
 * the kind of what follows (部门职能, 绩效目标, 存在的问题, 改进措施, 自评结论, 主要成效, 重点工作任务, 资金, 指标) and where
 * it ends; what a project's goals came to (总体绩效目标完成情况) is its outcome.
 *
 * <p>A heading is numbered (第一部分, 一、, （一）, 1. or 1、, （1） or 1）, ①) and stands at a line's start with a short
 * title, or anywhere after whitespace or a sentence's end with a title of a known kind (a page that runs its headings
 * into the text: "（二）项目绩效目标。抓好…"); a known title alone on its line is a heading too. The title ends at the
 * line's end, at 。 or ：, or at whitespace; the text after it, on the same line or below, is the heading's. A
 * numbering's level is the order in which the report first uses it, so a heading's part ends at the next heading
 * of its level or above, whichever numbering the report uses for what.
 *
 * <p>A label is a title followed by its text in the same paragraph: 绩效目标：…, 发现的主要问题及原因：…, 下一步改进措施：…,
 * 主要职能是…, 绩效目标为…. Its text ends at the next label or heading, or at the paragraph's end; a label that ends its
 * paragraph owns the paragraphs below it, up to the next heading.
 */
final class Outline {

    enum Kind {
        FUNCTIONS, GOALS, OUTCOME, TASKS, FUNDS, INDICATORS, PROBLEMS, MEASURES, PROBLEMS_AND_MEASURES, CONCLUSION,
        ACHIEVEMENTS
    }

    enum Style {
        PART("第([一二三四五六七八九十]{1,3})部分"),
        CHINESE("([一二三四五六七八九十]{1,3})[、.](?![一二三四五六七八九十0-9])"),
        CHINESE_PAREN("\\(([一二三四五六七八九十]{1,3})\\)[、.]?"),
        ARABIC("(\\d{1,2})(?:[、]|\\.(?![\\d%]))"),
        ARABIC_PAREN("\\((\\d{1,2})\\)|(\\d{1,2})\\)"),
        CIRCLED("([①-⑳])"),
        NONE(null);

        final Pattern pattern;

        Style(String regex) {
            this.pattern = regex == null ? null : Pattern.compile(regex);
        }
    }

    /** A heading: where its number and title stand, where its text begins and where its part ends. */
    record Heading(Kind kind, Style style, int number, int level, int start, int titleStart, int titleEnd,
            int bodyStart, int end, boolean atLineStart) {
    }

    /** A stretch of the prose of one kind: a heading's text or a label's. */
    record Part(Kind kind, int start, int end, boolean labelled) {
    }

    private static final int TITLE_MAX = 32;
    /** A paragraph this long holds a page's lines run together. */
    private static final int RUN_ON = 100;
    /** How much of a heading's title may stand past whitespace that broke its line. */
    private static final int WRAPPED_TAIL = 6;

    private static final Pattern GOAL_TITLE = Pattern.compile(
            "(?:绩效目标|总体目标|绩效总目标|阶段性目标|年度目标|工作目标|支出目标)(?:情况)?$");
    private static final Pattern OUTCOME_TITLE = Pattern.compile(
            "^(?:项目|部门|单位|整体)?(?:总体|年度)?(?:绩效)?目标(?:的)?(?:完成|实现)情况(?:分析|综述)?$");
    private static final Pattern TASK_ANALYSIS = Pattern.compile("(?:重点|主要)?(?:工作)?任务.{0,12}(?:完成|实现)情况");
    private static final Pattern GOAL_NOT = Pattern.compile("完成|实现|分解|下达|设定|申报|开展|自评|评价|偏差|调整|管理|指标|偏离");
    private static final Pattern TASK_TITLE = Pattern.compile("(?:重点|主要)(?:工作)?任务$|重点工作$|工作任务$|主要工作$");
    private static final Pattern ACHIEVEMENT_TITLE = Pattern.compile(
            "(?:主要|取得的?|工作|绩效)(?:的)?(?:成效|成绩|亮点)|^成效|主要绩效$|取得的?(?:主要)?绩效");
    private static final Pattern MEASURE_TITLE = Pattern.compile(
            "改进|整改|下一步|对策|建议|今后(?:工作)?(?:打算|计划|措施)");
    private static final Pattern FUNDS_TITLE = Pattern.compile("资金|预算|收支|支出|经费|财务|决算|收入");

    // the patterns of the tests on titles, compiled once: String.matches and replaceAll compile theirs at each call
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("^[\\p{Punct}，。；：、（）“”\\s]*$");
    /** What a title's words are read without: whitespace ({@code \\s}), quotes and 《》; and ) 、 . before them. */
    private static final String TITLE_NOISE = " \t\n\u000B\f\r“”\"'《》";
    private static final String TITLE_OPENING = ")）、.";
    /** The first characters of the words each kind needs. */
    private static final String KIND_CHARS = "问不结改整下对建今目职任工成亮绩指资预收支经财决";
    private static final Pattern SHORTCOMING = Pattern.compile(".*存在的?不足.*");
    private static final Pattern DUTIES_DONE = Pattern.compile(".*(?:履行|履职|完成|绩效).*");
    private static final Pattern TASKS_DONE = Pattern.compile(".*(?:完成|实现|分析|情况|成效).*");
    private static final Pattern TITLE_STOP = Pattern.compile("[.。:]$");
    private static final Pattern SENTENCE_MARK = Pattern.compile(".*[，,;。:].*");
    private static final Pattern CLAUSE_MARK = Pattern.compile(".*[，,;].*");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(".*(?:报告|自评表|评价表)$");
    /** What a goal's label follows where the text says the goal was met (完成绩效目标：…), not what it was. */
    private static final Pattern GOAL_REACHED = Pattern.compile(".*(?:完成|实现|对照|围绕|达到|未|的|各)$");

    private static final String GOAL_PREFIX = "(?:项目|年度|总体|整体|部门|单位|主要|支出|预期|资金|本年|全年|当年)*";
    /** Each label's pattern with the characters its matches can begin with. */
    private static final FirstChars[] LABELS = {
        new FirstChars("项年总整部单主支预资本全当绩",
                GOAL_PREFIX + "(?:绩效目标|总体目标|绩效总目标|年度目标)(?:主要)?(?:包括|为|是|如下)?:"
                + "|" + GOAL_PREFIX + "(?:绩效目标|总体目标)(?:主要)?(?:为|是|包括)(?![:否])"),
        new FirstChars("部单机本我主职",
                "(?:部门|单位|机构|本单位|我局|我单位)?(?:主要)?(?:职能职责|职责职能|职能|职责)(?:是|为|包括|如下)?:"
                + "|(?:主要)(?:职能|职责)(?:是|为|包括)(?![:否])"),
        new FirstChars("存发目当主问不",
                "(?:存在的?|发现的?|目前|当前)?(?:主要)?(?:问题|不足)(?:及|和|与)?(?:原因|不足)?(?:分析)?(?:如下)?:"),
        new FirstChars("下今拟工改整完有相意",
                "(?:下一步|今后)?(?:拟)?(?:工作)?(?:改进|整改|完善)(?:措施|意见|建议|方向|计划)(?:及|和)?(?:有关|相关)?(?:建议)?"
                + "(?:如下)?:|下一步(?:工作)?(?:计划|打算|措施|安排|改进措施)?(?:如下)?:|(?:有关|相关|意见)建议:"),
        new FirstChars("自评绩综", "(?:自评|评价|绩效|综合)(?:结论|总体评价)(?:如下)?:"),
        new FirstChars("主取", "(?:主要|取得的?)(?:工作)?(?:成效|成绩)(?:如下)?:"),
    };
    private static final Kind[] LABEL_KINDS = {
        Kind.GOALS, Kind.FUNCTIONS, Kind.PROBLEMS, Kind.MEASURES, Kind.CONCLUSION, Kind.ACHIEVEMENTS,
    };

    private final Prose prose;
    private final List<Heading> headings;
    private final List<Part> labels;
    private final Map<Kind, List<Part>> parts = new EnumMap<>(Kind.class);

    private Outline(Prose prose, List<Heading> headings, List<Part> labels) {
        this.prose = prose;
        this.headings = headings;
        this.labels = labels;
    }

    static Outline of(Prose prose) {
        List<Heading> headings = headings(prose);
        return new Outline(prose, headings, labels(prose, headings));
    }

    List<Heading> headings() {
        return headings;
    }

    Prose prose() {
        return prose;
    }

    /**
     * The parts of a kind, innermost first-come: a heading's part that holds another part of its kind (a label, a
     * sub-heading) gives way to it; parts with nothing in them are left out.
     */
    List<Part> parts(Kind kind) {
        return parts.computeIfAbsent(kind, this::innermost);
    }

    private List<Part> innermost(Kind kind) {
        List<Part> all = new ArrayList<>();
        for (Heading h : headings) {
            if (h.kind() == kind && h.bodyStart() < h.end()) {
                all.add(new Part(kind, h.bodyStart(), h.end(), false));
            }
        }
        for (Part label : labels) {
            if (label.kind() == kind) {
                all.add(label);
            }
        }
        all.removeIf(this::isEmpty);
        all.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Part part = all.get(i);
            boolean holdsAnother = false;
            // sorted by start: a part it holds begins after it, before its end
            for (int n = i + 1; n < all.size() && all.get(n).start() < part.end(); n++) {
                Part other = all.get(n);
                if (other.end() <= part.end()) {
                    holdsAnother = true;
                    break;
                }
            }
            if (!holdsAnother) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The heading whose part holds the position most closely, or null. */
    Heading enclosing(int position) {
        Heading found = null;
        for (Heading h : headings) {
            if (h.start() <= position && position < h.end() && (found == null || h.start() >= found.start())) {
                found = h;
            }
        }
        return found;
    }

    /** Whether the position lies in a part about indicators (指标完成情况, 数量指标 …). */
    boolean inIndicators(int position) {
        for (Heading h : headings) {
            if (h.kind() == Kind.INDICATORS && h.start() <= position && position < h.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the position lies in a part on the key tasks one by one (各重点工作任务绩效目标完成情况分析). */
    boolean inTaskAnalysis(int position) {
        for (Heading h : headings) {
            if (h.start() <= position && position < h.end()
                    && TASK_ANALYSIS.matcher(prose.text().substring(h.titleStart(), h.titleEnd())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the position lies in a part about money (资金投入情况, 收支情况, 预算执行 …). */
    boolean inFunds(int position) {
        Heading h = enclosing(position);
        return h != null && h.kind() == Kind.FUNDS;
    }

    /** Where the next heading after the position begins, or the end of the prose. */
    int nextHeading(int position) {
        for (Heading h : headings) {
            if (h.start() > position) {
                return h.start();
            }
        }
        return prose.length();
    }

    private boolean isEmpty(Part part) {
        String text = prose.original(part.start(), part.end());
        return text.isBlank() || Unfilled.is(text) || PUNCTUATION_ONLY.matcher(text).matches();
    }

    /** The kind a heading's or label's title names, or null. */
    static Kind kind(String title) {
        String t = titleWords(title);
        if (t.isEmpty() || t.length() > TITLE_MAX || !mayName(t)) {
            return null;
        }
        if (t.contains("问题") || SHORTCOMING.matcher(t).matches()) {
            if (t.contains("整改情况") || t.contains("整改落实")) {
                return null;
            }
            return MEASURE_TITLE.matcher(t).find() || t.contains("措施") ? Kind.PROBLEMS_AND_MEASURES : Kind.PROBLEMS;
        }
        if (t.contains("结论")) {
            return Kind.CONCLUSION;
        }
        if (MEASURE_TITLE.matcher(t).find() && !t.contains("保障措施") && !t.contains("建议数")) {
            return Kind.MEASURES;
        }
        if (GOAL_TITLE.matcher(t).find() && !GOAL_NOT.matcher(t).find()) {
            return Kind.GOALS;
        }
        if (OUTCOME_TITLE.matcher(t).find()) {
            return Kind.OUTCOME;
        }
        if ((t.contains("职能") || t.contains("职责")) && t.length() <= 16 && !DUTIES_DONE.matcher(t).matches()) {
            return Kind.FUNCTIONS;
        }
        if (TASK_TITLE.matcher(t).find() && !TASKS_DONE.matcher(t).matches()) {
            return Kind.TASKS;
        }
        if (ACHIEVEMENT_TITLE.matcher(t).find()) {
            return Kind.ACHIEVEMENTS;
        }
        if (t.contains("指标") && !t.contains("目标")) {
            return Kind.INDICATORS;
        }
        if (FUNDS_TITLE.matcher(t).find()) {
            return Kind.FUNDS;
        }
        return null;
    }

    /**
     * The title without whitespace, quotes and 《》, and without the ) 、 . its number left before it, in one pass: what
     * replaceAll("[\\s“”\"'《》]", "") then replaceAll("^[)）、.]+", "") leave.
     */
    private static String titleWords(String title) {
        StringBuilder out = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (TITLE_NOISE.indexOf(c) < 0 && !(out.length() == 0 && TITLE_OPENING.indexOf(c) >= 0)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the title has a character of a word some kind needs (问题, 不足, 结论, 改进, 目标, 职能, 任务, 工作, 成效, 绩效,
     * 指标, 资金, 预算 …): most stops in a line name none, and are spared the kinds' patterns.
     */
    private static boolean mayName(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (KIND_CHARS.indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Heading> headings(Prose prose) {
        String text = prose.text();
        List<Style> order = new ArrayList<>();
        int[] lastNumber = new int[Style.values().length];
        List<Heading> found = new ArrayList<>();
        int lastLevel = 0;
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c == '\n') {
                continue;
            }
            boolean lineStart = prose.startsLine(p);
            if (!lineStart && !mayNumber(c)) {
                continue; // inside a line only a number opens a heading
            }
            char before = p == 0 ? '\n' : text.charAt(p - 1);
            boolean mayStart = lineStart || prose.gapBefore(p) || "。;!?.:".indexOf(before) >= 0;
            if (!mayStart) {
                continue;
            }
            // a page run together on one line: whitespace stands where its lines broke
            boolean runOn = !lineStart && prose.gapBefore(p)
                    && prose.paragraphEnd(p) - prose.paragraphStart(p) > RUN_ON;
            Heading h = numbered(prose, p, lineStart || runOn, order, lastNumber);
            if (h == null && lineStart) {
                h = unnumbered(prose, p, lastLevel);
            }
            if (h != null) {
                found.add(h);
                lastLevel = h.level();
                p = Math.max(p, h.bodyStart() - 1);
            }
        }
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Heading h = found.get(i);
            int end = text.length();
            for (int n = i + 1; n < found.size(); n++) {
                if (found.get(n).level() <= h.level()) {
                    end = found.get(n).start();
                    break;
                }
            }
            int bodyStart = Math.min(h.bodyStart(), end);
            headings.add(new Heading(h.kind(), h.style(), h.number(), h.level(), h.start(), h.titleStart(),
                    h.titleEnd(), bodyStart, end, h.atLineStart()));
        }
        return headings;
    }

    private static Heading numbered(Prose prose, int p, boolean lineStart, List<Style> order, int[] lastNumber) {
        String text = prose.text();
        if (!mayNumber(text.charAt(p))) {
            return null; // no style's pattern need be tried
        }
        for (Style style : Style.values()) {
            if (style.pattern == null) {
                continue;
            }
            Matcher m = style.pattern.matcher(text);
            m.region(p, Math.min(text.length(), p + 12));
            if (!m.lookingAt()) {
                continue;
            }
            String digits = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
            int number = digits == null ? -1 : Numbering.value(digits);
            if (number <= 0) {
                return null;
            }
            int titleStart = m.end();
            // inside a line, the next number of a numbering the report already uses for its headings is one too
            boolean next = order.contains(style) && lastNumber[style.ordinal()] == number - 1;
            int[] title = title(prose, titleStart, lineStart || next);
            if (title == null) {
                return null;
            }
            Kind kind = kind(text.substring(titleStart, title[0]));
            if (kind == null && !lineStart && !(next && title[0] - titleStart <= 20)) {
                return null;
            }
            lastNumber[style.ordinal()] = number;
            int level = order.indexOf(style);
            if (level < 0) {
                order.add(style);
                level = order.size() - 1;
            }
            return new Heading(kind, style, number, level, p, titleStart, title[0], title[1], -1, lineStart);
        }
        return null;
    }

    /** Whether a number of some style can begin with the character: 第, (, a digit, ① to ⑳, 一 to 十. */
    private static boolean mayNumber(char c) {
        return c == '第' || c == '(' || (c >= '0' && c <= '9') || (c >= '①' && c <= '⑳') || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** A known title alone on its line (总体绩效情况分析, 存在的问题). */
    private static Heading unnumbered(Prose prose, int p, int level) {
        String text = prose.text();
        int lineEnd = prose.paragraphEnd(p);
        if (lineEnd - p > 21) {
            return null; // longer than a title even without its stop, and not cut out
        }
        String title = TITLE_STOP.matcher(text.substring(p, lineEnd)).replaceAll("");
        if (title.isEmpty() || title.length() > 20 || SENTENCE_MARK.matcher(title).matches()) {
            return null;
        }
        Kind kind = kind(title);
        if (kind == null || kind == Kind.FUNDS || kind == Kind.INDICATORS || DOCUMENT_TITLE.matcher(title).matches()
                || tableHeader(prose, p, lineEnd) || formCells(prose, lineEnd)) {
            return null;
        }
        return new Heading(kind, Style.NONE, 0, level, p, p, p + title.length(), lineEnd, -1, true);
    }

    /** Words of two characters or more apart on one line: a table's header (情况说明 存在问题 改进措施). */
    private static boolean tableHeader(Prose prose, int start, int end) {
        int word = 0;
        int words = 0;
        for (int k = start; k <= end; k++) {
            if (k == end || (k > start && prose.gapBefore(k))) {
                if (word >= 2) {
                    words++;
                }
                word = 0;
            }
            word++;
        }
        return words >= 2;
    }

    /** Two short lines after a line: a form's cells, one a line (预期目标, 实际完成情况), not a heading's text. */
    private static boolean formCells(Prose prose, int lineEnd) {
        int next = lineEnd + 1;
        for (int n = 0; n < 2; n++) {
            if (next >= prose.length()) {
                return false;
            }
            int end = prose.paragraphEnd(next);
            if (end - next >= 10) {
                return false;
            }
            next = end + 1;
        }
        return true;
    }

    /**
     * {title end, text start} of a heading's title from {@code start}: the first stop (line end, 。, ：, whitespace)
     * where the title so far names a known kind, else the line's end or 。 for a heading at a line's start; null
     * where the words run on as a sentence.
     */
    private static int[] title(Prose prose, int start, boolean lineStart) {
        String text = prose.text();
        int limit = Math.min(text.length(), start + TITLE_MAX + 1);
        int[] firstStop = null;
        for (int k = start; k <= limit; k++) {
            boolean atEnd = k == text.length();
            char c = atEnd ? '\n' : text.charAt(k);
            boolean hard = atEnd || c == '\n' || c == '。' || c == ':' || (c == '.' && !(k > 0 && k + 1 < text.length()
                    && Character.isDigit(text.charAt(k - 1)) && Character.isDigit(text.charAt(k + 1))));
            boolean soft = !hard && k > start + 1 && prose.gapBefore(k);
            if (hard || soft) {
                if (k == start) {
                    return null;
                }
                int body = hard && !atEnd && c != '\n' ? k + 1 : k;
                int[] stop = {k, body};
                // past whitespace, only a title's wrapped tail: (三)年度总体工作和重点 工作任务
                boolean tail = firstStop == null || k - firstStop[0] <= WRAPPED_TAIL;
                if (tail && kind(text.substring(start, k)) != null) {
                    return stop;
                }
                if (firstStop == null) {
                    firstStop = stop;
                }
                if (hard) {
                    break;
                }
            }
            if (!atEnd && (c == '，' || c == ',' || c == ';' || c == '；')) {
                break;
            }
        }
        if (!lineStart || firstStop == null || firstStop[0] - start > TITLE_MAX) {
            return null;
        }
        String title = text.substring(start, firstStop[0]);
        return CLAUSE_MARK.matcher(title).matches() ? null : firstStop;
    }

    private static List<Part> labels(Prose prose, List<Heading> headings) {
        String text = prose.text();
        List<int[]> found = new ArrayList<>(); // kind, start, end of label
        for (int k = 0; k < LABELS.length; k++) {
            Matcher m = LABELS[k].matcher(text);
            for (int from = 0; LABELS[k].find(m, text, from); from = Math.max(m.end(), m.start() + 1)) {
                if (m.end() == m.start()) {
                    continue;
                }
                boolean stated = LABEL_KINDS[k] == Kind.GOALS
                        && !GOAL_REACHED.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).matches();
                if (!stated && !labelMayStart(prose, m.start(), LABEL_KINDS[k], headings)) {
                    continue;
                }
                found.add(new int[] {k, m.start(), m.end()});
            }
        }
        found.sort((a, b) -> Integer.compare(a[1], b[1]));
        List<Part> parts = new ArrayList<>();
        int labelIndex = 0;
        int headingIndex = 0;
        for (int i = 0; i < found.size(); i++) {
            int[] label = found.get(i);
            int bodyStart = label[2];
            labelIndex = Math.max(labelIndex, i + 1);
            while (labelIndex < found.size() && found.get(labelIndex)[1] < bodyStart) {
                labelIndex++;
            }
            int nextLabel = labelIndex < found.size() ? found.get(labelIndex)[1] : text.length();
            while (headingIndex < headings.size() && headings.get(headingIndex).start() < bodyStart) {
                headingIndex++;
            }
            int nextHeading = headingIndex < headings.size() ? headings.get(headingIndex).start() : text.length();
            int limit = Math.min(nextLabel, nextHeading);
            int end = Math.min(limit, prose.paragraphEnd(bodyStart));
            if (prose.original(bodyStart, end).isBlank()) {
                end = limit;
            }
            // a paragraph that stops mid-sentence (a page number, a lost line end) goes on in the next
            while (end < limit && end > bodyStart && "。;.!?".indexOf(prose.charAt(end - 1)) < 0
                    && end - bodyStart < 400) {
                end = Math.min(limit, prose.paragraphEnd(end + 1));
            }
            if (end > bodyStart) {
                parts.add(new Part(LABEL_KINDS[label[0]], bodyStart, end, true));
            }
        }
        return parts;
    }

    private static boolean labelMayStart(Prose prose, int at, Kind kind, List<Heading> headings) {
        if (at == 0 || prose.startsLine(at) || prose.gapBefore(at)) {
            return true;
        }
        char before = prose.charAt(at - 1);
        if ("。;!?.:，,、)".indexOf(before) >= 0) {
            return true;
        }
        if ((kind == Kind.FUNCTIONS || kind == Kind.GOALS) && before == '的') {
            return true;
        }
        for (Heading h : headings) {
            if (h.bodyStart() == at || h.titleStart() == at) {
                return true;
            }
        }
        return false;
    }
}
