package org.jixiao.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.Department;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.document.PlannedTask;
import org.jixiao.document.Target;
import org.jixiao.rendering.TableLayout.Cell;
import org.jixiao.rendering.TableLayout.Row;

/**
 * A goal sheet (绩效目标申报表) as the one table finance bureaus print: the head rows (项目名称, 主管部门 and 实施单位,
 * 实施期限; a department's 单位名称), the money (年度资金总额, 其中：财政拨款, 其他资金, in 万元), the goals (a project's
 * 中长期目标 beside its 年度目标; a department's 部门职能, 年度主要任务 with their budgets, 年度总体目标), and the indicator
 * table (一级指标, 二级指标, 三级指标, 年度指标值, 实施周期指标值 where a target for the period is stated, 指标值设定依据).
 * Laid out once here, so that DOCX, PDF, HTML and the workbook show the same grid.
 *
 * <p>What the sheet does not state stays blank, but for an indicator's levels: a blank level cell reads as merged
 * with the one above (a level stated once for several indicators), so a level not stated is printed —. Duties are
 * numbered (1.…) one a row and the basis of a target reads 历史标准：what it rests on, so that what was written
 * reads back as written.
 *
 * @param table   the grid
 * @param amounts where the figures in 万元 stand, for the workbook to write them as numbers
 */
record GoalSheetLayout(TableLayout table, List<Amount> amounts) {

    /** 项目资金（万元） on a project's sheet, 年度资金（万元） on a department's: what heads the three money rows. */
    static final String PROJECT_FUNDS = "项目资金（万元）";
    static final String DEPARTMENT_FUNDS = "年度资金（万元）";
    static final String TOTAL = "年度资金总额";
    static final String APPROPRIATION = "其中：财政拨款";
    static final String OTHER = "其他资金";
    static final String BASIS_SEPARATOR = "：";
    /** In a level cell whose level the sheet does not state. */
    static final String NO_LEVEL = "—";

    /** A figure in 万元 at a row and the column its cell begins in. */
    record Amount(int row, int column, BigDecimal value) {
    }

    /** In points, as the PDF sets them (156 mm of type area): every head fits its cell on one line at 9 pt. */
    private static final List<Integer> WITH_CYCLE = List.of(60, 51, 60, 82, 51, 69, 69);
    private static final List<Integer> ANNUAL_ONLY = List.of(60, 51, 60, 132, 69, 70);

    static GoalSheetLayout of(GoalSheet sheet) {
        return new Builder(sheet).build();
    }

    /** The title a finance bureau prints: 2026年度项目支出绩效目标申报表. */
    static String title(GoalSheet sheet) {
        String year = sheet.fiscalYear() == null ? "" : sheet.fiscalYear() + "年度";
        String form = sheet.kind() == Kind.PROJECT ? "项目支出绩效目标申报表"
                : sheet.kind() == Kind.DEPARTMENT_OVERALL ? "部门整体支出绩效目标申报表" : "绩效目标申报表";
        return year + form;
    }

    /** 历史标准：上年完成56场, the basis alone where there is no note, the note alone where there is no basis. */
    static String basis(GoalIndicator indicator) {
        String label = indicator.basis() == null ? "" : indicator.basis().label();
        String note = indicator.basisNote() == null ? "" : indicator.basisNote();
        return label.isEmpty() || note.isEmpty() ? label + note : label + BASIS_SEPARATOR + note;
    }

    private static final class Builder {

        private final GoalSheet sheet;
        private final boolean project;
        private final boolean cycle;
        private final int columns;
        private final List<Row> rows = new ArrayList<>();
        private final List<Amount> amounts = new ArrayList<>();

        Builder(GoalSheet sheet) {
            this.sheet = sheet;
            this.project = sheet.kind() != Kind.DEPARTMENT_OVERALL;
            this.cycle = sheet.indicators().stream().anyMatch(i -> i != null && i.cycleTarget() != null);
            this.columns = cycle ? WITH_CYCLE.size() : ANNUAL_ONLY.size();
        }

        GoalSheetLayout build() {
            Department unit = sheet.department();
            String name = unit == null ? null : unit.name();
            String parent = unit == null ? null : unit.parent();
            if (project) {
                field("项目名称", sheet.project());
                // 主管部门 over the left half, 实施单位 over the right, as the 自评表 sets them
                int left = columns - 4;
                rows.add(row(Cell.head("主管部门", 1), Cell.value(parent, left), Cell.head("实施单位", 1),
                        Cell.value(name, 2)));
            } else {
                field("单位名称", name);
                if (parent != null) {
                    field("主管部门", parent);
                }
            }
            if (unit != null && unit.code() != null) {
                field("单位编码", unit.code());
            }
            if (unit != null && unit.region() != null) {
                field("行政区划", unit.region());
            }
            if (project || sheet.period() != null) {
                field("实施期限", sheet.period());
            }
            funds();
            if (!project || !sheet.functions().isEmpty()) {
                functions();
            }
            if (!project || !sheet.tasks().isEmpty()) {
                tasks();
            }
            if (project) {
                // 中长期目标 beside 年度目标, the texts in the row under their heads
                int half = 3;
                rows.add(row(Cell.head("总体目标", 1), Cell.leftHead("中长期目标", half),
                        Cell.leftHead("年度目标", columns - 1 - half)));
                rows.add(row(Cell.value("", 1), Cell.value(sheet.longTermGoal(), half),
                        Cell.value(sheet.annualGoal(), columns - 1 - half)));
            } else {
                if (sheet.longTermGoal() != null) {
                    field("中长期目标", sheet.longTermGoal());
                }
                field("年度总体目标", sheet.annualGoal());
            }
            indicators();
            return new GoalSheetLayout(new TableLayout(cycle ? WITH_CYCLE : ANNUAL_ONLY, List.copyOf(rows), 0),
                    List.copyOf(amounts));
        }

