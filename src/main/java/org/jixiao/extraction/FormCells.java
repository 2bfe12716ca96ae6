package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extraction.Cells.Cell;

/**
 * The labelled fields of a form, read from its cells: a label (项目名称, 实施单位, 主管部门, 单位编码, 自评得分 …) and
 * its value, in the label's own cell after a colon or in the next cell that is no label itself. Where a sheet
 * flattened to text has pushed a value away from its label (实施单位 | 全年预算数 | … | 稷山县某中心), the unit is the
 * first cell of the form that reads as a unit's name and no other label claims.
 */
final class FormCells {

    private static final String[] PROJECT = {"项目名称", "专项名称", "转移支付(项目)名称", "转移支付项目名称", "转移支付名称",
        "项目(资金)名称", "资金名称", "专项资金名称", "项目名称(资金)", "专项(项目)名称"};
    private static final String[] UNIT = {"实施单位", "项目实施单位", "资金使用单位", "项目单位", "预算单位", "单位名称", "部门名称",
        "部门(单位)名称", "单位(部门)名称", "预算部门", "部门(单位)", "评价部门名称", "填报单位", "评价单位", "实施(主管)单位",
        "预算单位名称", "区级预算单位名称", "县级预算单位名称", "市级预算单位名称", "部门(单位)全称", "单位全称", "部门全称"};
    private static final Set<String> UNIT_LABELS = Set.of(UNIT);
    private static final String[] PARENT = {"主管部门", "主管单位", "项目主管部门", "预算主管部门", "主管部门名称", "主管部门及代码", "县级主管部门", "市级主管部门"};
    private static final String[] CODE = {"单位编码", "预算编码", "单位代码", "部门编码", "预算单位编码", "部门代码", "预算代码"};
    private static final String[] LEADER = {"项目负责人", "项目负责人及电话", "负责人及电话"};
    private static final String[] OTHER_LABELS = {"联系人", "联系电话", "联络电话", "填报人", "填报日期", "项目类别", "项目属性",
        "项目类型", "中央主管部门", "省级主管部门", "地方主管部门", "省级财政部门", "项目资金", "资金情况", "年度资金总额",
        "预算执行情况", "人员编制", "实有人数", "评价方式", "评价机构", "报告日期", "项目负责人", "自评得分", "自评总分",
        "总分", "绩效指标", "年度总体目标", "主管部门审核意见", "财政部门审核意见", "审核意见", "年度整体绩效目标", "年度整体目标", "年度整体", "部门联系人", "审核人", "单位负责人", "财务负责人", "是否为专项资金", "金额单位"};
    private static final Pattern LABEL_AND_VALUE = Pattern.compile("^([^:：]{2,14})[:：](.+)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,2})?)分?$");
    private static final Pattern SCORE_LABEL = Pattern.compile(
            "^(?:自评得分|自评总分|自评分数|项目自评得分|综合得分|自评总得分|总得分|评价得分|自评得分\\(分\\)|自评总分\\(分\\))[:：]?$");
    private static final Pattern SCORE_IN_CELL = Pattern.compile(
            "(?:自评得分|自评总分|自评分数|综合得分|总得分)(?:\\(分\\))?[:：]?(\\d{1,3}(?:\\.\\d{1,2})?)分?");
    private static final Pattern GLUED_TOTAL = Pattern.compile("^100(\\d{1,3}(?:\\.\\d{1,2})?)$");
    private static final Pattern GRADE_LABEL = Pattern.compile("^(?:自评等级|评价等级|等级|评价结果|自评结果|绩效等级)[:：]?$");
    private static final Pattern GRADE = Pattern.compile("^(?:优秀|良好|合格|不合格|优|良|中|差|较好|一般|较差)$");

    /** A funds table's column of the levels of government (中央、省、市(州)、县级财政资金): a head, no project. */
    private static final Pattern SOURCES_HEAD = Pattern.compile("^[中央省市县区州乡镇级本()、]+(?:财政)?资金$");

