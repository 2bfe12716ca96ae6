package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;

/** A 部门整体支出绩效自评报告 in running text, section by section, into a document. */
final class DepartmentReportReader {

    private DepartmentReportReader() {
    }

    /** The document, or null if the text has none of a report's sections. */
    static EvaluationDocument read(ReportText text) {
        return read(text, List.of());
    }

    /** The same, with the report's indicator tables (from DOCX tables or text laid out in columns). */
    static EvaluationDocument read(ReportText text, List<IndicatorTables.Table> tables) {
        List<Sections.Section> sections = Sections.of(text);
        String flow = text.flow();
        long known = sections.stream().map(Sections.Section::kind)
                .filter(k -> k != Sections.Kind.HEAD && k != Sections.Kind.OTHER).distinct().count();
        String head = body(flow, first(sections, Sections.Kind.HEAD));
        UnitNames.Title title = UnitNames.title(head.length() > 400 ? head.substring(0, 400) : head);
        if (title.name() == null && title.year() == null) {
            title = UnitNames.title(flow.substring(0, Math.min(flow.length(), 400)));
        }
        String name = title.name();
        if (name == null) {
            name = UnitNames.unitLike(flow.substring(0, Math.max(0, text.nextLineStart(0))));
        }
        Integer year = title.year() != null ? title.year() : UnitNames.anyYear(flow);
        Funds funds = FundsReader.read(body(flow, first(sections, Sections.Kind.FUNDS)));
        if (known < 2 && funds == null) {
            return null;
        }
        List<KeyTask> planned = KeyTasks.planned(body(flow, first(sections, Sections.Kind.TASKS)));
        Sections.Section analysis = first(sections, Sections.Kind.TASK_ANALYSIS);
        List<KeyTask> analysed = analysis == null ? List.of() : KeyTasks.analysed(text, analysis.start(), analysis.end(), tables);
        String conclusion = body(flow, first(sections, Sections.Kind.CONCLUSION)).strip();
        if (conclusion.isEmpty()) {
            conclusion = body(flow, first(sections, Sections.Kind.EVALUATION)).strip();
        }
        Department department = name == null ? null : new Department(name, null, UnitNames.region(name), null, null);
        return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.DEPARTMENT_OVERALL, year, department,
                items(flow, sections, Sections.Kind.FUNCTIONS), funds, items(flow, sections, Sections.Kind.GOALS),
                KeyTasks.merge(planned, analysed), Unfilled.orNull(conclusion.isEmpty() ? null : conclusion),
                items(flow, sections, Sections.Kind.ACHIEVEMENTS), items(flow, sections, Sections.Kind.PROBLEMS),
                items(flow, sections, Sections.Kind.MEASURES), null, null);
    }

    private static List<String> items(String flow, List<Sections.Section> sections, Sections.Kind kind) {
        List<String> items = new ArrayList<>();
        for (Sections.Section section : sections) {
            if (section.kind() == kind) {
                NumberedItems.texts(body(flow, section)).stream().filter(item -> !Unfilled.is(item)).forEach(items::add);
                if (!items.isEmpty()) {
                    break;
                }
            }
        }
        return items;
    }

    private static Sections.Section first(List<Sections.Section> sections, Sections.Kind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }

    private static String body(String flow, Sections.Section section) {
        return section == null ? "" : flow.substring(section.start(), section.end());
    }
}
