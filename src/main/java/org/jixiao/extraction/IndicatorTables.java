package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.document.Indicator;
import org.jixiao.document.Target;

/**
 * Indicator tables: a header row with 三级指标 and the columns it names (一级指标, 二级指标, 实施周期指标值, 年度指标值,
 * 实际完成值, 完成情况, 分值, 得分, 偏差原因分析及改进措施, in any order), then one row per indicator, as wide as the header,
 * up to 总分, the next header or a row of another width. 一级/二级指标 cells merged down are carried to the rows below. The 自评表 has one such table; a
 * department report may have one per key task.
 */
final class IndicatorTables {

    /**
     * One table: the compact text of its header row (to find where it stands), its indicators, and for each
     * whether its row states its levels (else they are inferred from the name, as for a sentence).
     */
    record Table(String header, List<Indicator> indicators, List<Boolean> levelsStated) {
    }

    static final String[] LABELS = {"一级指标", "二级指标", "年度指标值", "实施周期指标值", "实际完成值", "完成情况", "分值", "得分",
        "偏差原因"};
    private static final Pattern END = Pattern.compile("^(?:总分|合计|总计|评价结论|自评结论|说明|填表人)");
    private static final Pattern NONE = Pattern.compile("^(?:无|/|-|—|——|／)$");

    private IndicatorTables() {
    }

    static List<Table> of(Grid grid) {
        List<Table> tables = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            Map<String, Integer> columns = columns(grid.rows().get(r));
            if (columns != null) {
                List<Boolean> stated = new ArrayList<>();
                tables.add(new Table(Chars.parseView(String.join("", grid.rows().get(r))), rows(grid, r, columns, stated),
                        stated));
            }
        }
        return tables;
    }

    /** The header's columns by label, or null if the row is no indicator table header. */
    static Map<String, Integer> columns(List<String> row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
            String cell = Chars.parseView(row.get(c));
            boolean labelled = false;
            for (String label : LABELS) {
                if (cell.contains(label)) {
                    columns.putIfAbsent(label, c);
                    labelled = true;
                    break;
                }
            }
            if (!labelled && cell.contains("三级指标")) {
                columns.putIfAbsent("三级指标", c);
            }
        }
        return columns.containsKey("三级指标") && columns.size() >= 2 ? columns : null;
    }

    private static List<Indicator> rows(Grid grid, int header, Map<String, Integer> columns, List<Boolean> stated) {
        List<Indicator> indicators = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        int width = grid.rows().get(header).size();
        for (int r = header + 1; r < grid.size(); r++) {
            List<String> row = grid.rows().get(r);
            String all = Chars.parseView(String.join("", row));
            if (END.matcher(all).find() || columns(row) != null || row.size() < width) {
                break; // 总分, the next table, or a row of another shape: running text after the table
            }
            String l1 = cell(grid, r, columns.get("一级指标"));
            String l2 = cell(grid, r, columns.get("二级指标"));
            if (!l1.isEmpty()) {
                level1 = l1;
                level2 = "";
            }
            if (!l2.isEmpty()) {
                level2 = l2;
            }
            String name = cell(grid, r, columns.get("三级指标"));
            if (name.isEmpty()) {
                continue;
            }
            Target annual = target(cell(grid, r, columns.get("年度指标值")));
            Target cycle = target(cell(grid, r, columns.get("实施周期指标值")));
            Target actual = target(cell(grid, r, columns.get("实际完成值")));
            String unit = IndicatorSentences.unitOf(annual, cycle, actual);
            IndicatorLevels.Levels levels = IndicatorLevels.of(level1, level2, name, unit);
            stated.add(!level1.isEmpty() || !level2.isEmpty());
            String reason = cell(grid, r, columns.get("偏差原因"));
            String verdict = cell(grid, r, columns.get("完成情况"));
            indicators.add(Indicator.builder().levels(levels.level1(), levels.level2(), levels.inferred()).name(name)
                    .cycleTarget(cycle).annualTarget(annual).actual(actual)
                    .met(verdict.isEmpty() ? null : IndicatorSentences.verdict(verdict))
                    .score(Amounts.cellNumber(cell(grid, r, columns.get("得分")), Amounts.Unit.WAN))
                    .weight(Amounts.cellNumber(cell(grid, r, columns.get("分值")), Amounts.Unit.WAN))
                    .deviationReason(reason.isEmpty() || NONE.matcher(reason).matches() ? null : reason).build());
        }
        return indicators;
    }

    private static String cell(Grid grid, int row, Integer column) {
        return column == null ? "" : grid.cell(row, column).strip();
    }

    private static Target target(String text) {
        return text.isEmpty() || NONE.matcher(text).matches() ? null : Target.parse(Chars.parseView(text));
    }
}