    /** Another field with its value (单位:万元 after 主管部门(盖章): left empty): not the label's value. */
    private static final Pattern OTHER_FIELD = Pattern.compile("^(?:单位|金额单位|填报日期|填报单位|联系电话|联系人)[:：]");

    private FormCells() {
    }

    static void read(List<Cell> cells, SourceText source, StatedReport report, boolean project) {
        Value<String> name = field(cells, source, PROJECT);
        if (name != null && project) {
            // the name as the form writes it (委托业务项目 keeps its 项目: it is the name, not the report's genre),
            // without the project's code before it (51000021R000000019951-工资性支出)
            Matcher code = CODE_PREFIX.matcher(name.value());
            if (code.matches()) {
                name = Value.of(code.group(2), name.start() + code.end(1) + 1, name.end());
            }
            report.project().name = StatedReport.first(report.project().name, name);
        }
        Value<String> unit = field(cells, source, UNIT);
        if (unit == null) {
            // 部门 | 某服务中心: the bare word labels a unit only where its value is a unit's name
            Value<String> named = field(cells, source, "部门");
            unit = named != null && ReportHead.UNIT_END.matcher(named.value()).find() ? named : null;
        }
        if (unit == null && hasLabel(cells, UNIT)) {
            unit = displacedUnit(cells, source, report);
        }
        report.unit = StatedReport.first(withoutCode(unit, report, true), report.unit);
        report.parent = StatedReport.first(report.parent, withoutCode(field(cells, source, PARENT), report, false));
        report.code = StatedReport.first(report.code, field(cells, source, CODE));
        if (project) {
            Value<String> leader = withoutCopula(field(cells, source, LEADER), source);
            if (leader != null && !leader.value().matches(".*\\d{5,}.*")) {
                report.project().leader = StatedReport.first(report.project().leader, leader);
            }
        }
        statedScore(cells, source, report);
        if (!isForm(cells)) {
            return; // prose's 自评结论, 存在问题 … are the sentences' to read, item by item
        }
        report.conclusion = StatedReport.first(report.conclusion, answered(source, field(cells, source, CONCLUSION)));
        Value<String> problems = answered(source, field(cells, source, PROBLEMS));
        if (problems != null && report.problems.isEmpty()) {
            report.problems.add(problems);
        }
        Value<String> measures = answered(source, field(cells, source, MEASURES));
        if (measures != null && report.measures.isEmpty()) {
            report.measures.add(measures);
        }
    }

    /** A form's last rows, 评价结论 | 存在问题 | 改进措施, where they hold an answer rather than 无 or the form's prompt. */
    private static final String[] CONCLUSION = {"评价结论", "自评结论", "总体评价结论"};
    private static final String[] PROBLEMS = {"存在问题", "存在的问题", "主要问题"};
    private static final String[] MEASURES = {"改进措施", "下一步改进措施", "改进意见"};

    private static Value<String> answered(SourceText source, Value<String> value) {
        if (value == null || Unfilled.is(value.value()) || value.value().length() < 2) {
            return null;
        }
        return Value.of(TitleParts.text(source, value.start(), value.end()), value.start(), value.end());
    }

    private static final Pattern CODE_PREFIX = Pattern.compile("^((?=[0-9A-Z]*\\d{3})[0-9A-Z]{3,})[-－—_](.{2,})$");

    /** A name written after its budget code (219001-某镇人民政府): the name, and the unit's code kept as such. */
    static Value<String> withoutCode(Value<String> name, StatedReport report, boolean unit) {
        if (name == null) {
            return null;
        }
        Matcher m = CODE_PREFIX.matcher(name.value());
        if (!m.matches()) {
            return name;
        }
        int codeEnd = name.start() + m.end(1);
        if (unit) {
            report.code = StatedReport.first(report.code, Value.of(m.group(1), name.start(), codeEnd));
        }
        return Value.of(m.group(2), codeEnd + 1, name.end());
    }

    /** A level's merged cell of an indicator table: a form even where an excerpt lost the table's header. */
    private static final Pattern LEVEL_CELL = Pattern.compile("^(?:产出|效益|满意度|数量|质量|时效|成本|社会效益|经济效益|生态效益)指标$");

