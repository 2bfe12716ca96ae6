package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Target;
import org.jixiao.extraction.Alignment.Column;
import org.jixiao.extraction.Alignment.Type;
import org.jixiao.extraction.Cells.Cell;
import org.jixiao.extraction.HeaderWords.Role;

/**
 * A form's indicator table read from its cells, however it was flattened. The header's words give the value
 * columns in the form's order (年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, 分值 | 年度指标值 | 全年实际值 | 得分,
 * 指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重 | 全年完成值 | 指标得分 …); where a sheet written on one line has
 * scattered them, the order they first appear in. Then, cell by cell: a level's word (产出指标, 数量指标, 满意度指标,
 * with or without 指标, with its points in brackets) sets the level for the rows below it, as merged cells do; a
 * name opens an indicator (指标1：, ★ and the like dropped); the cells after it, up to the next name, are its
 * values, placed under the columns by {@link Alignment}. Header words met again are skipped, as are sub-rows
 * (其中…) that carry no points of their own. 总分, 合计 or the form's next part ends the table.
 *
 * <p>Where the text has rows (cells between | or tabs, a line a row), a row's first cell after its levels is the
 * name; where it has none (one cell a line), a cell is a name once the row's values are all there, or where it
 * says so (指标3：, ★).
 */
final class IndicatorCells {

    private static final Pattern NAME_MARK = Pattern.compile("^(?:指标\\d+[:：.、]?|\\d{1,2}[.、](?!\\d)|[★☆*]+)");
    private static final Pattern NAME_MARK_STRICT = Pattern.compile("^指标\\d+[:：.、]");
    private static final Pattern LEVEL_THEN_NAME = Pattern.compile(
            "^((?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)(?:指标)?)(指标\\d+[:：.、].+)$");
    private static final Pattern NOTE = Pattern.compile("^\\(?\\d+(?:\\.\\d+)?分\\)?$|^\\(\\d+分$");
    private static final Pattern VALUE_FIGURE = Pattern.compile("^[≥≤><=]?\\d");
    /** Scraps of a header a sheet's narrow cells broke up (年度 | 实际 | 指标值): no name, no value. */
    private static final Set<String> FRAGMENTS = Set.of("年度", "实际", "指标", "一级", "二级", "三级", "年度总", "体目标",
            "绩效", "绩效指标", "年度总体目标", "总体目标", "目标", "完成值", "指标值", "县级", "市级", "等");
    private static final Pattern END = Pattern.compile(
            "^(?:总分|合计|总计|自评总分|综合得分|总得分|评价结论|说明[:：]|注[:：]|备注[:：]|填报人|联系人|审核人|单位负责人|"
                    + "财务负责人|项目负责人|填表人|资金管理情况|存在问题|主要问题|改进措施|[一二三四五六七八九十]+、"
                    + "|\\([一二三四五六七八九十]{1,3}\\)\\p{IsHan}{2})");
    private static final Pattern LEVEL1 = Pattern.compile(
            "^(?:项目)?(产出|效益|效果|满意度|成本|决策|过程|管理|投入|规划|执行)(?:指标)?(?:\\(\\d+(?:\\.\\d+)?分?\\))?$");
    /** An indicator written with its target in one cell: 足额保障率=100%, 科目调整次数≤10次. */
    private static final Pattern NAME_AND_TARGET = Pattern.compile(
            "^(\\D[^=≥≤<>]{1,40}?)((?:=|≥|≤|>=|<=|>|<)\\s*\\d+(?:\\.\\d+)?\\s*(?:%|[\\p{IsHan}]{1,3})?)$");
    /** How the form says points are given (定量指标计算：…, 评分标准：…): a note inside the table, no row. */
    private static final Pattern SCORING_NOTE = Pattern.compile(
            "^(?:定量|定性)指标(?:计算|计分|评分)|^(?:计分|评分|得分)(?:方法|标准|规则|说明)[:：]"
                    // a rule's points: 1、…是否真实(1分)；2、…(1分), 得3分, 扣0.5分, 不得分
                    + "|\\(\\d+(?:\\.\\d+)?分\\).*\\(\\d+(?:\\.\\d+)?分|[得扣]\\d+(?:\\.\\d+)?分|不得分|扣完为止");
    /**
     * The second levels of the framework's 决策 and 过程 that name no subcategory of the document's (产出数量 … are
     * left out: some provinces name rows so).
     */
    private static final Pattern FRAMEWORK_LEVEL2 = Pattern.compile("^(?:项目立项|绩效目标|绩效目标(?:指标)?管理|资金投入|资金管理|组织实施|"
            + "财务管理|业务管理|资金分配|资金到位|决策过程|基础信息|工作计划|预算执行|预算管理|预算编制|预算配置|资产管理|"
            + "人员管理|结转结余|职责履行|履职效益|绩效管理|运行成本|管理效率)"
            + "(?:\\(\\d+(?:\\.\\d+)?分?\\))?$");
    private static final Pattern LEVEL_HALF = Pattern.compile("^[一二三]级$");
    /** A part's numbered heading ((三)存在的问题和原因, 四、…): it ends the table even where it speaks of reasons. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^(?:\\([一二三四五六七八九十]{1,3}\\)|[一二三四五六七八九十]+、)");
    private static final Pattern SPACED_UNIT = Pattern.compile("^(\\d+(?:\\.\\d+)?)(\\s+)(\\S{1,6})$");
    private static final Pattern SUB_ROW = Pattern.compile("^其中[:：]?");
    /** A group of indicators numbered as a list's heading: 一、示范区建立. */
    private static final Pattern GROUP_MARK = Pattern.compile("^[一二三四五六七八九十]+、");
    /** An item of a list or of a group of indicators: 1、水稻侧深施肥, 2.玉米示范片. */
    private static final Pattern ITEM_MARK = Pattern.compile("^\\d{1,2}[、.](?!\\d)");
    private static final Pattern NEVER = Pattern.compile("(?!)");
    private static final Pattern LEVEL2 = Pattern.compile(
            "^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|可持续|服务对象满意度|满意度|经济成本|社会成本|"
                    + "生态环境成本|生态成本|社会公众满意度|服务对象满意)(?:(?<=效益)效益)?(?:指标)?(?:\\(\\d+(?:\\.\\d+)?分?\\))?$");
    private static final Pattern REASON_WORDS = Pattern.compile("原因|由于|因|受.{0,6}影响|导致|未能|未完成|偏差|下一步|改进|加强|疫情|调整|取消|延迟|滞后|不足");
    private static final Pattern VALUE_LIKE = Pattern.compile(
            "^(?:[≥≤><=]|大于|小于|不低于|不少于|不高于|不超过|达到|约|\\d|100%|是|否|已完成|完成|未完成|合格|达标|良好|优|良|"
                    + "较好|基本完成|部分完成|按时|及时|有效|显著|明显|逐步|提高|提升|降低|无|零)");
    private static final Set<Role> VALUE_ROLES = EnumSet.of(Role.UNIT, Role.NATURE, Role.CYCLE, Role.TARGET, Role.ACTUAL,
            Role.WEIGHT, Role.SCORE, Role.REASON, Role.MET, Role.NOTE);

