package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;

/**
 * What a reading found of the parts a self-evaluation of its kind has, and what it did not: the list a person
 * checks an import against (the import page, {@code extract} on several files). A part not found may be absent from
 * the report itself; the summary says only that it was not read.
 */
public final class ReadingSummary {

    /** A part of the report: its JSON path and its name as users know it. */
    public record Part(String path, String label) {
    }

    private final List<Part> found = new ArrayList<>();
    private final List<Part> missing = new ArrayList<>();

    private ReadingSummary() {
    }

    public static ReadingSummary of(EvaluationDocument d) {
        ReadingSummary s = new ReadingSummary();
        boolean project = d.kind() == Kind.PROJECT;
        s.part(d.fiscalYear() != null, "fiscalYear", "年度");
        s.part(d.department() != null && d.department().name() != null, "department.name", project ? "实施单位" : "单位名称");
        if (project) {
            s.part(d.department() != null && d.department().parent() != null, "department.parent", "主管部门");
            KeyTask task = d.keyTasks().isEmpty() ? null : d.keyTasks().get(0);
            s.part(task != null && task.name() != null, "keyTasks[0].name", "项目名称");
        } else {
            s.part(!d.functions().isEmpty(), "functions", "部门职能");
        }
        Funds f = d.funds();
        s.part(f != null && f.budget() != null, "funds.budget", "预算数");
        s.part(f != null && f.executed() != null, "funds.executed", "执行数");
        s.part(f != null && f.executionRate() != null, "funds.executionRate", "执行率");
        s.part(!d.goals().isEmpty(), "goals", project ? "年度总体目标" : "绩效目标");
        if (!project) {
            s.part(!d.keyTasks().isEmpty(), "keyTasks", "重点工作任务");
        }
        int indicators = 0;
        int withTarget = 0;
        int withActual = 0;
        for (KeyTask task : d.keyTasks()) {
            for (Indicator i : task.indicators()) {
                indicators++;
                withTarget += i.target() != null ? 1 : 0;
                withActual += i.actual() != null || i.met() != null ? 1 : 0;
            }
        }
        s.part(indicators > 0, "keyTasks[].indicators", "绩效指标");
        if (indicators > 0) {
            s.part(withTarget == indicators, "keyTasks[].indicators[].annualTarget",
                    withTarget == indicators ? "指标值" : (indicators - withTarget) + " 个指标的指标值");
            s.part(withActual == indicators, "keyTasks[].indicators[].actual",
                    withActual == indicators ? "实际完成值" : (indicators - withActual) + " 个指标的实际完成值");
        }
        s.part(d.statedScore() != null, "statedScore", "自评得分");
        if (!project) {
            s.part(!d.problems().isEmpty(), "problems", "存在问题");
            s.part(!d.measures().isEmpty(), "measures", "改进措施");
        }
        return s;
    }

    private void part(boolean present, String path, String label) {
        (present ? found : missing).add(new Part(path, label));
    }

    public List<Part> found() {
        return List.copyOf(found);
    }

    public List<Part> missing() {
        return List.copyOf(missing);
    }

    /** One line: 读出 年度、单位名称…；未读出 执行率… (for the command line). */
    public String line(EvaluationDocument d) {
        StringBuilder line = new StringBuilder("读出 ");
        line.append(String.join("、", found.stream().map(Part::label).toList()));
        int tasks = d.keyTasks().size();
        int indicators = d.keyTasks().stream().mapToInt(t -> t.indicators().size()).sum();
        if (tasks > 1 || indicators > 0) {
            line.append("（").append(tasks > 1 ? tasks + " 项重点工作任务，" : "").append(indicators).append(" 个指标）");
        }
        if (!missing.isEmpty()) {
            line.append("；未读出 ").append(String.join("、", missing.stream().map(Part::label).toList()));
        }
        return line.toString();
    }
}