    /** Whether the cells hold a form: the head of a funds or indicator table, or a 项目名称 with its value. */
    static boolean isForm(List<Cell> cells) {
        for (Cell cell : cells) {
            String text = cell.text();
            if (text.length() > 20) {
                continue;
            }
            HeaderWords.Role funds = HeaderWords.funds(text);
            HeaderWords.Role indicator = HeaderWords.indicator(text);
            if (funds == HeaderWords.Role.BUDGET || funds == HeaderWords.Role.EXECUTED || funds == HeaderWords.Role.INITIAL
                    || indicator == HeaderWords.Role.NAME || indicator == HeaderWords.Role.LEVEL1
                    || indicator == HeaderWords.Role.TARGET || indicator == HeaderWords.Role.ACTUAL
                    || isAny(text, PROJECT) || LEVEL_CELL.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The value of the first of the labels the form has, or null. */
    static Value<String> field(List<Cell> cells, SourceText source, String... labels) {
        for (String label : labels) {
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                String text = cell.text();
                if (!text.contains(label)) {
                    continue; // the fast test before the exact ones
                }
                if (HeaderWords.key(text).equals(label) || text.equals(label) || text.equals(label + ":")
                        || text.equals(label + "：")) {
                    Cell next = i + 1 < cells.size() ? cells.get(i + 1) : null;
                    if (next != null && !isLabel(next.text()) && !next.isEmpty()
                            && !Alignment.isPlaceholder(next.text()) && !next.text().startsWith("其中")
                            && !SOURCES_HEAD.matcher(next.text()).matches() && !OTHER_FIELD.matcher(next.text()).find()) {
                        return value(source, next.start(), next.end());
                    }
                    continue; // a column's head (项目名称 | 备注 of a list), or the label left empty: look further
                }
                if (label.length() >= 4 && text.startsWith(label) && text.length() > label.length() + 1
                        && !isLabel(text) && text.charAt(label.length()) != '(' && text.charAt(label.length()) != ':'
                        && !longerLabel(text)) {
                    // a label run into its value, as a document site's preview prints it: 评价结论按期完成…
                    int at = cell.start() + skipped(source, cell.start(), label.length());
                    if (UNIT_LABELS.contains(label) && !namesUnit(text.substring(label.length()))) {
                        continue; // a rule's words, 部门(单位)本年度实际执行的…, name no unit
                    }
                    return value(source, at, cell.end());
                }
                Matcher m = LABEL_AND_VALUE.matcher(text);
                if (m.matches() && (m.group(1).equals(label) || HeaderWords.key(m.group(1)).equals(label))) {
                    int colon = indexOfColon(source, cell);
                    if (colon > 0 && !Alignment.isPlaceholder(m.group(2))) {
                        return value(source, colon + 1, cell.end());
                    }
                }
            }
        }
        return null;
    }

    /** Whether the words open with a unit's name: 某管委会(行政主管部门)的…, not 本年度实际执行的…. */
    private static boolean namesUnit(String words) {
        for (int end = 2; end <= Math.min(words.length(), 40); end++) {
            if (ReportHead.UNIT_END.matcher(words.substring(0, end)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the cell heads a table's column: its row holds other columns' words (指标分值 | … | 自评得分), or, in a
     * table written one cell a line, the cell just before it is one (评价标准 | 分值 | 自评得分).
     */
    private static boolean columnHead(List<Cell> cells, int i) {
        int row = cells.get(i).row();
        for (int k = i - 1; k >= 0 && cells.get(k).row() == row; k--) {
            if (HeaderWords.indicator(cells.get(k).text()) != null) {
                return true;
            }
        }
        return i > 0 && cells.get(i - 1).row() != row && HeaderWords.indicator(cells.get(i - 1).text()) != null;
    }

    /** A cell that is another, longer label with its value (部门(单位)全称:X, not 部门(单位) run into 全称:X). */
    private static boolean longerLabel(String text) {
        Matcher m = LABEL_AND_VALUE.matcher(text);
        return m.matches() && isLabel(m.group(1));
    }

    private static boolean hasLabel(List<Cell> cells, String... labels) {
        for (Cell cell : cells) {
            for (String label : labels) {
                if (cell.text().contains(label) && HeaderWords.key(cell.text()).equals(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first cell that reads as a unit's name and is no other field's value. */
    private static Value<String> displacedUnit(List<Cell> cells, SourceText source, StatedReport report) {
        String parent = report.parent == null ? null : ReportHead.compact(Folding.fold(report.parent.value()));
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            String text = cell.text();
            if (text.length() < 4 || text.length() > 30 || !ReportHead.UNIT_END.matcher(text).find() || isLabel(text)
                    || text.equals(parent) || text.contains(":") || text.contains("：")) {
                continue;
            }
            if (i > 0 && isAny(cells.get(i - 1).text(), PARENT)) {
                continue;
            }
            return value(source, cell.start(), cell.end());
        }
        return null;
    }

    private static boolean isAny(String text, String... labels) {
        String key = HeaderWords.key(text);
        for (String label : labels) {
            if (key.equals(label)) {
                return true;
            }
        }
        return false;
    }

    static boolean isLabel(String text) {
        String key = HeaderWords.key(text);
        return ALL_LABELS.contains(key) || HeaderWords.funds(key) != null || HeaderWords.indicator(key) != null;
    }

    private static final Set<String> ALL_LABELS = new HashSet<>();

    static {
        for (String[] labels : new String[][] {PROJECT, UNIT, PARENT, CODE, LEADER, OTHER_LABELS}) {
            ALL_LABELS.addAll(Arrays.asList(labels));
        }
    }

    /** How far into the source n characters other than whitespace reach from an offset. */
    private static int skipped(SourceText source, int from, int n) {
        int seen = 0;
        int i = from;
        while (i < source.length() && seen < n) {
            if (!Character.isWhitespace(source.folded().charAt(i))) {
                seen++;
            }
            i++;
        }
        return i - from;
    }

    private static int indexOfColon(SourceText source, Cell cell) {
        String folded = source.folded();
        for (int i = cell.start(); i < cell.end(); i++) {
            if (folded.charAt(i) == ':' ) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A person's name without the copula a sentence put before it (项目负责人为赵某). Only names: other values may open
     * with the same character (项目名称 | 为老服务补贴).
     */
    private static Value<String> withoutCopula(Value<String> name, SourceText source) {
        if (name == null || name.value().length() <= 2 || "为是".indexOf(name.value().charAt(0)) < 0) {
            return name;
        }
        return value(source, name.start() + skipped(source, name.start(), 1), name.end());
    }

    private static Value<String> value(SourceText source, int start, int end) {
        String text = SEAL.matcher(TitleParts.clean(source, start, end)).replaceAll("").strip();
        return text.isEmpty() ? null : Value.of(text, start, end);
    }

    /** Where a cover prints the seal's place after the name: 平泉市某局 (公章). */
    private static final Pattern SEAL = Pattern.compile("\\s*[(（](?:公章|盖章|签章|印章)[)）]$");

    /** 自评得分 | 94, 自评总分(分) 97.93, 总分 | 100 | 94; and 评价等级 | 优. */
    private static void statedScore(List<Cell> cells, SourceText source, StatedReport report) {
        for (int i = 0; i < cells.size() && report.statedTotal == null; i++) {
            Cell cell = cells.get(i);
            String text = cell.text();
            Matcher inCell = SCORE_IN_CELL.matcher(text);
            if (inCell.lookingAt() && inCell.group(1) != null) {
                report.statedTotal = number(inCell.group(1), cell);
                report.statedText = Value.of(text, cell.start(), cell.end());
            } else if (SCORE_LABEL.matcher(text).matches() && !columnHead(cells, i)) {
                // the value may be a few cells on, where the sheet put other fields between
                for (int n = i + 1; n < Math.min(cells.size(), i + 7); n++) {
                    Matcher m = NUMBER.matcher(cells.get(n).text());
                    if (m.matches()) {
                        report.statedTotal = number(m.group(1), cells.get(n));
                        report.statedText = Value.of(text + " " + cells.get(n).text(), cell.start(), cells.get(n).end());
                        break;
                    }
                    if (HeaderWords.funds(cells.get(n).text()) != null || HeaderWords.indicator(cells.get(n).text()) != null) {
                        break;
                    }
                }
            } else if (text.contains("总分") && HeaderWords.key(text).equals("总分") || text.equals("合计") && isIndicatorTotal(cells, i)) {
                List<Cell> figures = new ArrayList<>();
                for (int n = i + 1; n < Math.min(cells.size(), i + 4) && NUMBER.matcher(cells.get(n).text()).matches(); n++) {
                    figures.add(cells.get(n));
                }
                // 总分 | 100 | 94: points, then score; a lone 100 is the points added up, no score
                Cell score = figures.size() == 2 && figures.get(0).text().matches("100(?:\\.0+)?") ? figures.get(1)
                        : figures.size() == 1 && !figures.get(0).text().matches("100(?:\\.0+)?") ? figures.get(0) : null;
                Matcher glued = i + 1 < cells.size() ? GLUED_TOTAL.matcher(cells.get(i + 1).text()) : null;
                if (score == null && figures.isEmpty() && glued != null && glued.matches()
                        && new BigDecimal(glued.group(1)).compareTo(BigDecimal.valueOf(100)) <= 0
                        && new BigDecimal(glued.group(1)).compareTo(BigDecimal.valueOf(20)) >= 0) {
                    // 总分 | 10099: the points' 100 run into the score
                    Cell run = cells.get(i + 1);
                    report.statedTotal = Value.of(new BigDecimal(glued.group(1)), run.start(), run.end());
                    report.statedText = Value.of("总分 100 " + glued.group(1), run.start(), run.end());
                    continue;
                }
                if (score == null && figures.isEmpty() && i >= 2) {
                    // values written before their row's label, as a sheet flattened out of order does: 100 94 总分
                    Cell weight = cells.get(i - 2);
                    Cell last = cells.get(i - 1);
                    if (weight.text().matches("100(?:\\.0+)?") && NUMBER.matcher(last.text()).matches()) {
                        score = last;
                    }
                }
                if (score != null) {
                    Matcher m = NUMBER.matcher(score.text());
                    if (m.matches()) {
                        report.statedTotal = number(m.group(1), score);
                        report.statedText = Value.of("总分 " + score.text(), score.start(), score.end());
                        Cell grade = i + figures.size() + 1 < cells.size() ? cells.get(i + figures.size() + 1) : null;
                        if (!figures.isEmpty() && grade != null && grade.row() == score.row()
                                && GRADE.matcher(grade.text()).matches()) {
                            // 总分 | 100 | 96 | 优: the grade beside the score, in the row of the total
                            report.statedGrade = Value.of(TitleParts.clean(source, grade.start(), grade.end()),
                                    grade.start(), grade.end());
                        }
                    }
                }
            }
        }
        for (int i = 0; i + 1 < cells.size() && report.statedGrade == null; i++) {
            if (GRADE_LABEL.matcher(cells.get(i).text()).matches() && GRADE.matcher(cells.get(i + 1).text()).matches()) {
                Cell grade = cells.get(i + 1);
                report.statedGrade = Value.of(TitleParts.clean(source, grade.start(), grade.end()), grade.start(), grade.end());
            }
        }
    }

    private static boolean isIndicatorTotal(List<Cell> cells, int at) {
        for (int i = Math.max(0, at - 40); i < at; i++) {
            if (HeaderWords.indicator(cells.get(i).text()) == HeaderWords.Role.SCORE) {
                return true;
            }
        }
        return false;
    }

    private static Value<BigDecimal> number(String text, Cell cell) {
        BigDecimal value = new BigDecimal(text);
        return value.compareTo(BigDecimal.valueOf(100)) > 0 ? null : Value.of(value, cell.start(), cell.end());
    }
}
