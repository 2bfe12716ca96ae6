package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rendering.ReportElement.IndicatorRow;
import org.jixiao.rendering.ReportElement.IndicatorTable;

/**
 * A table as the page formats draw it: rows of cells that may span columns. The indicator table and the
 * 自评表 are laid out here once, so that DOCX, PDF, HTML and the web pages show the same grid.
 *
 * @param widths     relative column widths
 * @param headerRows rows repeated at the top of a page when the table breaks
 */
public record TableLayout(List<Integer> widths, List<Row> rows, int headerRows) {

    public record Row(List<Cell> cells) {
    }

    /** The 自评表 as a grid, for a page that shows it (the evaluation's page, the workspace's preview). */
    public static TableLayout ofForm(SelfEvaluationForm form) {
        return of(form);
    }

    /**
     * @param head a label or column head: bold, centred
     */
    public record Cell(String text, int span, boolean head, boolean center) {

        static Cell head(String text, int span) {
            return new Cell(text, span, true, true);
        }

        static Cell leftHead(String text, int span) {
            return new Cell(text, span, true, false);
        }

        static Cell value(String text, int span) {
            return new Cell(text == null ? "" : text, span, false, false);
        }

        static Cell figure(String text) {
            return new Cell(text == null ? "" : text, 1, false, true);
        }
    }

    int columns() {
        return widths.size();
    }

    static TableLayout of(IndicatorTable table) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(table.heads().stream().map(h -> Cell.head(h, 1)).toList()));
        for (IndicatorRow row : table.rows()) {
            List<Cell> cells = new ArrayList<>();
            List<String> texts = table.cells(row);
            for (int i = 0; i < texts.size(); i++) {
                cells.add(i == 2 ? Cell.value(texts.get(i), 1) : Cell.figure(texts.get(i)));
            }
            rows.add(new Row(cells));
        }
        // in points: every head fits its column on one line at 9 pt across the 156 mm type area, with room around it
        return new TableLayout(table.stated() ? List.of(47, 47, 60, 77, 57, 57, 47, 27, 27)
                : List.of(47, 47, 113, 77, 57, 57, 47), rows, 1);
    }

    /** The 项目支出绩效自评表 in nine columns, as finance bureaus print it. */
    static TableLayout of(SelfEvaluationForm form) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(Cell.head("项目名称", 1), Cell.value(form.projectName(), 8)));
        rows.add(row(Cell.head("主管部门", 1), Cell.value(form.parent(), 3), Cell.head("实施单位", 2),
                Cell.value(form.unit(), 3)));
        if (form.leader() != null) {
            rows.add(row(Cell.head("项目负责人", 1), Cell.value(form.leader(), 8)));
        }
        rows.add(row(Cell.head("项目资金（万元）", 3), Cell.head("年初预算数", 1), Cell.head("全年预算数", 1),
                Cell.head("全年执行数", 1), Cell.head("分值", 1), Cell.head("执行率", 1), Cell.head("得分", 1)));
        rows.add(row(Cell.head("年度资金总额", 3), Cell.figure(Figures.amountCell(form.initialBudget())),
                Cell.figure(Figures.amountCell(form.budget())), Cell.figure(Figures.amountCell(form.executed())),
                Cell.figure(Figures.points(SelfEvaluationForm.EXECUTION_POINTS)), Cell.figure(Figures.rate(form.rate())),
                Cell.figure(form.scored() || form.executionScore() != null ? Figures.score(form.executionScore())
                        : SelfEvaluationForm.UNSCORED)));
        // the money by source under the total, where the document holds it: no 年初预算数 of its own, nor points
        for (SelfEvaluationForm.SourceLine source : form.sources()) {
            rows.add(row(Cell.head(source.label(), 3), Cell.figure(""), Cell.figure(Figures.amountCell(source.budget())),
                    Cell.figure(Figures.amountCell(source.executed())), Cell.figure("—"),
                    Cell.figure(source.rate() == null ? "" : Figures.rate(source.rate())), Cell.figure("—")));
        }
        // left-aligned as the texts under them, so that a short goal stands under its head, not under 年度总体目标
        rows.add(row(Cell.head("年度总体目标", 1), Cell.leftHead("预期目标", 4), Cell.leftHead("实际完成情况", 4)));
        rows.add(row(Cell.value("", 1), Cell.value(form.expectedGoal(), 4), Cell.value(form.outcome(), 4)));
        rows.add(row(Cell.head("绩效指标", 1), Cell.head("一级指标", 1), Cell.head("二级指标", 1), Cell.head("三级指标", 1),
                Cell.head("年度指标值", 1), Cell.head("实际完成值", 1), Cell.head("分值", 1), Cell.head("得分", 1),
                Cell.head("偏差原因分析及改进措施", 1)));
        if (form.rows().isEmpty()) {
            rows.add(row(Cell.value("", 1), Cell.value("（未填写绩效指标）", 8)));
        }
        for (SelfEvaluationForm.Row indicator : form.rows()) {
            rows.add(row(Cell.value("", 1), Cell.figure(indicator.level1()), Cell.figure(indicator.level2()),
                    Cell.value(indicator.name(), 1), Cell.figure(indicator.annualTarget()),
                    Cell.figure(indicator.actual()),
                    Cell.figure(marked(Figures.points(indicator.weight()), indicator.weightComputed())),
                    Cell.figure(marked(Figures.score(indicator.score()), indicator.scoreComputed())),
                    Cell.value(indicator.deviationReason(), 1)));
        }
        rows.add(row(Cell.head("总分", 6), Cell.figure("100"),
                Cell.figure(form.scored() ? Figures.score(form.total()) : SelfEvaluationForm.UNSCORED),
                Cell.value(form.grade() == null ? "" : "等级：" + form.grade().label(), 1)));
        if (form.hasComputedFigures()) {
            rows.add(row(Cell.value(SelfEvaluationForm.COMPUTED_NOTE, 9)));
        }
        // in points: every label fits its cell on one line at 9 pt across the 156 mm type area, with room around it
        // (分值 and 得分 as wide as a computed 56.25※ and 100.00※)
        return new TableLayout(List.of(58, 46, 46, 51, 53, 53, 36, 40, 59), rows, 0);
    }

    /** A figure the scoring rules gave, marked as such. */
    private static String marked(String figure, boolean computed) {
        return computed && !figure.isEmpty() ? figure + SelfEvaluationForm.COMPUTED_MARK : figure;
    }

    private static Row row(Cell... cells) {
        return new Row(List.of(cells));
    }
}
