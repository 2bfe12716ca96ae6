package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Department;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.GoalChecks;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.jixiao.document.PlannedTask;
import org.jixiao.document.Severity;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;

/**
 * A 绩效目标申报表 read from its cells into a goal sheet: the project's or the department's, as {@code render} prints
 * it and as a unit types it (cells of other widths, levels merged down, the money in 元, blank rows, 指标值 written
 * ≥95%). Fields are found by their labels, never by position: a label and its value in the next cell or after a colon
 * (项目名称 | 社区文化活动, 实施期限：2026年1月至2026年12月); the money by 年度资金总额, 其中：财政拨款 and 其他资金, beside
 * them or under them; 中长期目标 and 年度目标 beside or under their heads; 部门职能 one a row or numbered in one cell;
 * 年度主要任务 and the indicators under the heads of their tables, each column by its head's words, a level left blank
 * carried down from the row above.
 *
 * <p>A figure that is not a figure is left empty, with a warning naming its line (第 9 行); a figure is taken only
 * beside its own label, and where one label stands twice in a row (中期 and 年度 side by side under one heading) its
 * figures are left to the reader. Where a PDF's table goes on to the next page, a row there without its levels and
 * targets (or a task without its name and budget, a text without its label) is the rest of the row cut by the page,
 * and joins it.
 */
final class GoalSheetReader {

    private static final Pattern TITLE = Pattern.compile("绩效目标(?:申报)?表");
    /** A title of another form that names goals: 绩效目标自评表, 绩效目标完成情况表. */
    private static final Pattern OTHER_FORM = Pattern.compile("自评|评价|完成情况|实际完成|完成值");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern YEAR_ROW = Pattern.compile("^[（(]?((?:19|20)\\d{2})年度?[）)]?$");
    /** 单位：元 in a cell of its own, or （单位：万元） after a title: what the figures without a unit are in. */
    private static final Pattern UNIT_CELL = Pattern.compile("^[（(]?(?:金额)?单位[:：]?(万元|元)[）)]?$");
    private static final Pattern UNIT_NOTE = Pattern.compile("[（(](?:金额)?单位[:：]?(万元|元)[）)]");
    private static final Pattern MARKER = Pattern.compile("^(?:(\\d{1,2}) ?[.．、](?![0-9０-９])|[（(](\\d{1,2})[）)])");
    private static final Pattern BASIS = Pattern.compile("^(历史标准|行业标准|计划标准|其他)(.*)$", Pattern.DOTALL);
    private static final Pattern NOTHING = Pattern.compile("[（(]?(?:无|暂无|未填写[^（()）]*)[）)]?|/|／|-|—|——|－");
    private static final Pattern NONE = Pattern.compile("无|/|／|-|—|——|－");
    private static final int HEAD_LINES = 8;

    /** What a cell's words say it is: a field's label, a part's heading, or a label of what a goal sheet does not keep. */
    enum Label {
        PROJECT, PARENT, UNIT, CODE, REGION, PERIOD, YEAR, TOTAL, APPROPRIATION, OTHER, LONG_TERM, ANNUAL, FUNCTIONS,
        FUNDS, GOALS, TASKS, INDICATORS, IGNORED
    }

    /** The heads of the tables: the tasks' and the indicators'. */
    enum Head { LEVEL1, LEVEL2, NAME, ANNUAL, CYCLE, BASIS, TASK_NAME, TASK_CONTENT, TASK_BUDGET }

    private static final Map<String, Label> LABELS = new HashMap<>();
    private static final Map<String, Head> HEADS = new HashMap<>();

    static {
        labels(Label.PROJECT, "项目名称");
        labels(Label.PARENT, "主管部门", "主管部门及代码", "主管单位", "主管部门名称");
        labels(Label.UNIT, "实施单位", "单位名称", "部门名称", "预算单位", "填报单位", "项目实施单位", "预算部门", "部门单位名称");
        labels(Label.CODE, "单位编码", "单位代码", "部门编码", "预算单位编码");
        labels(Label.REGION, "行政区划", "所属区划", "区划");
        labels(Label.PERIOD, "实施期限", "项目期限", "实施周期", "项目实施期限", "项目周期", "起止时间", "项目实施周期");
        labels(Label.YEAR, "预算年度", "申报年度", "年度");
        labels(Label.TOTAL, "年度资金总额", "资金总额", "年度预算总额", "年度预算资金总额", "年度资金合计", "预算总额");
        labels(Label.APPROPRIATION, "财政拨款", "财政资金", "财政拨款资金", "本级财政拨款", "财政预算拨款");
        labels(Label.OTHER, "其他资金", "其他来源资金", "其他来源");
        labels(Label.LONG_TERM, "中长期目标", "中期目标", "长期目标", "实施期目标", "中长期绩效目标", "实施期绩效目标");
        labels(Label.ANNUAL, "年度目标", "年度总体目标", "年度绩效目标", "本年度目标", "年度总目标");
        labels(Label.FUNCTIONS, "部门职能", "部门职能概述", "单位职能", "主要职能", "职能职责", "部门主要职能", "部门职责");
        labels(Label.FUNDS, "项目资金", "年度资金", "部门资金", "资金情况", "预算资金", "项目资金情况", "资金来源");
        labels(Label.GOALS, "总体目标", "绩效目标");
        labels(Label.TASKS, "年度主要任务", "主要任务", "年度重点任务");
        labels(Label.INDICATORS, "绩效指标", "年度绩效指标", "绩效指标表");
        labels(Label.IGNORED, "中期资金总额", "实施期资金总额", "项目负责人", "联系电话", "填报人", "填表人", "审核人",
                "单位负责人", "填报日期", "项目属性", "项目类型", "项目类别", "财务负责人", "金额合计", "合计");
        heads(Head.LEVEL1, "一级指标");
        heads(Head.LEVEL2, "二级指标");
        heads(Head.NAME, "三级指标", "指标名称", "绩效指标名称");
        heads(Head.ANNUAL, "年度指标值", "指标值", "年度目标值", "目标值", "年度指标");
        heads(Head.CYCLE, "实施周期指标值", "中期指标值", "实施期指标值", "中长期指标值", "实施周期目标值");
        heads(Head.BASIS, "指标值设定依据", "设定依据", "指标值设定依据及数据来源", "指标设定依据", "指标值确定依据", "依据");
        heads(Head.TASK_NAME, "任务名称", "任务");
        heads(Head.TASK_CONTENT, "主要内容", "任务内容", "内容");
        heads(Head.TASK_BUDGET, "预算金额", "预算数", "金额", "预算", "资金");
    }