    private List<Cell> cells;
    private final SourceText source;
    private final boolean rowed;
    /** Where the table's warnings go. */
    private StatedReport report;
    private final List<Role> roles = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    /** Whether the table's names carry their numbers (指标1：…): then only such cells open an indicator. */
    private final boolean marked;
    /** Texts of the form's fields (the unit's name …) that a sheet out of order has scattered into the table. */
    private final Set<String> noise;
    /** Groups of values standing where no name is, waiting for the names that come without values. */
    private final List<List<Cell>> orphans = new ArrayList<>();
    /** The last group of values no name took: the 总分 row's, where a sheet put it before its label. */
    private List<Cell> leftover = List.of();
    private boolean pendingLevels;
    /** Where the names cut out of glued rows start: each opens its row, whatever its words look like. */
    private final Set<Integer> gluedNames = new HashSet<>();
    /** Where names of groups (一、…) and of their numbered items (1、…) begin. */
    private final Set<Integer> groupNames = new HashSet<>();
    private final Set<Integer> itemNames = new HashSet<>();
    /** The points full rows gave under 分值: what a row of two figures equal to them (工程质量合格 | 10 | 10) holds. */
    private final Set<String> weightsSeen = new HashSet<>();

    private IndicatorCells(List<Cell> cells, SourceText source, boolean rowed, Set<String> noise, int header) {
        this.cells = cells;
        this.source = source;
        this.rowed = rowed;
        this.noise = noise;
        int marks = 0;
        for (int i = header; i < Math.min(cells.size(), header + 200); i++) {
            if (NAME_MARK_STRICT.matcher(cells.get(i).text()).find()) {
                marks++;
            }
        }
        this.marked = !rowed && marks >= 3;
    }

    /** Reads the first indicator table among the cells into the task; returns whether one was found. */
    static boolean read(List<Cell> cells, SourceText source, StatedReport report, StatedReport.Task task) {
        return read(cells, source, report, task, List.of());
    }

    /**
     * The value columns the first indicator table's header names, in its order; empty where there is none. One
     * unit's forms share their layout, so a form whose header a preview lost reads its rows by these.
     */
    static List<Role> headerRoles(List<Cell> cells, SourceText source) {
        int header = header(cells);
        if (header < 0) {
            return List.of();
        }
        IndicatorCells table = new IndicatorCells(cells, source, rowed(cells, header), Set.of(), header);
        table.columns(header);
        return List.copyOf(table.roles);
    }

    /**
     * As {@link #read(List, SourceText, StatedReport, StatedReport.Task)}; where the cells have no header, the
     * columns of a sibling form of the same file ({@code sibling}, empty where none) place the rows' figures.
     */
    static boolean read(List<Cell> cells, SourceText source, StatedReport report, StatedReport.Task task,
            List<Role> sibling) {
        int header = header(cells);
        boolean headerless = false;
        // the rows begin at the first level; the sibling's header places them
        int level = header < 0 && !sibling.isEmpty() ? firstLevel(cells) : -1;
        boolean borrowed = level >= 0;
        if (borrowed) {
            header = level;
        }
        if (header < 0) {
            // a table whose header the text has lost (an excerpt begun inside it): its levels and names are read,
            // the figures after them are not, since nothing says which column they stand in
            header = headerless(cells);
            headerless = true;
            if (header < 0) {
                return false;
            }
        }
        IndicatorCells table = new IndicatorCells(cells, source, rowed(cells, header), noise(report, task), header);
        table.report = report;
        if (borrowed) {
            table.roles.addAll(sibling);
            sibling.forEach(role -> table.columns.add(column(role)));
        }
        int first = headerless || borrowed ? header : table.columns(header);
        if (table.roles.isEmpty() && !headerless) {
            return false;
        }
        if (!headerless && !borrowed) {
            table.unglue(first);
        }
        table.rows(first, task);
        table.statedTotal(report);
        return !task.indicators.isEmpty();
    }

    /**
     * Rows run together in one cell (验收合格率20100%100%20) cut into their name and values, from the table's first
     * row on; a piece the ways of cutting disagree on becomes an empty cell, so that it stays unread.
     */
    private void unglue(int from) {
        List<GluedRows.Kind> kinds = gluedKinds();
        if (kinds == null) {
            return;
        }
        List<Cell> out = new ArrayList<>(cells.subList(0, from));
        for (Cell cell : cells.subList(from, cells.size())) {
            String text = cell.text();
            List<List<GluedRows.Piece>> rows = LEVEL1.matcher(text).matches() || LEVEL2.matcher(text).matches()
                    || HeaderWords.indicator(text) != null ? null : GluedRows.split(text, kinds, !rowed);
            if (rows == null) {
                out.add(cell);
                continue;
            }
            for (List<GluedRows.Piece> row : rows) {
                gluedNames.add(cell.start() + offsetOf(cell, row.get(0).start()));
                for (int k = 0; k < row.size(); k++) {
                    GluedRows.Piece piece = row.get(k);
                    if (k == kinds.size() && kinds.get(k - 1) == GluedRows.Kind.TEXT && piece.start() == piece.end()) {
                        continue; // no reason written
                    }
                    int start = cell.start() + offsetOf(cell, piece.start());
                    int end = piece.end() == piece.start() ? start : cell.start() + offsetOf(cell, piece.end() - 1) + 1;
                    out.add(new Cell(start, end, piece.agreed() ? text.substring(piece.start(), piece.end()) : "—",
                            cell.row()));
                }
            }
        }
        cells = out;
    }

