package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rendering.ReportElement.Grid;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.Paragraph;
import org.jixiao.rendering.TableLayout.Cell;
import org.jixiao.rendering.TableLayout.Row;

/**
 * An assessment's report (事前绩效评估报告): the facts of what was assessed, a table of criteria with their weight,
 * score and reason, the total and the conclusion, then the assessor's opinion. Its maker (the ex-ante module) says
 * every figure as printed; rendering lays it out in the same DOCX and PDF as the self-evaluation report, with the
 * shipped fonts, and knows nothing of how it was scored.
 *
 * @param unitName   the unit, printed above the title
 * @param title      e.g. 某项目事前绩效评估报告
 * @param facts      the request's facts as label and value (申报单位, 申请金额 …), in the order printed
 * @param criteria   one row per criterion
 * @param total      the total as printed (86.50)
 * @param conclusion the conclusion's words (予以支持), or what stands in for it while there is none
 * @param sections   headed texts after the table (评估意见, 结论说明 …), in order
 * @param signature  the closing line (评估人 and date)
 */
public record AssessmentReport(String unitName, String title, List<Fact> facts, List<CriterionRow> criteria,
        String total, String conclusion, List<Section> sections, String signature) {

    public AssessmentReport {
        facts = List.copyOf(facts);
        criteria = List.copyOf(criteria);
        sections = List.copyOf(sections);
    }

    public record Fact(String label, String value) {
    }

    /** One criterion's row: its sub-points with their scores are said in {@code detail}. */
    public record CriterionRow(String title, String weight, String score, String detail, String reason) {
    }

    public record Section(String heading, List<String> paragraphs) {
    }

    /** The report as DOCX or PDF (HTML too, for a preview). */
    public RenderedReport render(ReportFormat format) {
        return ScoredReports.render(outline(), format, "事前绩效评估报告");
    }

    /** A file name safe on every file system, without characters that are not seen. */
    public String fileName(ReportFormat format) {
        return ScoredReports.fileName(title, format);
    }

    ReportOutline outline() {
        List<ReportElement> elements = new ArrayList<>();
        elements.add(new Heading(1, "一、评估对象"));
        List<Row> factRows = new ArrayList<>();
        for (Fact fact : facts) {
            factRows.add(new Row(List.of(Cell.head(fact.label(), 1), Cell.value(fact.value(), 3))));
        }
        elements.add(new Grid(null, new TableLayout(List.of(90, 110, 110, 110), factRows, 0)));
        elements.add(new Heading(1, "二、评估得分"));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(List.of(Cell.head("评估内容", 1), Cell.head("权重", 1), Cell.head("得分", 1),
                Cell.head("评分要点得分", 1), Cell.head("评估理由", 1))));
        for (CriterionRow row : criteria) {
            rows.add(new Row(List.of(Cell.leftHead(row.title(), 1), Cell.figure(row.weight()), Cell.figure(row.score()),
                    Cell.value(row.detail(), 1), Cell.value(row.reason(), 1))));
        }
        rows.add(new Row(List.of(Cell.head("总分", 1), Cell.figure("100"), Cell.figure(total), Cell.value("", 2))));
        rows.add(new Row(List.of(Cell.head("评估结论", 1), Cell.value(conclusion, 4))));
        // in points: 实施方案可行性 fits its column at 9 pt; the reasons get the most room
        elements.add(new Grid(null, new TableLayout(List.of(80, 34, 40, 120, 146), rows, 1)));
        int number = 3;
        for (Section section : sections) {
            elements.add(new Heading(1, ChineseNumbers.of(number++) + "、" + section.heading()));
            if (section.paragraphs().isEmpty()) {
                elements.add(Paragraph.missing(section.heading()));
            }
            for (String text : section.paragraphs()) {
                elements.add(Paragraph.of(text));
            }
        }
        if (signature != null) {
            elements.add(Paragraph.of(signature));
        }
        return new ReportOutline(unitName == null ? "" : unitName, title, elements);
    }
}