    private static void labels(Label label, String... words) {
        for (String word : words) {
            LABELS.put(word, label);
        }
    }

    private static void heads(Head head, String... words) {
        for (String word : words) {
            HEADS.put(word, head);
        }
    }

    private GoalSheetReader() {
    }

    /**
     * Whether the text is a goal sheet's: its title in the first lines (2026年度项目支出绩效目标申报表, 部门整体支出绩效目标表),
     * not a form of results (绩效目标自评表, 绩效目标完成情况表); or, without a title, a table whose targets have their
     * 指标值设定依据 and no result of any kind.
     */
    static boolean recognises(String text) {
        return titleLine(text) != null || (text.contains("设定依据") && !OTHER_FORM.matcher(Chars.parseView(text)).find()
                && !text.contains("得分"));
    }

    /** The title's line among the first lines of the text, canonical, or null. */
    static String titleLine(String text) {
        int seen = 0;
        for (String line : text.split("[\\n\\f]")) {
            String canonical = Chars.canonical(line.replace('\t', ' '));
            if (canonical.isEmpty()) {
                continue;
            }
            String view = Chars.parseView(canonical);
            if (TITLE.matcher(view).find() && !OTHER_FORM.matcher(view).find()) {
                return canonical;
            }
            if (++seen >= HEAD_LINES) {
                break;
            }
        }
        return null;
    }

    /**
     * @param text  the file's running text, where the title stands (a PDF's or a DOCX's lines above the table)
     * @param grids the tables, in order
     * @param paged whether a grid goes on with the table of the one before (a PDF's pages)
     */
    static GoalSheetReading read(String text, List<Grid> grids, boolean paged) {
        boolean titled = grids.stream().flatMap(g -> g.rows().stream())
                .anyMatch(row -> TITLE.matcher(Chars.parseView(String.join("", row))).find());
        Reading reading = new Reading(text, !titled);
        for (int g = 0; g < grids.size(); g++) {
            boolean pageStart = paged && g > 0;
            for (List<String> cells : grids.get(g).rows()) {
                if (cells.stream().allMatch(String::isBlank)) {
                    reading.blank();
                    continue;
                }
                reading.row(cells, pageStart);
                pageStart = false;
            }
        }
        return reading.result();
    }

    /** A cell's label and the value written in it after a colon; the unit (元) its note names. */
    private record Labelled(Label label, String inline, boolean yuan) {
    }

    /** Where the heads of a table stand: each head's first column, in order. */
    private record Columns(int[] starts, Head[] heads) {