    /** The value columns as a glued row holds them; null where one (计量单位, 指标性质, a middle 说明) cannot be cut out. */
    private List<GluedRows.Kind> gluedKinds() {
        List<GluedRows.Kind> kinds = new ArrayList<>();
        boolean trailing = false;
        for (Role role : roles) {
            switch (role) {
                case WEIGHT, SCORE -> kinds.add(GluedRows.Kind.POINTS);
                case TARGET, ACTUAL, CYCLE -> kinds.add(GluedRows.Kind.VALUE);
                case REASON, MET, NOTE -> trailing = true;
                default -> {
                    return null;
                }
            }
            if (trailing && (role != Role.REASON && role != Role.MET && role != Role.NOTE)) {
                return null; // a text column between the figures
            }
        }
        if (trailing) {
            kinds.add(GluedRows.Kind.TEXT);
        }
        return kinds;
    }

    /** The 总分 row's figures left over after the last name (100 | 94): the form's own total. */
    private void statedTotal(StatedReport report) {
        if (report.statedTotal != null || leftover.size() != 2 || !leftover.get(0).text().matches("100(?:\\.0+)?")) {
            return;
        }
        Cell score = leftover.get(1);
        if (score.text().matches("^\\d{1,3}(?:\\.\\d+)?$") && new BigDecimal(score.text()).compareTo(BigDecimal.valueOf(100)) <= 0) {
            report.statedTotal = Value.of(new BigDecimal(score.text()), score.start(), score.end());
            report.statedText = Value.of("总分 100 " + score.text(), score.start(), score.end());
        }
    }

