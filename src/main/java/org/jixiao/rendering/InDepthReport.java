package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rendering.ReportElement.Grid;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.Paragraph;
import org.jixiao.rendering.TableLayout.Cell;
import org.jixiao.rendering.TableLayout.Row;

/**
 * An in-depth evaluation's report (部门评价 or 财政评价) in the Ministry's outline: 一、基本情况 with the project's facts,
 * 二、评价工作开展情况 with who evaluated and when, 三、综合评价情况及评价结论 with each area's score, the total and the
 * grade, 四、绩效评价指标分析 with every indicator's points, agreed score and reason, then 五 to 七 as written. Its maker
 * (the indepth module) says every figure as printed; rendering lays it out in the same DOCX and PDF as the other
 * reports.
 *
 * @param texts the written text of each of the seven sections in order, paragraphs split; empty where not written
 */
public record InDepthReport(String unitName, String title, List<Fact> basics, List<Fact> work, List<AreaRow> areas,
        String total, String grade, List<IndicatorRow> indicators, List<List<String>> texts, String signature) {

    /** The seven headings of the outline, in order. */
    public static final List<String> HEADINGS = List.of("一、基本情况", "二、评价工作开展情况", "三、综合评价情况及评价结论",
            "四、绩效评价指标分析", "五、主要经验及做法、存在的问题及原因分析", "六、有关建议", "七、其他需要说明的问题");

    public InDepthReport {
        basics = List.copyOf(basics);
        work = List.copyOf(work);
        areas = List.copyOf(areas);
        indicators = List.copyOf(indicators);
        texts = texts.stream().map(List::copyOf).toList();
        if (texts.size() != HEADINGS.size()) {
            throw new IllegalArgumentException("评价报告应有 " + HEADINGS.size() + " 部分的文字，实有 " + texts.size());
        }
    }

    public record Fact(String label, String value) {
    }

    /** A level-1 area (决策 …) with its points and score as printed. */
    public record AreaRow(String area, String weight, String score) {
    }

    public record IndicatorRow(String area, String group, String title, String weight, String score, String reason) {
    }

    public RenderedReport render(ReportFormat format) {
        return ScoredReports.render(outline(), format, "重点绩效评价报告");
    }

    /** A file name safe on every file system, without characters that are not seen. */
    public String fileName(ReportFormat format) {
        return ScoredReports.fileName(title, format);
    }

    ReportOutline outline() {
        List<ReportElement> elements = new ArrayList<>();
        elements.add(new Heading(1, HEADINGS.get(0)));
        elements.add(facts(basics));
        written(elements, 0, true);
        elements.add(new Heading(1, HEADINGS.get(1)));
        elements.add(facts(work));
        written(elements, 1, true);
        elements.add(new Heading(1, HEADINGS.get(2)));
        List<Row> areaRows = new ArrayList<>();
        areaRows.add(new Row(List.of(Cell.head("一级指标", 1), Cell.head("分值", 1), Cell.head("得分", 1))));
        for (AreaRow area : areas) {
            areaRows.add(new Row(List.of(Cell.leftHead(area.area(), 1), Cell.figure(area.weight()),
                    Cell.figure(area.score()))));
        }
        areaRows.add(new Row(List.of(Cell.head("合计", 1), Cell.figure("100"), Cell.figure(total))));
        areaRows.add(new Row(List.of(Cell.head("评价等级", 1), Cell.value(grade, 2))));
        elements.add(new Grid(null, new TableLayout(List.of(140, 140, 140), areaRows, 1)));
        written(elements, 2, true);
        elements.add(new Heading(1, HEADINGS.get(3)));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(List.of(Cell.head("一级指标", 1), Cell.head("二级指标", 1), Cell.head("三级指标", 1),
                Cell.head("分值", 1), Cell.head("得分", 1), Cell.head("扣分理由及分差说明", 1))));
        for (IndicatorRow row : indicators) {
            rows.add(new Row(List.of(Cell.value(row.area(), 1), Cell.value(row.group(), 1), Cell.leftHead(row.title(), 1),
                    Cell.figure(row.weight()), Cell.figure(row.score()), Cell.value(row.reason(), 1))));
        }
        // in points: 资金使用合规性 fits its column at 9 pt; the reasons get the most room
        elements.add(new Grid(null, new TableLayout(List.of(40, 56, 84, 34, 40, 166), rows, 1)));
        written(elements, 3, true);
        for (int i = 4; i < HEADINGS.size(); i++) {
            elements.add(new Heading(1, HEADINGS.get(i)));
            written(elements, i, i < HEADINGS.size() - 1);
        }
        if (signature != null) {
            elements.add(Paragraph.of(signature));
        }
        return new ReportOutline(unitName == null ? "" : unitName, title, elements);
    }

    private static Grid facts(List<Fact> facts) {
        List<Row> rows = new ArrayList<>();
        for (Fact fact : facts) {
            rows.add(new Row(List.of(Cell.head(fact.label(), 1), Cell.value(fact.value(), 3))));
        }
        return new Grid(null, new TableLayout(List.of(90, 110, 110, 110), rows, 0));
    }

    /** The section's written text; where none, a required section is marked missing and 七 says there is nothing. */
    private void written(List<ReportElement> elements, int section, boolean required) {
        List<String> paragraphs = texts.get(section);
        if (paragraphs.isEmpty()) {
            elements.add(required ? Paragraph.missing(HEADINGS.get(section).substring(2)) : Paragraph.of("无。"));
        }
        for (String text : paragraphs) {
            elements.add(Paragraph.of(text));
        }
    }
}