        /** The head of the column a cell at {@code column} stands under, or null left of the table. */
        Head at(int column) {
            Head found = null;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] <= column) {
                    found = heads[i];
                }
            }
            return found;
        }
    }

    private enum Section { NONE, HEAD, TEXT, GOALS, FUNCTIONS, TASKS, INDICATORS, FUNDS_COLUMNS }

    /** The reading of one sheet, row by row. */
    private static final class Reading {

        private final List<String> display = new ArrayList<>();
        private final List<Finding> warnings = new ArrayList<>();
        private final Map<Label, String> texts = new EnumMap<>(Label.class);
        private final Map<Label, BigDecimal> amounts = new EnumMap<>(Label.class);
        private final List<String> functions = new ArrayList<>();
        private final List<PlannedTask> tasks = new ArrayList<>();
        private final List<GoalIndicator> indicators = new ArrayList<>();
        private final String title;
        private Integer year;
        private boolean yuan;
        private boolean fundsYuan;
        private Section section = Section.NONE;
        private Label lastField;
        private Label textField;
        private Columns columns;
        private Map<Integer, Label> goalColumns = Map.of();
        private Map<Integer, Labelled> fundsColumns = Map.of();
        private int line;
        /** The amounts whose label stands twice in the row being read, said once. */
        private final Set<Label> doubled = EnumSet.noneOf(Label.class);

        /**
         * @param showTitle whether the title stands above the tables (a document's, a PDF's), not in them (a sheet's
         *                  first row, a text's first line): the lines counted are then the title's and the rows'
         */
        Reading(String text, boolean showTitle) {
            title = titleLine(text);
            if (title != null && showTitle) {
                display.add(title);
            }
            if (title != null) {
                Matcher year = YEAR.matcher(Chars.parseView(title));
                if (year.find()) {
                    this.year = Integer.valueOf(year.group(1));
                }
            }
            Matcher unit = title == null ? null : UNIT_NOTE.matcher(Chars.parseView(title));
            yuan = unit != null && unit.find() && unit.group(1).equals("元");
        }

        /** A blank row: a line of its own, so that lines are counted as a text's lines and a sheet's rows are. */
        void blank() {
            display.add("");
        }

        void row(List<String> cells, boolean pageStart) {
            display.add(String.join("\t", cells).strip());
            line = display.size();
            String whole = Chars.parseView(String.join("", cells));
            if (TITLE.matcher(whole).find() && nonBlank(cells) == 1) {
                return; // the title, in a workbook's first row
            }
            Matcher yearRow = YEAR_ROW.matcher(whole);
            if (yearRow.matches()) {
                year = year == null ? Integer.valueOf(yearRow.group(1)) : year;
                return;
            }
            boolean unitStated = false;
            for (String cell : cells) {
                Matcher unit = UNIT_CELL.matcher(Chars.parseView(cell));
                if (unit.matches()) {
                    yuan = unit.group(1).equals("元");
                    unitStated = true;
                }
            }
            if (unitStated && nonBlank(cells) == 1) {
                return;
            }
            boolean labelled = label(firstFilled(cells)) != null;
            Columns indicatorHeads = heads(cells, true);
            Columns taskHeads = heads(cells, false);
            if (pageStart && !labelled && indicatorHeads == null && taskHeads == null && continues(cells)) {
                return;
            }
            if (indicatorHeads != null) {
                section = Section.INDICATORS;
                columns = indicatorHeads;
                return;
            }
            if (taskHeads != null) {
                section = Section.TASKS;
                columns = taskHeads;
                return;
            }
            if (goalHeads(cells) || fundsHeads(cells)) {
                return;
            }
            if (labelled) {
                fields(cells);
                return;
            }
            body(cells);
        }

        // ---- the heads of the parts

        /** The indicators' heads (≥2 of them, a name's or a target's among them) or the tasks' (任务名称 and another). */
        private Columns heads(List<String> cells, boolean indicator) {
            List<Integer> starts = new ArrayList<>();
            List<Head> heads = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                Head head = HEADS.get(key(cells.get(c)));
                boolean ofIndicators = head != null && head.ordinal() <= Head.BASIS.ordinal();
                if (head != null && ofIndicators == indicator) {
                    starts.add(c);
                    heads.add(head);
                }
            }
            if (heads.size() < 2) {
                return null;
            }
            boolean enough = indicator ? heads.contains(Head.NAME) || heads.contains(Head.ANNUAL)
                    : heads.contains(Head.TASK_NAME);
            if (!enough) {
                return null;
            }
            return new Columns(starts.stream().mapToInt(Integer::intValue).toArray(), heads.toArray(Head[]::new));
        }

        /** 总体目标 | 中长期目标 | 年度目标: heads alone, the texts in the rows under them. */
        private boolean goalHeads(List<String> cells) {
            Map<Integer, Labelled> goals = columnHeads(cells, Label.GOALS, Set.of(Label.LONG_TERM, Label.ANNUAL));
            if (goals == null || goals.isEmpty()) {
                return false;
            }
            section = Section.GOALS;
            goalColumns = new HashMap<>();
            goals.forEach((column, head) -> goalColumns.put(column, head.label()));
            return true;
        }

        /** 年度资金总额 | 财政拨款 | 其他资金 as heads, the figures in the row under them. */
        private boolean fundsHeads(List<String> cells) {
            Map<Integer, Labelled> funds = columnHeads(cells, Label.FUNDS,
                    Set.of(Label.TOTAL, Label.APPROPRIATION, Label.OTHER));
            if (funds == null || funds.size() < 2) {
                return false;
            }
            for (String cell : cells) {
                Labelled labelled = cell.isBlank() ? null : label(cell);
                if (labelled != null && labelled.label() == Label.FUNDS) {
                    fundsYuan = labelled.yuan();
                }
            }
            section = Section.FUNDS_COLUMNS;
            fundsColumns = funds;
            return true;
        }

        /**
         * A row of bare labels heading the columns under it: those of {@code columns} by their column, the group's
         * own label (资金, 绩效目标) allowed beside them; null where any cell holds a value or another label.
         */
        private Map<Integer, Labelled> columnHeads(List<String> cells, Label group, Set<Label> columns) {
            Map<Integer, Labelled> heads = new HashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).isBlank()) {
                    continue;
                }
                Labelled labelled = label(cells.get(c));
                if (labelled == null || labelled.inline() != null) {
                    return null;
                }
                if (columns.contains(labelled.label())) {
                    heads.put(c, labelled);
                } else if (labelled.label() != group) {
                    return null;
                }
            }
            return heads;
        }

        // ---- labelled rows

        /** Each label of the row with its value: after its colon, or the next cell that is no label. */
        private void fields(List<String> cells) {
            section = Section.HEAD;
            doubled.clear();
            boolean[] taken = new boolean[cells.size()];
            Map<Label, Integer> seen = new EnumMap<>(Label.class);
            for (int c = 0; c < cells.size(); c++) {
                Labelled labelled = taken[c] ? null : label(cells.get(c));
                if (labelled != null) {
                    seen.merge(labelled.label(), 1, Integer::sum);
                }
            }
            for (int c = 0; c < cells.size(); c++) {
                if (taken[c] || cells.get(c).isBlank()) {
                    continue;
                }
                Labelled labelled = label(cells.get(c));
                if (labelled == null) {
                    continue;
                }
                String value = labelled.inline();
                if (value == null) {
                    for (int next = c + 1; next < cells.size(); next++) {
                        if (cells.get(next).isBlank()) {
                            continue;
                        }
                        if (label(cells.get(next)) == null) {
                            value = cells.get(next);
                            taken[next] = true;
                        }
                        break;
                    }
                }
                field(labelled, value, cells.get(c), seen.get(labelled.label()) > 1);
            }
        }

        private void field(Labelled labelled, String value, String labelText, boolean twice) {
            Label label = labelled.label();
            switch (label) {
                case PROJECT, PARENT, UNIT, CODE, REGION, PERIOD -> {
                    text(label, value);
                    lastField = label;
                }
                case YEAR -> {
                    Matcher m = Pattern.compile("(?:19|20)\\d{2}").matcher(value == null ? "" : Chars.parseView(value));
                    if (m.find() && year == null) {
                        year = Integer.valueOf(m.group());
                    }
                }
                case TOTAL, APPROPRIATION, OTHER -> {
                    lastField = null;
                    if (twice) {
                        if (doubled.add(label)) {
                            uncertain(path(label), "“" + Chars.canonical(labelText) + "”在同一行出现两次，不能确定哪一个是年度的金额");
                        }
                    } else {
                        amount(label, value, labelled.yuan());
                    }
                }
                case LONG_TERM, ANNUAL -> {
                    text(label, value);
                    section = Section.TEXT;
                    textField = label;
                }
                case GOALS -> {
                    if (value != null) {
                        text(Label.ANNUAL, value);
                        section = Section.TEXT;
                        textField = Label.ANNUAL;
                    }
                }
                case FUNCTIONS -> {
                    section = Section.FUNCTIONS;
                    if (value != null) {
                        function(value);
                    }
                }
                case FUNDS -> fundsYuan = labelled.yuan();
                case TASKS -> {
                    section = Section.TASKS;
                    columns = null;
                }
                case INDICATORS -> {
                    section = Section.INDICATORS;
                    columns = null;
                }
                case IGNORED -> lastField = null;
            }
        }

        private void text(Label label, String value) {
            String text = blankish(value) ? null : value.strip();
            if (text == null) {
                return;
            }
            if (texts.containsKey(label) && !texts.get(label).equals(text)) {
                warn(FindingCode.UNCERTAIN_FIGURE, path(label), "又写了一个" + labelName(label) + "“" + text + "”，保留先出现的“"
                        + texts.get(label) + "”");
                return;
            }
            texts.put(label, text);
        }

        private void amount(Label label, String value, boolean labelYuan) {
            if (value == null || value.isBlank() || NONE.matcher(Chars.parseView(value)).matches()) {
                warn(FindingCode.MISSING_FIELD, path(label), labelName(label) + "未填写");
                return;
            }
            boolean inYuan = labelYuan || fundsYuan || yuan;
            BigDecimal amount = Amounts.cellNumber(value, inYuan ? Amounts.Unit.YUAN : Amounts.Unit.WAN);
            if (amount == null) {
                uncertain(path(label), labelName(label) + "“" + Chars.canonical(value) + "”不是金额");
                return;
            }
            if (!amounts.containsKey(label)) {
                amounts.put(label, amount);
                return;
            }
            BigDecimal before = amounts.get(label);
            if (before != null && before.compareTo(amount) != 0) {
                uncertain(path(label), labelName(label) + "写了两次（" + before.toPlainString() + " 与 "
                        + amount.toPlainString() + " 万元），不能确定是哪一个");
                // left empty for good: a third writing agreeing with one of the two does not settle which is right
                amounts.put(label, null);
            }
        }

        // ---- rows under a part's heads

        private void body(List<String> cells) {
            switch (section) {
                case TEXT -> {
                    String more = joined(cells);
                    texts.merge(textField, more, (a, b) -> a + "\n" + b);
                }
                case GOALS -> {
                    for (int c = 0; c < cells.size(); c++) {
                        Label goal = goalAt(c);
                        if (goal != null && !cells.get(c).isBlank()) {
                            texts.merge(goal, cells.get(c), (a, b) -> a + "\n" + b);
                        }
                    }
                }
                case FUNCTIONS -> function(joined(cells));
                case TASKS -> task(cells);
                case INDICATORS -> indicator(cells);
                case FUNDS_COLUMNS -> {
                    for (Map.Entry<Integer, Labelled> head : fundsColumns.entrySet()) {
                        int c = head.getKey();
                        int next = fundsColumns.keySet().stream().filter(k -> k > c).min(Integer::compare)
                                .orElse(cells.size());
                        StringBuilder value = new StringBuilder();
                        for (int k = c; k < next && k < cells.size(); k++) {
                            value.append(cells.get(k));
                        }
                        Labelled labelled = head.getValue();
                        amount(labelled.label(), value.toString(), labelled.yuan());
                    }
                    section = Section.HEAD;
                }
                case NONE, HEAD -> {
                    // a row of no part: a note, a signature line
                }
            }
        }

        /** The goal whose head stands over the column, or null. */
        private Label goalAt(int column) {
            Label found = null;
            int start = -1;
            for (Map.Entry<Integer, Label> head : goalColumns.entrySet()) {
                if (head.getKey() <= column && head.getKey() > start) {
                    start = head.getKey();
                    found = head.getValue();
                }
            }
            return found;
        }

        /** One duty, or several numbered in one cell. */
        private void function(String cell) {
            if (blankish(cell)) {
                return;
            }
            String text = cell.strip();
            List<NumberedItems.Item> items = NumberedItems.find(text, position -> false);
            if (items.size() >= 2) {
                functions.addAll(NumberedItems.texts(text));
                return;
            }
            functions.add(withoutMarker(text, functions.size() + 1));
        }

        /** The text without its leading number where it is the number expected (1. for the first duty). */
        private static String withoutMarker(String text, int expected) {
            Matcher m = MARKER.matcher(text);
            if (m.find()) {
                String number = m.group(1) != null ? m.group(1) : m.group(2);
                if (Integer.parseInt(number) == expected && m.end() < text.length()) {
                    return text.substring(m.end()).strip();
                }
            }
            return text;
        }

        private static boolean startsWithMarker(String text, int expected) {
            Matcher m = MARKER.matcher(text);
            if (!m.find()) {
                return false;
            }
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            return Integer.parseInt(number) == expected;
        }

        private void task(List<String> cells) {
            if (columns == null) {
                return;
            }
            Map<Head, String> row = byHead(cells);
            String name = row.get(Head.TASK_NAME);
            String content = row.get(Head.TASK_CONTENT);
            String budgetText = row.get(Head.TASK_BUDGET);
            if (name == null && content == null && budgetText == null) {
                return;
            }
            int index = tasks.size();
            BigDecimal budget = null;
            if (budgetText != null && !NONE.matcher(Chars.parseView(budgetText)).matches()) {
                budget = Amounts.cellNumber(budgetText, yuan || fundsYuan ? Amounts.Unit.YUAN : Amounts.Unit.WAN);
                if (budget == null) {
                    uncertain("tasks[" + index + "].budget", "任务“" + (name == null ? "" : name) + "”的预算金额“"
                            + budgetText + "”不是金额");
                }
            }
            tasks.add(new PlannedTask(name == null ? null : HiddenCharacters.strip(name), blankish(content) ? null : content,
                    budget));
        }

        private void indicator(List<String> cells) {
            if (columns == null) {
                return;
            }
            Map<Head, String> row = byHead(cells);
            String name = row.get(Head.NAME);
            String level1Text = row.get(Head.LEVEL1);
            String level2Text = row.get(Head.LEVEL2);
            String annualText = row.get(Head.ANNUAL);
            String cycleText = row.get(Head.CYCLE);
            String basisText = row.get(Head.BASIS);
            if (name == null && annualText == null && cycleText == null && basisText == null) {
                // levels alone: a row of the levels' merged cells, or a subtotal; nothing of an indicator
                return;
            }
            int index = indicators.size();
            GoalIndicator previous = indicators.isEmpty() ? null : indicators.get(index - 1);
            IndicatorCategory level1;
            boolean carried = false;
            if (level1Text == null) {
                level1 = previous == null ? null : previous.level1();
                carried = previous != null;
            } else if (NONE.matcher(Chars.parseView(level1Text)).matches()) {
                level1 = null;
            } else {
                level1 = IndicatorLevels.category(level1Text);
                if (level1 == null) {
                    uncertain("indicators[" + index + "].level1", "一级指标“" + level1Text + "”不是产出、效益、满意度或成本指标");
                }
            }
            IndicatorSubcategory level2;
            if (level2Text == null) {
                // a second level merged down stays within its first level
                boolean sameFirst = carried || (previous != null && previous.level1() == level1);
                level2 = sameFirst && previous != null ? previous.level2() : null;
            } else if (NONE.matcher(Chars.parseView(level2Text)).matches()) {
                level2 = null;
            } else {
                level2 = IndicatorLevels.subcategory(level2Text);
                if (level2 == null) {
                    uncertain("indicators[" + index + "].level2", "二级指标“" + level2Text + "”无法识别");
                }
            }
            Target annual = target(annualText);
            if (annual == null) {
                warn(FindingCode.MISSING_FIELD, "$.indicators[" + index + "].annualTarget",
                        "指标" + (name == null ? "" : "“" + name + "”") + "未填写年度指标值");
            }
            indicators.add(withBasis(new GoalIndicator(level1, level2,
                    name == null ? null : HiddenCharacters.strip(name), target(cycleText), annual, null, null, null),
                    basisText));
        }

        private static TargetBasis basisOf(String word) {
            for (TargetBasis basis : TargetBasis.values()) {
                if (basis.label().equals(word)) {
                    return basis;
                }
            }
            return null;
        }

        private static Target target(String text) {
            if (text == null || NONE.matcher(Chars.parseView(text)).matches()) {
                return null;
            }
            return Target.parse(text);
        }

        /** The row's cells by the heads they stand under, several under one head joined; blank ones left out. */
        private Map<Head, String> byHead(List<String> cells) {
            Map<Head, String> row = new EnumMap<>(Head.class);
            for (int c = 0; c < cells.size(); c++) {
                Head head = columns.at(c);
                if (head != null && !cells.get(c).isBlank()) {
                    row.merge(head, cells.get(c), String::concat);
                }
            }
            return row;
        }

        // ---- a row cut by the page

        /**
         * Whether the first row of a page is the rest of the last row of the one before, and so joins it: a text
         * without its label; a duty not numbered as the next; a task without its name and budget; an indicator
         * without its levels and targets.
         */
        private boolean continues(List<String> cells) {
            switch (section) {
                case HEAD -> {
                    if (lastField == null || !texts.containsKey(lastField)) {
                        return false;
                    }
                    texts.merge(lastField, joined(cells), String::concat);
                    return true;
                }
                case TEXT -> {
                    texts.merge(textField, joined(cells), String::concat);
                    return true;
                }
                case GOALS -> {
                    for (int c = 0; c < cells.size(); c++) {
                        Label goal = goalAt(c);
                        if (goal != null && !cells.get(c).isBlank()) {
                            texts.merge(goal, cells.get(c), String::concat);
                        }
                    }
                    return true;
                }
                case FUNCTIONS -> {
                    String text = joined(cells);
                    if (functions.isEmpty() || startsWithMarker(text, functions.size() + 1)) {
                        return false;
                    }
                    int last = functions.size() - 1;
                    functions.set(last, functions.get(last) + text);
                    return true;
                }
                case TASKS -> {
                    if (columns == null || tasks.isEmpty()) {
                        return false;
                    }
                    Map<Head, String> row = byHead(cells);
                    if (row.containsKey(Head.TASK_NAME) || row.containsKey(Head.TASK_BUDGET)) {
                        return false;
                    }
                    PlannedTask last = tasks.get(tasks.size() - 1);
                    String content = row.get(Head.TASK_CONTENT);
                    tasks.set(tasks.size() - 1, new PlannedTask(last.name(),
                            last.content() == null ? content : content == null ? last.content() : last.content() + content,
                            last.budget()));
                    return true;
                }
                case INDICATORS -> {
                    if (columns == null || indicators.isEmpty()) {
                        return false;
                    }
                    Map<Head, String> row = byHead(cells);
                    if (row.containsKey(Head.LEVEL1) || row.containsKey(Head.LEVEL2) || row.containsKey(Head.ANNUAL)
                            || row.containsKey(Head.CYCLE)) {
                        return false;
                    }
                    GoalIndicator last = indicators.get(indicators.size() - 1);
                    String name = join(last.name(), row.get(Head.NAME));
                    String basisText = join(GoalSheetReader.basisText(last), row.get(Head.BASIS));
                    // its levels and targets as they were, its name and basis made whole
                    GoalIndicator whole = new GoalIndicator(last.level1(), last.level2(), name, last.cycleTarget(),
                            last.annualTarget(), null, null, null);
                    indicators.remove(indicators.size() - 1);
                    indicators.add(withBasis(whole, basisText));
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        /**
         * The indicator with the basis its cell states: 历史标准, 行业标准, 计划标准 or 其他 first, then what it rests on
         * after a colon or a comma or in brackets (历史标准：上年56场, 行业标准（国家规范）); any other words are the
         * basis in words alone (其他单位同类项目 is no 其他).
         */
        private static GoalIndicator withBasis(GoalIndicator indicator, String basisText) {
            TargetBasis basis = null;
            String note = basisText;
            Matcher m = basisText == null ? null : BASIS.matcher(basisText);
            if (m != null && m.matches()) {
                String rest = m.group(2);
                char first = rest.isEmpty() ? 0 : rest.charAt(0);
                if (rest.isEmpty()) {
                    basis = basisOf(m.group(1));
                    note = null;
                } else if ("：:，,。；;".indexOf(first) >= 0 || Character.isWhitespace(first)) {
                    basis = basisOf(m.group(1));
                    note = rest.substring(1);
                } else if ((first == '（' || first == '(') && (rest.endsWith("）") || rest.endsWith(")"))) {
                    basis = basisOf(m.group(1));
                    note = rest.substring(1, rest.length() - 1);
                }
            }
            return new GoalIndicator(indicator.level1(), indicator.level2(), indicator.name(),
                    indicator.cycleTarget(), indicator.annualTarget(), basis, note, null);
        }

        private static String join(String a, String b) {
            return a == null ? b : b == null ? a : a + b;
        }

        // ---- the sheet

        GoalSheetReading result() {
            Kind kind = kind();
            String unit = name(Label.UNIT);
            String parent = name(Label.PARENT);
            String code = name(Label.CODE);
            String region = name(Label.REGION);
            Department department = unit == null && parent == null && code == null && region == null ? null
                    : new Department(unit, code, region, parent, null);
            GoalFunds funds = new GoalFunds(amounts.get(Label.TOTAL), amounts.get(Label.APPROPRIATION),
                    amounts.get(Label.OTHER));
            String project = kind == Kind.PROJECT ? name(Label.PROJECT) : null;
            if (year == null) {
                warnings.add(Finding.at(FindingCode.MISSING_FIELD, Severity.WARNING, "$.fiscalYear",
                        "未找到预算年度（标题如“2026年度项目支出绩效目标申报表”）", null));
            }
            GoalSheet sheet = new GoalSheet(GoalSheet.SCHEMA, kind, year, department, project, texts.get(Label.PERIOD),
                    funds, functions, tasks, texts.get(Label.LONG_TERM), texts.get(Label.ANNUAL), indicators, null);
            // what no stored sheet may hold (a name too long, a hidden character) said too: the sheet is as the file has it
            for (Finding format : GoalChecks.format(sheet)) {
                warnings.add(Finding.at(FindingCode.valueOf(format.code()), Severity.WARNING, format.path(),
                        format.message(), null));
            }
            while (!display.isEmpty() && display.get(display.size() - 1).isEmpty()) {
                display.remove(display.size() - 1);
            }
            return new GoalSheetReading(sheet, String.join("\n", display) + "\n", warnings);
        }

        private Kind kind() {
            String view = title == null ? "" : Chars.parseView(title);
            if (view.contains("整体支出") || view.contains("部门整体") || view.contains("单位整体")) {
                return Kind.DEPARTMENT_OVERALL;
            }
            if (view.contains("项目")) {
                return Kind.PROJECT;
            }
            if (texts.containsKey(Label.PROJECT)) {
                return Kind.PROJECT;
            }
            if (!functions.isEmpty() || !tasks.isEmpty()) {
                return Kind.DEPARTMENT_OVERALL;
            }
            warnings.add(Finding.at(FindingCode.MISSING_FIELD, Severity.WARNING, "$.kind",
                    "未能确定是项目支出还是部门整体支出绩效目标申报表", null));
            return null;
        }

        /** A name as read, without the characters that are not seen, which the format refuses in names. */
        private String name(Label label) {
            String text = texts.get(label);
            return text == null ? null : HiddenCharacters.strip(text);
        }

        private void uncertain(String path, String what) {
            warnings.add(Finding.at(FindingCode.UNCERTAIN_FIGURE, Severity.WARNING, path.startsWith("$") ? path : "$." + path,
                    "第 " + line + " 行：" + what + "，未填入，请对照原文核实", null));
        }

        private void warn(FindingCode code, String path, String what) {
            warnings.add(Finding.at(code, Severity.WARNING, path, "第 " + line + " 行：" + what, null));
        }

        private static String path(Label label) {
            return switch (label) {
                case TOTAL -> "$.funds.total";
                case APPROPRIATION -> "$.funds.appropriation";
                case OTHER -> "$.funds.other";
                case PROJECT -> "$.project";
                case PERIOD -> "$.period";
                case LONG_TERM -> "$.longTermGoal";
                case ANNUAL -> "$.annualGoal";
                case UNIT -> "$.department.name";
                case PARENT -> "$.department.parent";
                case CODE -> "$.department.code";
                case REGION -> "$.department.region";
                default -> "$";
            };
        }

        private static String labelName(Label label) {
            return switch (label) {
                case TOTAL -> "年度资金总额";
                case APPROPRIATION -> "财政拨款";
                case OTHER -> "其他资金";
                case PROJECT -> "项目名称";
                case PERIOD -> "实施期限";
                case LONG_TERM -> "中长期目标";
                case ANNUAL -> "年度目标";
                case UNIT -> "单位名称";
                case PARENT -> "主管部门";
                case CODE -> "单位编码";
                case REGION -> "行政区划";
                default -> label.name();
            };
        }
    }

    private static final Pattern GAP = Pattern.compile(" {2,}|\u3000+");

    /**
     * A goal sheet typed as text: one row a line, cells between tabs (a table copied from a spreadsheet, each cell in
     * its column), or between two spaces or more.
     * A line of two heads or more (一级指标  二级指标  三级指标 …) begins a table; a line under it with as many cells
     * as it has heads gives one to each, a line with fewer (a level left blank, as merged) gives each cell to the head
     * it stands under, counting a Chinese character two columns wide as an editor shows it. A line that begins with a
     * label ends the table.
     */
    static Grid spaced(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<int[]> heads = null;
        for (String line : text.split("\\r?\\n|\\r|\\f")) {
            if (line.indexOf('\t') >= 0) {
                // copied from a spreadsheet: a cell between each two tabs, the empty ones too
                List<String> cells = List.of(line.split("\t", -1));
                heads = null;
                rows.add(cells);
                continue;
            }
            List<int[]> spans = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            Matcher gap = GAP.matcher(line);
            int start = 0;
            while (true) {
                boolean found = gap.find();
                int end = found ? gap.start() : line.length();
                String cell = line.substring(start, end).strip();
                if (!cell.isEmpty()) {
                    cells.add(cell);
                    spans.add(new int[] {width(line, 0, start), width(line, 0, end)});
                }
                if (!found) {
                    break;
                }
                start = gap.end();
            }
            if (cells.isEmpty()) {
                rows.add(List.of());
                continue;
            }
            long headCount = cells.stream().filter(c -> HEADS.containsKey(key(c))).count();
            if (headCount >= 2) {
                heads = spans;
                rows.add(cells);
                continue;
            }
            if (heads == null || label(cells.get(0)) != null || cells.size() >= heads.size()) {
                if (heads != null && label(cells.get(0)) != null) {
                    heads = null;
                }
                rows.add(cells);
                continue;
            }
            String[] placed = new String[heads.size()];
            Arrays.fill(placed, "");
            for (int i = 0; i < cells.size(); i++) {
                int best = 0;
                int bestDistance = Integer.MAX_VALUE;
                for (int h = 0; h < heads.size(); h++) {
                    int distance = Math.abs(heads.get(h)[0] - spans.get(i)[0]);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = h;
                    }
                }
                placed[best] = placed[best].isEmpty() ? cells.get(i) : placed[best] + cells.get(i);
            }
            rows.add(List.of(placed));
        }
        return new Grid(rows);
    }

    /** The columns an editor shows the text from {@code from} to {@code to} in: a Chinese character two. */
    private static int width(String line, int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width += Chars.isWide(line.charAt(i)) ? 2 : 1;
        }
        return width;
    }

    /** Whether nothing of a goal sheet was read: no project, unit, money, goal, duty, task or indicator. */
    static boolean nothingRead(GoalSheet sheet) {
        return sheet.project() == null && (sheet.department() == null || sheet.department().name() == null)
                && sheet.funds() == null && sheet.longTermGoal() == null && sheet.annualGoal() == null
                && sheet.functions().isEmpty() && sheet.tasks().isEmpty() && sheet.indicators().isEmpty();
    }

    /** The basis of an indicator as its cell printed it, for joining the rest of a cell cut by the page. */
    private static String basisText(GoalIndicator indicator) {
        String label = indicator.basis() == null ? "" : indicator.basis().label();
        String note = indicator.basisNote() == null ? "" : indicator.basisNote();
        String text = label.isEmpty() || note.isEmpty() ? label + note : label + "：" + note;
        return text.isEmpty() ? null : text;
    }

    /** The label a cell is, with a value after its colon and the unit its note names; null for any other cell. */
    static Labelled label(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String view = Chars.parseView(cell);
        boolean yuan = view.contains("(元)") || view.contains("（元）") || UNIT_NOTE.matcher(view).find()
                && UNIT_NOTE.matcher(view).results().anyMatch(m -> m.group(1).equals("元"));
        String body = view.startsWith("其中") ? view.substring(2).replaceFirst("^[:：]", "") : view;
        Label whole = LABELS.get(key(body));
        if (whole != null) {
            return new Labelled(whole, null, yuan);
        }
        int colon = indexOfColon(body);
        if (colon > 0 && colon < 16) {
            Label label = LABELS.get(key(body.substring(0, colon)));
            if (label != null) {
                // the value as written, from the cell itself: after the label's colon (past 其中：)
                String original = Chars.canonical(cell);
                int from = 0;
                if (original.startsWith("其中")) {
                    from = 2;
                    if (from < original.length() && (original.charAt(from) == ':' || original.charAt(from) == '：')) {
                        from++;
                    }
                }
                int at = indexOfColon(original.substring(from));
                String value = at < 0 ? "" : original.substring(from + at + 1).strip();
                return new Labelled(label, value.isEmpty() ? null : value, yuan);
            }
        }
        return null;
    }

    /** What a form writes where it has nothing to say: 无, （未填写）, —, /. */
    static boolean blankish(String text) {
        return text == null || text.isBlank() || NOTHING.matcher(Chars.parseView(text)).matches();
    }

    private static int indexOfColon(String text) {
        int half = text.indexOf(':');
        int full = text.indexOf('：');
        return half < 0 ? full : full < 0 ? half : Math.min(half, full);
    }

    /** A cell as a label or a head is looked up: no spaces, notes in brackets and a trailing colon dropped. */
    static String key(String cell) {
        return HeaderWords.withoutNotes(Chars.parseView(cell));
    }

    private static String firstFilled(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return null;
    }

    private static int nonBlank(List<String> cells) {
        return (int) cells.stream().filter(c -> !c.isBlank()).count();
    }

    /** A row's cells as one text, in order. */
    private static String joined(List<String> cells) {
        StringBuilder text = new StringBuilder();
        for (String cell : cells) {
            text.append(cell);
        }
        return text.toString().strip();
    }
}