    /** A reason wrapped over several cells (建档立卡中有新增死亡 | 人员，导致有偏差) is one cell's text. */
    private List<Cell> joinedReasons(List<Cell> values) {
        List<Cell> joined = new ArrayList<>();
        for (Cell cell : values) {
            Cell last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && isText(last.text()) && isText(cell.text()) && (isReason(last.text()) || isReason(cell.text()))) {
                joined.set(joined.size() - 1, new Cell(last.start(), cell.end(), last.text() + cell.text(), last.row()));
            } else {
                joined.add(cell);
            }
        }
        return joined;
    }

    private static boolean isText(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !VALUE_FIGURE.matcher(text).find();
    }

    /**
     * Values beyond one row's (a sheet flattened out of order writes several rows' values together, before the
     * names they belong to): the first row's are this indicator's, the others wait, a row at a time, for the
     * names that come with none. A name with none takes the first that waits.
     */
    private List<Cell> displaced(List<Cell> values) {
        int width = (int) roles.stream().filter(r -> r != Role.REASON && r != Role.MET).count();
        if (values.isEmpty()) {
            return orphans.isEmpty() ? values : orphans.remove(0);
        }
        int own = values.size();
        for (int k = width; k < values.size(); k++) {
            if (isText(values.get(k).text())) {
                continue;
            }
            own = k;
            break;
        }
        if (own >= values.size() || own < width) {
            return values;
        }
        List<Cell> mine = new ArrayList<>(values.subList(0, own));
        List<Cell> rest = values.subList(own, values.size());
        for (int k = 0; k < rest.size(); k += width) {
            orphans.add(new ArrayList<>(rest.subList(k, Math.min(rest.size(), k + width))));
        }
        return mine;
    }

    /** Where the header begins: a name column's word near a value column's word. */
    private static int header(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Role role = HeaderWords.indicator(cells.get(i).text());
            if (role != Role.LEVEL1 && role != Role.NAME && role != Role.LEVEL2) {
                continue;
            }
            int targets = 0;
            int points = 0;
            int funds = 0;
            for (int n = Math.max(0, i - 3); n < Math.min(cells.size(), i + 14); n++) {
                String text = cells.get(n).text();
                Role other = HeaderWords.indicator(text);
                if (other == Role.TARGET || other == Role.ACTUAL) {
                    targets++;
                } else if (other == Role.SCORE || other == Role.WEIGHT) {
                    points++;
                } else if (other == null && HeaderWords.funds(text) != null) {
                    funds++;
                }
            }
            // 得分 and 分值 head the funds' row as well (预算数 执行数 执行率 得分): alone they make no indicators' header
            if (targets >= 1 || points >= 1 && funds == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> noise(StatedReport report, StatedReport.Task task) {
        Set<String> noise = new HashSet<>();
        for (Value<String> field : Arrays.asList(report.unit, report.parent, task.name)) {
            if (field != null) {
                noise.add(ReportHead.compact(Folding.fold(field.value())));
            }
        }
        return noise;
    }

    /** The first cell that is a level's word (产出指标, 满意度指标): where a form's rows begin when its header is lost. */
    private static int firstLevel(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (LEVEL1.matcher(cells.get(i).text()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Where a table without its header begins: a level's word followed by an indicator written with its target. */
    private static int headerless(List<Cell> cells) {
        for (int i = 0; i + 2 < cells.size(); i++) {
            if (!LEVEL1.matcher(cells.get(i).text()).matches() && !LEVEL2.matcher(cells.get(i).text()).matches()) {
                continue;
            }
            for (int n = i + 1; n < Math.min(cells.size(), i + 3); n++) {
                if (NAME_AND_TARGET.matcher(cells.get(n).text()).matches()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether the table's lines hold its rows (more than one cell on most lines), as | and tab tables do. */
    private static boolean rowed(List<Cell> cells, int header) {
        int lines = 0;
        int multi = 0;
        int row = -1;
        int count = 0;
        for (int i = header; i < Math.min(cells.size(), header + 80); i++) {
            if (cells.get(i).row() != row) {
                if (row >= 0) {
                    lines++;
                    multi += count > 1 ? 1 : 0;
                }
                row = cells.get(i).row();
                count = 0;
            }
            count++;
        }
        return lines >= 3 && multi * 2 >= lines;
    }

    /**
     * The value columns from the header's words, in order; a word repeated or scattered later is taken where it
     * first appears. Returns the index of the first cell after the header.
     */
    private int columns(int header) {
        int gap = 0;
        int i = header;
        int end = header;
        Set<Integer> halves = new HashSet<>();
        boolean named = false;
        for (; i < cells.size() && gap <= 3; i++) {
            if (halves.contains(i)) {
                gap = 0; // the second half of a word already taken
                end = i + 1;
                continue;
            }
            Role role = HeaderWords.indicator(cells.get(i).text());
            if (role == null && FRAGMENTS.contains(cells.get(i).text())) {
                role = secondHalf(i, halves);
            }
            if (role == null) {
                if (LEVEL1.matcher(cells.get(i).text()).matches() || LEVEL2.matcher(cells.get(i).text()).matches()) {
                    break;
                }
                gap++;
                continue;
            }
            if (role == Role.NAME && named) {
                role = Role.NOTE; // 三级指标 | 指标内容: the second says what the named indicator covers
            }
            named |= role == Role.NAME;
            gap = 0;
            end = i + 1;
            // (a column of notes may stand twice: 指标解释 | 指标说明及评分标准)
            if (VALUE_ROLES.contains(role) && (!roles.contains(role) || role == Role.NOTE)) {
                roles.add(role);
            }
        }
        upperHeader(header);
        // a sheet flattened out of order scatters its header: take words further on too, in order
        if (!rowed) {
            for (int n = end; n < Math.min(cells.size(), end + 60); n++) {
                Role role = HeaderWords.indicator(cells.get(n).text());
                if (role != null && VALUE_ROLES.contains(role) && !roles.contains(role)) {
                    insertInOrder(role);
                }
            }
        }
        for (Role role : roles) {
            columns.add(column(role));
        }
        return end;
    }

    /**
     * A header of two rows where the upper one stands before the level words (年度指标值 | 实际完成值 | 分值 | 得分 |
     * 偏差原因 over 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位): the lower row's words divide the
     * upper's 年度指标值, and the upper's columns after it follow them.
     */
    private void upperHeader(int header) {
        if (!roles.contains(Role.TARGET)) {
            return;
        }
        List<Role> upper = new ArrayList<>();
        for (int i = Math.max(0, header - 10); i < header; i++) {
            Role role = HeaderWords.indicator(cells.get(i).text());
            if (role != null && VALUE_ROLES.contains(role) && !upper.contains(role)) {
                upper.add(role);
            }
        }
        int target = upper.indexOf(Role.TARGET);
        if (target < 0 || upper.size() < 3) {
            return;
        }
        for (Role role : upper.subList(target + 1, upper.size())) {
            if (!roles.contains(role)) {
                roles.add(role);
            }
        }
    }

    /**
     * A header of two lines with a word's halves one above the other (年度 | 实际 | 分值 … over 指标值 | 完成值): the
     * column stands where its first half does; the second half is marked as taken.
     */
    private Role secondHalf(int first, Set<Integer> halves) {
        String half = cells.get(first).text();
        if (first > 0 && LEVEL_HALF.matcher(cells.get(first - 1).text()).matches()) {
            return null; // a level's word broken over lines (一级 | 指标), not a header line's half
        }
        for (int n = first + 1; n < Math.min(cells.size(), first + 12); n++) {
            if (cells.get(n).row() == cells.get(first).row()) {
                continue; // a word beside it (实际 | 得分) is another column's
            }
            Role joined = halves.contains(n) ? null : HeaderWords.indicator(half + cells.get(n).text());
            if (joined != null && VALUE_ROLES.contains(joined)) {
                halves.add(n);
                return joined;
            }
        }
        return null;
    }

    /** A late header word goes where the form's usual order puts it among the words already found. */
    private void insertInOrder(Role role) {
        List<Role> usual = List.of(Role.NOTE, Role.UNIT, Role.NATURE, Role.CYCLE, Role.TARGET, Role.ACTUAL, Role.WEIGHT,
                Role.SCORE, Role.MET, Role.REASON);
        int at = roles.size();
        for (int k = 0; k < roles.size(); k++) {
            if (usual.indexOf(roles.get(k)) > usual.indexOf(role)) {
                at = k;
                break;
            }
        }
        roles.add(at, role);
    }

    private static Column column(Role role) {
        return switch (role) {
            case TARGET, ACTUAL -> new Column(Type.VALUE, 1.5);
            case CYCLE -> new Column(Type.VALUE, 1);
            case WEIGHT, SCORE -> new Column(Type.POINTS, 1);
            case REASON -> new Column(Type.TEXT, 0.5);
            case NOTE -> new Column(Type.TEXT, 0.3);
            case UNIT -> new Column(Type.UNIT, 1);
            case NATURE -> new Column(Type.NATURE, 1);
            case MET -> new Column(Type.VALUE, 0.5);
            default -> new Column(Type.VALUE, 1);
        };
    }

    private void rows(int from, StatedReport.Task task) {
        Value<IndicatorCategory> level1 = null;
        Value<IndicatorSubcategory> level2 = null;
        boolean level1Stated = false;
        Cell name = null;
        List<Cell> values = new ArrayList<>();
        for (int i = from; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String text = cell.text();
            boolean group = (GROUP_MARK.matcher(text).find() || text.startsWith("(")) && opensRow(i);
            if (END.matcher(text).find() && !group && !(name != null && !values.isEmpty() && isReason(text)
                    && !NUMBERED_HEADING.matcher(text).find())) {
                break;
            }
            if (HeaderWords.indicator(text) != null && !text.matches(".*\\d.*") || FRAGMENTS.contains(text)
                    || noise.contains(text) || NOTE.matcher(text).matches() || SCORING_NOTE.matcher(text).find()) {
                continue; // a header word again (a new page, a sheet out of order), a field's value displaced
            }
            if (rowed && rowNumber(i)) {
                continue; // 2 | 工作计划 (8分) | …: the row's 序号, no figure of the row before
            }
            if (FRAMEWORK_LEVEL2.matcher(text).matches() && (name == null || !values.isEmpty())) {
                // a second level of the 决策 / 过程 framework (项目立项, 资金管理): it groups rows, no subcategory
                add(task, name, values, level1, level2);
                name = null;
                values.clear();
                level2 = null;
                continue;
            }
            Matcher levelAndName = LEVEL_THEN_NAME.matcher(text);
            if (marked && levelAndName.matches()) {
                // a level's merged cell run into the name beside it: 社会效益指标1：…
                Cell levelCell = new Cell(cell.start(), cell.start() + levelAndName.end(1), levelAndName.group(1), cell.row());
                Cell nameCell = new Cell(cell.start() + levelAndName.end(1), cell.end(), levelAndName.group(2), cell.row());
                Value<IndicatorSubcategory> sub = level2Of(levelCell);
                add(task, name, values, level1, level2);
                values.clear();
                if (sub != null) {
                    level2 = sub;
                    if (level1 == null || !sub.value().fits(level1.value())) {
                        level1 = Value.of(sub.value().category(), levelCell.start(), levelCell.end());
                    }
                }
                name = nameCell;
                continue;
            }
            Matcher l1 = LEVEL1.matcher(text);
            Matcher l2 = LEVEL2.matcher(text);
            // in a table with rows, a row has one level of each: 成本指标 | 成本 | 10万元 names an indicator 成本
            boolean secondInRow = rowed && level2 != null && level2.start() >= 0 && l2.matches() && !l1.matches()
                    && source.line(level2.start()) == source.line(cell.start());
            // 服务对象满意度指标 | 服务对象满意度 | ≥90%: a level's word right after the same level is the indicator's name
            boolean sameAgain = !rowed && level2 != null && name == null && l2.matches() && i > from
                    && cells.get(i - 1).start() == level2.start()
                    && IndicatorLevels.subcategory(text) == level2.value();
            if (secondInRow && text.equals(cells.get(i - 1).text()) && i + 1 < cells.size()
                    && cells.get(i + 1).row() == cell.row() && gluedNames.contains(cells.get(i + 1).start())) {
                continue; // the level's merged cell printed twice (数量指标 | 数量指标 | 福彩APP系统改版升级100%100%)
            }
            // 满意度指标 | 服务对象满意度指标 | 满意度 | ≥ | 95: after both levels on its row, a level's word is the name
            boolean afterBothLevels = rowed && name == null && (l1.matches() || l2.matches()) && onThisRow(level1, cell)
                    && onThisRow(level2, cell);
            if (secondInRow || sameAgain || afterBothLevels) {
                l2 = NEVER.matcher(text);
                l2.matches();
                l1 = NEVER.matcher(text);
                l1.matches();
            }
            boolean isLevel2 = l2.matches() && !(l1.matches() && (level1 == null || !fitsUnder(text, level1.value())));
            // a sheet out of order may put a level's merged cell after the name it stands beside
            boolean late = marked && name != null && values.isEmpty() && pendingLevels;
            if (isLevel2) {
                Value<IndicatorSubcategory> sub = level2Of(cell);
                if (!(late && level2 == null)) {
                    add(task, name, values, level1, level2);
                    name = null;
                    values.clear();
                }
                level2 = sub;
                if (sub != null && (level1 == null || !sub.value().fits(level1.value()))) {
                    level1 = Value.of(sub.value().category(), cell.start(), cell.end());
                }
                continue;
            }
            if (l1.matches()) {
                Value<IndicatorCategory> category = Value.of(IndicatorLevels.category(text), cell.start(), cell.end());
                if (late && !level1Stated) {
                    level1 = category;
                    level1Stated = true;
                    continue;
                }
                add(task, name, values, level1, level2);
                name = null;
                values.clear();
                level1 = category;
                level1Stated = true;
                level2 = null;
                continue;
            }
            if (name != null && !gluedNames.contains(cell.start()) && isValue(i, name, values)) {
                values.add(cell);
                continue;
            }
            Wrapped wrapped = wrapped(i, name, values);
            if (wrapped != null) {
                values.clear();
                values.addAll(wrapped.cells());
                if (WrappedPieces.UNKNOWN.equals(values.get(0).text())) {
                    report.uncertain(source, "keyTasks", name.start(), "指标“" + name.text()
                            + "”的指标值与实际完成值在窄栏中折行，无法确定各自的文字");
                }
                i = wrapped.figure() - 1;
                continue;
            }
            if (marked && name != null && values.isEmpty() && !NAME_MARK.matcher(text).find() && isName(text)
                    && !isReason(text) && !text.matches(".*指标\\)?$")) {
                // a name wrapped over two cells: 指标1：资金是否全部纳入医 | 保统筹
                name = new Cell(name.start(), cell.end(), name.text() + text, name.row());
                continue;
            }
            if (!isName(text) || marked && !NAME_MARK.matcher(text).find()) {
                continue; // a stray figure outside any row, or a scrap of a scattered header
            }
            if (i == cells.size() - 1 && LEVEL2.matcher(text + "效益指标").matches()) {
                continue; // a text cut short in a level's word: 生态
            }
            add(task, name, values, level1, level2);
            values.clear();
            name = cell;
            pendingLevels = true;
        }
        add(task, name, values, level1, level2);
        leftover = orphans.isEmpty() ? List.of() : orphans.get(orphans.size() - 1);
        itemsForGroups(task);
    }

    private boolean onThisRow(Value<?> level, Cell cell) {
        return level != null && level.start() >= 0 && level.start() < cell.start()
                && source.line(level.start()) == source.line(cell.start());
    }

    /**
     * Under a 计量单位 column, a figure and a unit the text spaced apart are two cells (指标权重 25 | 计量单位 % | 指标值
     * 9.5), though a figure's unit spaced off it elsewhere is one (不少于12 种).
     */
    private List<Cell> unitsSpacedOff(List<Cell> values) {
        if (!roles.contains(Role.UNIT)) {
            return values;
        }
        List<Cell> out = new ArrayList<>(values.size() + 1);
        for (Cell cell : values) {
            Matcher m = SPACED_UNIT.matcher(source.folded().substring(cell.start(), cell.end()));
            if (m.matches() && Units.isUnit(m.group(3))) {
                out.add(new Cell(cell.start(), cell.start() + m.end(1), m.group(1), cell.row()));
                out.add(new Cell(cell.start() + m.start(3), cell.end(), m.group(3), cell.row()));
            } else {
                out.add(cell);
            }
        }
        return out;
    }

    /** How many of the cells hold something (empty cells at a row's end are the columns left blank). */
    private static int filled(List<Cell> values) {
        int n = values.size();
        while (n > 0 && Alignment.isPlaceholder(values.get(n - 1).text())) {
            n--;
        }
        return n;
    }

    /** Whether the row's cells under the 分值 or 得分 columns hold points. */
    private boolean hasPoints(List<Cell> values) {
        int[] placed = placed(values);
        for (int k = 0; k < roles.size(); k++) {
            if ((roles.get(k) == Role.WEIGHT || roles.get(k) == Role.SCORE) && placed[k] >= 0
                    && points(values.get(placed[k])) != null) {
                return true;
            }
        }
        return false;
    }

    /** A row's text cells joined back from their wrapped pieces, and where the figure after them stands. */
    private record Wrapped(List<Cell> cells, int figure) {
    }

    private static IndicatorSubcategory level2Of(StatedReport.Measure m) {
        return m.level2 == null ? null : m.level2.value();
    }

    /**
     * Whether the cell at i opens a row with values (一、示范区建立 | ≥20000亩 | …): a group of indicators, where a
     * part's heading (四、年度绩效指标完成情况) has none beside it.
     */
    private boolean opensRow(int i) {
        if (i + 1 >= cells.size()) {
            return false;
        }
        Cell next = cells.get(i + 1);
        boolean figure = VALUE_FIGURE.matcher(next.text()).find() && !ITEM_MARK.matcher(next.text()).find();
        return rowed ? next.row() == cells.get(i).row() && figure : figure;
    }

    /** A small whole number opening its line, before words on the same line: the row's number (序号). */
    private boolean rowNumber(int i) {
        Cell cell = cells.get(i);
        if (!ROW_NUMBER.matcher(cell.text()).matches() || i + 1 >= cells.size()
                || i > 0 && cells.get(i - 1).row() == cell.row()) {
            return false;
        }
        Cell next = cells.get(i + 1);
        return next.row() == cell.row() && !VALUE_FIGURE.matcher(next.text()).find();
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,2}$");

    /**
     * A group row (一、示范区建立 15分) followed by its numbered items (1、… 5分, 2、… 5分 …) whose points add up to the
     * group's: the items are the indicators and the group, their sum, is left out, so that no point counts twice.
     * A group without items, or whose items do not add up, stays an indicator.
     */
    private void itemsForGroups(StatedReport.Task task) {
        List<StatedReport.Measure> all = task.indicators;
        List<StatedReport.Measure> summed = new ArrayList<>();
        for (int g = 0; g < all.size(); g++) {
            StatedReport.Measure group = all.get(g);
            if (!groupNames.contains(group.name.start()) || group.score == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            int k = g + 1;
            while (k < all.size() && itemNames.contains(all.get(k).name.start()) && all.get(k).score != null
                    && Objects.equals(level2Of(all.get(k)), level2Of(group))) {
                sum = sum.add(all.get(k).score.value());
                k++;
            }
            if (k > g + 1 && sum.compareTo(group.score.value()) == 0) {
                summed.add(group);
            }
        }
        all.removeAll(summed);
    }

    /**
     * Where words stand in a one-cell-a-line table in place of a figure the row is due (its 得分), and more words,
     * then the figure, follow: the row's text cells wrapped in narrow columns ({@link WrappedPieces}). Returns them
     * joined back and where the figure ending the run stands, or null where the pieces are no wraps.
     */
    private Wrapped wrapped(int i, Cell name, List<Cell> values) {
        if (rowed || marked || name == null || values.isEmpty() || values.size() >= roles.size()
                || roles.get(values.size()) != Role.SCORE && roles.get(values.size()) != Role.WEIGHT
                || !values.stream().allMatch(v -> isText(v.text()))) {
            return null;
        }
        int j = i;
        while (j < cells.size() && j - i < WrappedPieces.MAX_PIECES && isText(cells.get(j).text())
                && !LEVEL1.matcher(cells.get(j).text()).matches() && !LEVEL2.matcher(cells.get(j).text()).matches()
                && !END.matcher(cells.get(j).text()).find() && HeaderWords.indicator(cells.get(j).text()) == null) {
            j++;
        }
        if (j >= cells.size() || points(cells.get(j)) == null) {
            return null;
        }
        List<Cell> pieces = new ArrayList<>(values);
        pieces.addAll(cells.subList(i, j));
        List<Cell> joined = WrappedPieces.join(pieces, values.size());
        return joined == null ? null : new Wrapped(joined, j);
    }



    private Value<IndicatorSubcategory> level2Of(Cell cell) {
        IndicatorSubcategory sub = IndicatorLevels.subcategory(cell.text());
        return Value.of(sub, cell.start(), cell.end());
    }

    private static boolean fitsUnder(String text, IndicatorCategory level1) {
        IndicatorSubcategory sub = IndicatorLevels.subcategory(text);
        return sub != null && sub.fits(level1);
    }

    /** Whether the cell belongs to the open indicator's row rather than opening the next one. */
    private boolean isValue(int at, Cell name, List<Cell> values) {
        Cell cell = cells.get(at);
        String text = cell.text();
        if (NAME_MARK.matcher(text).find() && !text.matches("^\\d+(?:\\.\\d+)?%?$")) {
            return false;
        }
        if (rowed) {
            return cell.row() == name.row() || (!values.isEmpty() && cell.row() == values.get(values.size() - 1).row()
                    && values.get(values.size() - 1).row() != name.row());
        }
        if (marked) {
            return !isName(text) || VALUE_LIKE.matcher(text).find() || isReason(text)
                    || (!values.isEmpty() && isReason(values.get(values.size() - 1).text()));
        }
        if (values.size() >= roles.size()) {
            return !isName(text);
        }
        if (!isName(text)) {
            return true;
        }
        // text where a value is due: a value's words, or the reason column's explanation
        int due = values.size();
        boolean reasonDue = roles.contains(Role.REASON) && due >= roles.indexOf(Role.REASON);
        if (due < roles.size() && roles.get(due) == Role.NOTE) {
            return true; // the column that says how the row is scored: 民主议事记录完整，得2分；…
        }
        return VALUE_LIKE.matcher(text).find() || (reasonDue && (isReason(text) || reasonBeforeNextRow(at) || explains(at)))
                || (due < roles.size() && roles.get(due) != Role.REASON && roles.get(due) != Role.WEIGHT
                        && roles.get(due) != Role.SCORE && text.length() <= 12);
    }

    /**
     * Whether the cell is the row's reason though it has no reason's words: the row's empty cells follow it, then the
     * next row's name and that row's first figure (特困人员实行动态管理 | | | 扶贫临时救助人数 | 10 …). A cell followed by
     * figures, or by words and words (经费支出合规性 | 严格执行相关制度规定 | 达成预期指标), opens a row.
     */
    private boolean reasonBeforeNextRow(int i) {
        int n = i + 1;
        int empty = 0;
        while (n < cells.size() && n <= i + 12 && (cells.get(n).isEmpty() || Alignment.isPlaceholder(cells.get(n).text()))) {
            empty++;
            n++;
        }
        if (empty == 0 || n + 1 >= cells.size()) {
            return false;
        }
        String next = cells.get(n).text();
        return isName(next) && !VALUE_LIKE.matcher(next).find() && VALUE_FIGURE.matcher(cells.get(n + 1).text()).find();
    }

    /**
     * Whether the cell reads as the row's explanation rather than the next row's name: a sentence (it has a 。 or runs
     * long over commas), or a cell the next row's mark follows (…尾款未付。| 指标2).
     */
    private boolean explains(int i) {
        String text = cells.get(i).text();
        if (text.contains("。") || text.length() > 20 && (text.contains(",") || text.contains("，"))) {
            return true;
        }
        return i + 1 < cells.size() && NAME_MARK.matcher(cells.get(i + 1).text()).find();
    }

    private static boolean isReason(String text) {
        return REASON_WORDS.matcher(text).find() && text.length() > 4;
    }

    /** A name has Chinese words and is no bare value. */
    private static boolean isName(String text) {
        if (!text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return false;
        }
        if (Alignment.isPlaceholder(text) || text.equals("……") || text.equals("...")) {
            return false;
        }
        if (text.startsWith("其中")) {
            return true; // a sub-row, read and left out
        }
        return !text.matches("^[≥≤><=]?\\d.*") || text.matches("^\\d+-\\d+.*") || NAME_MARK.matcher(text).find()
                || FIGURE_THEN_WORDS.matcher(text).matches();
    }

    /**
     * A figure and its unit opening words that say what is counted (≥360天服务读者, 1290平方米冷库建设及设备、电力设施购置):
     * a name, where a value's words after its figure are few or say when or how far (100%覆盖, 5万人次以上, 1年内完成).
     */
    private static final Pattern FIGURE_THEN_WORDS = Pattern.compile(
            "^[≥≤><=]?\\d+(?:\\.\\d+)?(?:平方米|立方米|公里|千米|公顷|[天次人个项件户吨场家所名台套座条辆册本间处亩米])"
            + "(?=\\p{IsHan}{4})[\\p{IsHan}、]++(?<!以上|以下|以内|左右|完成|达标|覆盖|之内|前|后)$");

    private void add(StatedReport.Task task, Cell name, List<Cell> values, Value<IndicatorCategory> level1,
            Value<IndicatorSubcategory> level2) {
        if (name == null) {
            return;
        }
        if (!rowed && !marked && filled(values) > roles.size() && !roles.isEmpty() && roles.get(0) != Role.NOTE && isName(values.get(0).text())
                && !VALUE_LIKE.matcher(values.get(0).text()).find()) {
            // a cell too many, and words before the figures: the name wrapped in its narrow cell (支持…服务外 | 包企业数量)
            Cell rest = values.get(0);
            name = new Cell(name.start(), rest.end(), name.text() + rest.text(), name.row());
            values = values.subList(1, values.size());
        }
        String nameText = indicatorName(name);
        Matcher part = SUB_ROW.matcher(nameText);
        if (part.lookingAt() && nameText.length() > part.end() && hasPoints(values)) {
            // a sub-row with points of its own (其中:建档立卡贫困人口数量 | 5 | >=9431人 | … | 5) is scored as a row
            int cut = name.start() + offsetOf(name, name.text().indexOf(part.group()) + part.group().length());
            name = new Cell(cut, name.end(), name.text().substring(name.text().indexOf(part.group()) + part.group().length()),
                    name.row());
            nameText = nameText.substring(part.end());
        }
        if (nameText.isEmpty() || nameText.startsWith("其中") || nameText.equals("……") || nameText.equals("...")
                || Alignment.isPlaceholder(nameText)) {
            return; // a sub-row of the indicator above, or an empty row's mark
        }
        pendingLevels = false;
        values = joinedReasons(values);
        if (marked) {
            values = displaced(values);
        }
        StatedReport.Measure m = new StatedReport.Measure();
        m.name = Value.of(nameText, name.start(), name.end());
        if (GROUP_MARK.matcher(name.text()).find()) {
            groupNames.add(name.start());
        } else if (ITEM_MARK.matcher(name.text()).find()) {
            itemNames.add(name.start());
        }
        Matcher glued = NAME_AND_TARGET.matcher(nameText);
        if (glued.matches() && !roles.contains(Role.TARGET) || glued.matches() && values.isEmpty()) {
            // 足额保障率=100%: the name, and the target written after it
            int cut = name.start() + offsetOf(name, glued.start(2));
            m.name = Value.of(Chars.trimPunctuation(glued.group(1), ":： "), name.start(), cut);
            m.annual = Value.of(Target.parse(glued.group(2)), cut, name.end());
        }
        values = unitsSpacedOff(values);
        int[] placed = placed(values);
        int weightAt = roles.indexOf(Role.WEIGHT);
        if (weightAt >= 0 && placed[weightAt] >= 0 && values.size() > weightAt) {
            weightsSeen.add(values.get(placed[weightAt]).text());
        }
        for (int k = 0; k < roles.size(); k++) {
            if (placed[k] < 0) {
                continue;
            }
            Cell cell = values.get(placed[k]);
            String original = TitleParts.clean(source, cell.start(), cell.end());
            switch (roles.get(k)) {
                case TARGET -> m.annual = Value.of(Target.parse(original), cell.start(), cell.end());
                case CYCLE -> m.cycle = Value.of(Target.parse(original), cell.start(), cell.end());
                case ACTUAL -> m.actual = Value.of(Target.parse(original), cell.start(), cell.end());
                case WEIGHT -> m.weight = points(cell);
                case SCORE -> m.score = points(cell);
                case REASON -> m.reason = Unfilled.is(original) ? null
                        : Value.of(TitleParts.text(source, cell.start(), cell.end()), cell.start(), cell.end());
                default -> {
                }
            }
        }
        unitColumn(m, values, placed);
        if (level1 != null || level2 != null) {
            m.level1 = level1 != null ? level1 : Value.of(level2.value().category(), level2.start(), level2.end());
            m.level2 = level2;
            if (m.level2 == null) {
                IndicatorLevels.Levels guess = IndicatorLevels.infer(nameText, unitOf(m));
                if (guess.level2() != null && guess.level2().fits(m.level1.value())) {
                    m.level2 = Value.of(guess.level2(), -1, -1);
                    m.levelInferred = true;
                }
            }
        } else {
            IndicatorLevels.Levels guess = IndicatorLevels.infer(nameText, unitOf(m));
            if (guess.level1() != null) {
                m.level1 = Value.of(guess.level1(), -1, -1);
                m.level2 = Value.of(guess.level2(), -1, -1);
                m.levelInferred = true;
            }
        }
        task.indicators.add(m);
    }

    /**
     * The row's cells under the columns. A row short of a value that ends in two equal bare points under 分值 | 得分
     * (配套变压器 | 3 | 9.3 | 9.3: full marks) lacks a value before them, not its score: the points stand under their
     * columns and the cells before them are placed under the columns before. Otherwise the shorter row would read as
     * ending early and put the weight under 实际完成值. A row of two equal points that the full rows gave as their
     * weight holds its weight and score alone.
     */
    private int[] placed(List<Cell> values) {
        List<String> texts = values.stream().map(Cell::text).toList();
        int weight = roles.indexOf(Role.WEIGHT);
        int n = texts.size();
        if (n == 2 && weight >= 1 && weight + 1 < roles.size() && roles.get(weight + 1) == Role.SCORE
                && texts.get(0).equals(texts.get(1)) && BARE_POINTS.matcher(texts.get(0)).matches()
                && weightsSeen.contains(texts.get(0))) {
            // a row stating no value, only its full marks, which the rows with values give under 分值 too: 质量合格 | 10
            // | 10 is not a target of 10 reached
            int[] placed = new int[columns.size()];
            Arrays.fill(placed, -1);
            placed[weight] = 0;
            placed[weight + 1] = 1;
            return placed;
        }
        if (weight < 1 || weight + 1 >= roles.size() || roles.get(weight + 1) != Role.SCORE || n < 3
                || n >= weight + 2 || !texts.get(n - 1).equals(texts.get(n - 2)) || !BARE_POINTS.matcher(texts.get(n - 1)).matches()) {
            return Alignment.of(texts, columns);
        }
        int[] before = Alignment.of(texts.subList(0, n - 2), columns.subList(0, weight));
        int[] placed = new int[columns.size()];
        Arrays.fill(placed, -1);
        System.arraycopy(before, 0, placed, 0, weight);
        placed[weight] = n - 2;
        placed[weight + 1] = n - 1;
        return placed;
    }

    private static final Pattern BARE_POINTS = Pattern.compile("^\\d{1,2}(?:\\.\\d+)?$");

    /** A 计量单位 column's unit added to bare figures: 指标值 90 under 计量单位 % is 90%. */
    private void unitColumn(StatedReport.Measure m, List<Cell> values, int[] placed) {
        int unitAt = roles.indexOf(Role.UNIT);
        if (unitAt >= 0 && placed[unitAt] >= 0) {
            String unit = values.get(placed[unitAt]).text();
            m.annual = withUnit(m.annual, unit);
            m.cycle = withUnit(m.cycle, unit);
            m.actual = withUnit(m.actual, unit);
        }
        int natureAt = roles.indexOf(Role.NATURE);
        if (natureAt >= 0 && placed[natureAt] >= 0 && m.annual != null && m.annual.value().value() != null) {
            String nature = values.get(placed[natureAt]).text();
            String sign = nature.startsWith("≥") || nature.startsWith(">=") || nature.startsWith("正向") ? "≥"
                    : nature.startsWith("≤") || nature.startsWith("<=") || nature.startsWith("反向") ? "≤"
                    : nature.equals("=") ? "=" : "";
            if (!sign.isEmpty()) {
                Target t = m.annual.value();
                m.annual = Value.of(Target.parse(sign + t.text()), m.annual.start(), m.annual.end());
            }
        }
    }

    private static Value<Target> withUnit(Value<Target> target, String unit) {
        if (target == null || target.value().value() == null || target.value().unit() != null) {
            return target;
        }
        return Value.of(Target.parse(target.value().text() + unit), target.start(), target.end());
    }

    private static String unitOf(StatedReport.Measure m) {
        Target t = m.annual != null ? m.annual.value() : m.actual != null ? m.actual.value() : null;
        return t == null ? null : t.unit();
    }

    /** Where the n-th character of a cell's text (which has no whitespace) stands, counted from the cell's start. */
    private int offsetOf(Cell cell, int n) {
        int seen = 0;
        for (int i = cell.start(); i < cell.end(); i++) {
            if (!Character.isWhitespace(source.folded().charAt(i))) {
                if (seen == n) {
                    return i - cell.start();
                }
                seen++;
            }
        }
        return cell.end() - cell.start();
    }

    private String indicatorName(Cell name) {
        String text = TitleParts.clean(source, name.start(), name.end());
        String folded = Folding.fold(text);
        Matcher mark = NAME_MARK.matcher(folded);
        Matcher group = GROUP_MARK.matcher(folded);
        if (mark.find()) {
            text = text.substring(mark.end());
        } else if (group.find()) {
            text = text.substring(group.end());
        }
        return Chars.trimPunctuation(text, ":：、.★☆* ");
    }

    private static Value<BigDecimal> points(Cell cell) {
        String text = cell.text().replace("分", "");
        if (!text.matches("^\\d{1,3}(?:\\.\\d+)?$")) {
            return null;
        }
        return Value.of(new BigDecimal(text), cell.start(), cell.end());
    }
}
