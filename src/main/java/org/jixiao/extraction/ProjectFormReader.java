package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.SourceFunds;

/**
 * A 项目支出绩效自评表 read from its {@link Grid} by the labels of its cells, never by fixed positions: a field's
 * value is the next filled cell right of its label (项目名称, 主管部门, 实施单位, 项目负责人); the funds and the
 * indicators are read by the columns of their header rows (年初预算数 … 得分; 一级指标 … 偏差原因分析及改进措施);
 * the goal row lies under 预期目标 and 实际完成情况.
 */
final class ProjectFormReader {

    private static final Pattern TOTAL = Pattern.compile("年度资金总额|资金总额|资金合计|总额|合计");

    private ProjectFormReader() {
    }

    /** The project form's document, or null if the grid holds no project form. */
    static EvaluationDocument read(Grid grid, String text) {
        String project = field(grid, "项目名称");
        List<IndicatorTables.Table> tables = IndicatorTables.of(grid);
        if (project == null && tables.isEmpty()) {
            return null;
        }
        String unitName = field(grid, "实施单位");
        String parent = field(grid, "主管部门");
        String leader = field(grid, "项目负责人");
        Funds funds = funds(grid);
        String[] goal = goal(grid);
        // the form's own table; a report text after the form may show the indicators again
        List<Indicator> indicators = new ArrayList<>(tables.isEmpty() ? List.of() : tables.get(0).indicators());
        Integer year = UnitNames.anyYear(text);
        String region = UnitNames.region(unitName != null ? unitName : parent);
        if (region == null && parent != null) {
            region = UnitNames.region(parent);
        }
        Department department = unitName == null && parent == null ? null
                : new Department(unitName != null ? unitName : parent, null, region, parent, null);
        List<String> goals = goal[0] == null ? List.of() : NumberedItems.texts(goal[0]);
        KeyTask task = new KeyTask(project, goal[0], funds == null ? null : funds.budget(),
                funds == null ? null : funds.executed(), funds == null ? null : funds.executionRate(), goal[1], leader,
                indicators, null);
        return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.PROJECT, year, department, List.of(), funds, goals,
                List.of(task), null, List.of(), List.of(), List.of(), null, null);
    }

    /** The text right of a label: in the label's own cell after a colon, else the next filled cell. */
    static String field(Grid grid, String label) {
        for (int r = 0; r < grid.size(); r++) {
            List<String> row = grid.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = Chars.parseView(row.get(c));
                if (!cell.startsWith(label)) {
                    continue;
                }
                String rest = Chars.trimPunctuation(row.get(c).replaceFirst("^\\s*" + spaced(label), ""), "：:");
                if (!rest.isEmpty() && !rest.startsWith("（") && !rest.startsWith("(")) {
                    return rest;
                }
                for (int n = c + 1; n < row.size(); n++) {
                    String value = row.get(n).strip();
                    if (!value.isEmpty()) {
                        return isLabel(value) ? null : value;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static String spaced(String label) {
        return String.join("\\s*", label.split(""));
    }

    private static boolean isLabel(String cell) {
        String c = Chars.parseView(cell);
        for (String label : new String[] {"项目名称", "主管部门", "实施单位", "项目负责人", "联系电话"}) {
            if (c.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first row holding the first label and at least one other: its columns by label (the first label
     * each cell begins with, or contains). Returns the row index, or -1.
     */
    private static int header(Grid grid, Map<String, Integer> columns, String required, String... others) {
        for (int r = 0; r < grid.size(); r++) {
            Map<String, Integer> found = new LinkedHashMap<>();
            List<String> row = grid.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = Chars.parseView(row.get(c));
                boolean other = false;
                for (String label : others) {
                    if (cell.contains(label)) {
                        found.putIfAbsent(label, c);
                        other = true;
                        break;
                    }
                }
                if (!other && cell.contains(required)) {
                    found.putIfAbsent(required, c);
                }
            }
            if (found.containsKey(required) && found.size() >= 2) {
                columns.putAll(found);
                return r;
            }
        }
        return -1;
    }

    private static Funds funds(Grid grid) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        int header = -1;
        for (String budgetLabel : new String[] {"全年预算数", "年度预算数", "调整后预算数", "预算数"}) {
            columns.clear();
            header = header(grid, columns, budgetLabel, "年初预算数", "全年执行数", "执行数", "实际支出", "预算完成数", "执行率",
                    "分值", "得分");
            if (header >= 0) {
                columns.put("全年预算数", columns.remove(budgetLabel));
                break;
            }
        }
        if (header < 0) {
            return fundsByRow(grid);
        }
        Integer executedColumn = first(columns, "全年执行数", "执行数", "实际支出", "预算完成数");
        Amounts.Unit unit = unitOf(grid, header);
        BigDecimal budget = null;
        BigDecimal initial = null;
        BigDecimal executed = null;
        BigDecimal rate = null;
        List<SourceFunds> sources = new ArrayList<>();
        int firstValue = columns.values().stream().min(Integer::compare).orElse(0);
        for (int r = header + 1; r < grid.size(); r++) {
            String label = rowLabel(grid, r, firstValue);
            if (label.contains("预期目标") || label.contains("年度总体目标") || label.contains("一级指标")
                    || label.contains("绩效指标")) {
                break;
            }
            BigDecimal rowBudget = number(grid, r, columns.get("全年预算数"), unit);
            BigDecimal rowInitial = number(grid, r, columns.get("年初预算数"), unit);
            BigDecimal rowExecuted = number(grid, r, executedColumn, unit);
            BigDecimal rowRate = number(grid, r, columns.get("执行率"), Amounts.Unit.WAN);
            if (rowBudget == null && rowExecuted == null && rowInitial == null) {
                continue;
            }
            FundSource source = source(label);
            if (source == null && TOTAL.matcher(label).find() || (source == null && budget == null)) {
                budget = rowBudget;
                initial = rowInitial;
                executed = rowExecuted;
                rate = rowRate;
            } else if (source != null && sources.stream().noneMatch(s -> s.source() == source)) {
                sources.add(new SourceFunds(source, rowBudget, rowExecuted, null));
            }
        }
        Funds funds = new Funds(budget, initial, executed, rate, sources, null, null, null);
        return funds.isEmpty() ? null : funds;
    }

    /** Funds with each label left of its value, one a row (年初预算数 | 120, 全年预算数 | 150 …), as a workbook sets them. */
    private static Funds fundsByRow(Grid grid) {
        Amounts.Unit unit = Amounts.Unit.WAN;
        BigDecimal budget = rowNumber(grid, unit, "全年预算数", "年度预算数", "调整后预算数");
        BigDecimal executed = rowNumber(grid, unit, "全年执行数", "执行数", "实际支出", "预算完成数");
        BigDecimal initial = rowNumber(grid, unit, "年初预算数");
        BigDecimal rate = rowNumber(grid, Amounts.Unit.WAN, "执行率");
        Funds funds = new Funds(budget, initial, executed, rate, List.of(), null, null, null);
        return funds.isEmpty() ? null : funds;
    }

    private static BigDecimal rowNumber(Grid grid, Amounts.Unit unit, String... labels) {
        for (String label : labels) {
            String value = field(grid, label);
            BigDecimal number = value == null ? null : Amounts.cellNumber(value, unit);
            if (number != null) {
                return number;
            }
        }
        return null;
    }

    private static FundSource source(String label) {
        // 政府性基金预算财政拨款 and 国有资本经营预算财政拨款 are appropriations of their own budgets, not the general one
        if (label.contains("政府性基金")) {
            return FundSource.GOVERNMENT_FUND;
        }
        if (label.contains("国有资本")) {
            return FundSource.STATE_CAPITAL;
        }
        if (label.contains("财政拨款") || label.contains("一般公共预算")) {
            return FundSource.GENERAL_PUBLIC_BUDGET;
        }
        if (label.contains("上年结转")) {
            return FundSource.PRIOR_YEAR_CARRYOVER;
        }
        if (label.contains("其他资金") || label.contains("其他")) {
            return FundSource.OTHER;
        }
        return null;
    }

    /** The text of a row's cells left of its first figure column: 年度资金总额, 其中：当年财政拨款 ... */
    private static String rowLabel(Grid grid, int row, int firstValue) {
        StringBuilder label = new StringBuilder();
        List<String> cells = grid.rows().get(row);
        for (int c = 0; c < Math.max(firstValue, 1) && c < cells.size(); c++) {
            label.append(Chars.parseView(cells.get(c)));
        }
        if (label.isEmpty() && !cells.isEmpty()) {
            label.append(Chars.parseView(cells.get(0)));
        }
        return label.toString();
    }

    /** 元 where the funds header or the sheet says so (资金情况（元）, 单位：元), else 万元. */
    private static Amounts.Unit unitOf(Grid grid, int header) {
        for (int r = Math.max(0, header - 3); r <= Math.min(grid.size() - 1, header + 1); r++) {
            for (String cell : grid.rows().get(r)) {
                String c = Chars.parseView(cell);
                if (c.contains("万元")) {
                    return Amounts.Unit.WAN;
                }
                if (c.contains("（元）") || c.contains("(元)") || c.contains("单位：元") || c.contains("单位:元")) {
                    return Amounts.Unit.YUAN;
                }
            }
        }
        return Amounts.Unit.WAN;
    }

    private static BigDecimal number(Grid grid, int row, Integer column, Amounts.Unit unit) {
        return column == null ? null : Amounts.cellNumber(grid.cell(row, column), unit);
    }

    /** {预期目标, 实际完成情况}: the cells under their header, over as many rows as run to the indicators. */
    private static String[] goal(Grid grid) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        int header = header(grid, columns, "预期目标", "实际完成情况");
        if (header < 0) {
            // labels left of their values (预期目标 | …, 实际完成情况 | …), as a workbook sets them one a row
            return new String[] {Unfilled.orNull(field(grid, "预期目标")), Unfilled.orNull(field(grid, "实际完成情况"))};
        }
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (int r = header + 1; r < grid.size(); r++) {
            String all = Chars.parseView(String.join("", grid.rows().get(r)));
            if (all.contains("一级指标") || all.contains("三级指标") || all.startsWith("绩效指标")) {
                break;
            }
            expected.append(grid.cell(r, columns.get("预期目标")));
            Integer actualColumn = columns.get("实际完成情况");
            if (actualColumn != null) {
                actual.append(grid.cell(r, actualColumn));
            }
        }
        return new String[] {blankToNull(Chars.canonical(expected)), blankToNull(Chars.canonical(actual))};
    }

    private static Integer first(Map<String, Integer> columns, String... labels) {
        for (String label : labels) {
            if (columns.containsKey(label)) {
                return columns.get(label);
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