        private void field(String label, String value) {
            rows.add(row(Cell.head(label, 1), Cell.value(value, columns - 1)));
        }

        /** The three money rows: the group's name once, then each figure beside its label. */
        private void funds() {
            GoalFunds funds = sheet.funds();
            String group = project ? PROJECT_FUNDS : DEPARTMENT_FUNDS;
            amountRow(group, TOTAL, funds == null ? null : funds.total());
            amountRow("", APPROPRIATION, funds == null ? null : funds.appropriation());
            amountRow("", OTHER, funds == null ? null : funds.other());
        }

        private void amountRow(String group, String label, BigDecimal value) {
            amounts.add(new Amount(rows.size(), 3, value));
            rows.add(row(group.isEmpty() ? Cell.value("", 1) : Cell.head(group, 1), Cell.head(label, 2),
                    centred(Figures.amountCell(value), columns - 3)));
        }

        /** 部门职能 one a row, numbered. */
        private void functions() {
            List<String> functions = sheet.functions();
            if (functions.isEmpty()) {
                field("部门职能", null);
                return;
            }
            for (int i = 0; i < functions.size(); i++) {
                String text = functions.get(i) == null ? "" : functions.get(i);
                rows.add(row(i == 0 ? Cell.head("部门职能", 1) : Cell.value("", 1),
                        Cell.value((i + 1) + "." + text, columns - 1)));
            }
        }

        /** 年度主要任务: 任务名称, 主要内容, 预算金额 (万元), a task a row. */
        private void tasks() {
            int content = columns - 4;
            rows.add(row(Cell.head("年度主要任务", 1), Cell.head("任务名称", 2), Cell.head("主要内容", content),
                    Cell.head("预算金额（万元）", 1)));
            if (sheet.tasks().isEmpty()) {
                rows.add(row(Cell.value("", 1), Cell.value("", 2), Cell.value("", content), centred("", 1)));
            }
            for (PlannedTask task : sheet.tasks()) {
                PlannedTask t = task == null ? new PlannedTask(null, null, null) : task;
                amounts.add(new Amount(rows.size(), columns - 1, t.budget()));
                rows.add(row(Cell.value("", 1), Cell.value(t.name(), 2), Cell.value(t.content(), content),
                        centred(Figures.amountCell(t.budget()), 1)));
            }
        }

        private void indicators() {
            List<Cell> head = new ArrayList<>(List.of(Cell.head("绩效指标", 1), Cell.head("一级指标", 1),
                    Cell.head("二级指标", 1), Cell.head("三级指标", 1), Cell.head("年度指标值", 1)));
            if (cycle) {
                head.add(Cell.head("实施周期指标值", 1));
            }
            head.add(Cell.head("指标值设定依据", 1));
            rows.add(new Row(List.copyOf(head)));
            if (sheet.indicators().isEmpty()) {
                List<Cell> blank = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    blank.add(Cell.value("", 1));
                }
                rows.add(new Row(List.copyOf(blank)));
            }
            for (GoalIndicator indicator : sheet.indicators()) {
                GoalIndicator i = indicator == null
                        ? new GoalIndicator(null, null, null, null, null, null, null, null) : indicator;
                List<Cell> cells = new ArrayList<>(List.of(Cell.value("", 1),
                        centred(i.level1() == null ? NO_LEVEL : i.level1().label(), 1),
                        centred(i.level2() == null ? NO_LEVEL : i.level2().label(), 1),
                        Cell.value(i.name(), 1), centred(text(i.annualTarget()), 1)));
                if (cycle) {
                    cells.add(centred(text(i.cycleTarget()), 1));
                }
                cells.add(Cell.value(basis(i), 1));
                rows.add(new Row(List.copyOf(cells)));
            }
        }

        private static String text(Target target) {
            return target == null || target.text() == null ? "" : target.text();
        }

        /** A figure or a level, centred in its cell. */
        private static Cell centred(String text, int span) {
            return new Cell(text == null ? "" : text, span, false, true);
        }

        private static Row row(Cell... cells) {
            return new Row(List.of(cells));
        }
    }
}
