package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.extraction.Cells.Cell;

/**
 * A form's 年度总体目标: under a header of two columns, what was planned (预期目标, 年初设定目标, 总体目标, 年度目标) and
 * what was done (实际完成情况, 全年实际完成情况, 年度总体目标完成情况综述), the texts down to the indicator table. Rows
 * of cells give each column its text; a table written one cell a line alternates them, planned then done.
 */
final class GoalCells {

    private static final Pattern PLANNED = Pattern.compile(
            "^(?:预期目标|年初设定目标|总体目标|年度目标|年度预期目标|年初目标|预期绩效目标|年度绩效目标|绩效目标|目标|项目年度目标|"
                    + "年度总体目标|年初绩效目标|年度计划目标)(?:\\(年初\\))?[:：]?$");
    private static final Pattern DONE = Pattern.compile(
            "^(?:实际完成情况|全年实际完成情况|年度总体目标完成情况综述|目标实际完成情况|年度目标完成情况|实际完成|完成情况|"
                    + "全年目标实际完成情况|总体目标完成情况|年度总体目标完成情况|目标完成情况|实际完成目标)[:：]?$");
    private static final Pattern END = Pattern.compile(
            "绩效指标|一级指标|二级指标|三级指标|指标名称|年度绩效指标|产出指标|资金管理情况|偏差原因|说明[:：]?$|^注[:：]");

    private GoalCells() {
    }

    /** A goal written right after its label, with no columns of planned and done: 年度总体目标 | TEXT. */
    private static final Pattern LABEL = Pattern.compile("^(?:年度总体目标|总体目标|年度目标|项目年度目标|年度绩效目标)[:：]?$");

    /** Fills the planned goals and the outcome; returns whether a goal was found. */
    static boolean read(List<Cell> cells, SourceText source, StatedReport report, boolean project) {
        if (columns(cells, source, report, project)) {
            return true;
        }
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (!LABEL.matcher(cells.get(i).text()).matches()) {
                continue;
            }
            Cell text = cells.get(i + 1);
            if (text.text().length() < 8 || FormCells.isLabel(text.text()) || Unfilled.is(text.text())
                    || END.matcher(text.text()).find()) {
                continue;
            }
            for (String item : NumberedItems.texts(TitleParts.text(source, text.start(), text.end()))) {
                report.goals.add(Value.of(item, text.start(), text.end()));
            }
            if (project) {
                report.project().goal = StatedReport.first(report.project().goal,
                        Value.of(TitleParts.text(source, text.start(), text.end()), text.start(), text.end()));
            }
            return true;
        }
        return false;
    }

    private static boolean columns(List<Cell> cells, SourceText source, StatedReport report, boolean project) {
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (!PLANNED.matcher(cells.get(i).text()).matches()) {
                continue;
            }
            int done = -1;
            for (int n = i + 1; n < Math.min(cells.size(), i + 3); n++) {
                if (DONE.matcher(cells.get(n).text()).matches()) {
                    done = n;
                }
            }
            if (done < 0) {
                continue;
            }
            List<Cell> texts = new ArrayList<>();
            for (int n = done + 1; n < cells.size() && !END.matcher(cells.get(n).text()).find(); n++) {
                String text = cells.get(n).text();
                if (text.matches("^[\\d.%]+$") || text.length() < 2 || Unfilled.is(cells.get(n).text())) {
                    continue; // the row's 分值, or an empty cell's mark
                }
                texts.add(cells.get(n));
            }
            if (texts.isEmpty()) {
                return false;
            }
            boolean rowed = texts.stream().map(Cell::row).distinct().count() < texts.size();
            List<Cell> planned = new ArrayList<>();
            List<Cell> outcome = new ArrayList<>();
            if (rowed) {
                for (Cell cell : texts) {
                    boolean first = texts.stream().filter(c -> c.row() == cell.row()).findFirst().orElse(cell) == cell;
                    (first ? planned : outcome).add(cell);
                }
            } else {
                for (int k = 0; k < texts.size(); k++) {
                    (k % 2 == 0 ? planned : outcome).add(texts.get(k));
                }
            }
            for (Cell cell : planned) {
                for (String item : NumberedItems.texts(TitleParts.text(source, cell.start(), cell.end()))) {
                    report.goals.add(Value.of(item, cell.start(), cell.end()));
                }
            }
            if (project && !outcome.isEmpty()) {
                StatedReport.Task task = report.project();
                Cell first = outcome.get(0);
                Cell last = outcome.get(outcome.size() - 1);
                StringBuilder text = new StringBuilder();
                for (Cell cell : outcome) {
                    text.append(TitleParts.text(source, cell.start(), cell.end()));
                }
                task.outcome = StatedReport.first(task.outcome, Value.of(text.toString(), first.start(), last.end()));
            }
            if (project && !planned.isEmpty()) {
                StringBuilder text = new StringBuilder();
                for (Cell cell : planned) {
                    text.append(TitleParts.text(source, cell.start(), cell.end()));
                }
                report.project().goal = StatedReport.first(report.project().goal, Value.of(text.toString(),
                        planned.get(0).start(), planned.get(planned.size() - 1).end()));
            }
            return true;
        }
        return false;
    }
}
