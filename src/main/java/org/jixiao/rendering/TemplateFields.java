package org.jixiao.rendering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Decimals;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;

/**
 * The placeholders a template may use (docs/templates.md) and their values for one document: text only, lists of
 * text only, so that a template reads data and nothing else. The 自评表's figures are those the built-in form prints
 * ({@link Forms}): the document's 分值 and 得分, else the scorer's marked ※.
 */
final class TemplateFields {

    /** Top-level fields: name → what it holds. */
    static final Map<String, String> FIELDS = fields(
            "title", "报告标题（单位·项目 年度 绩效自评报告）",
            "unit", "单位名称（实施单位）",
            "unitCode", "单位编码",
            "region", "行政区划",
            "parent", "主管部门",
            "year", "年度",
            "kind", "评价类型：项目支出绩效自评或部门整体支出绩效自评",
            "functions", "部门职能，逐条编号",
            "goals", "年度总体目标，逐条编号",
            "projectName", "项目名称（项目支出：第一项重点任务）",
            "leader", "项目负责人",
            "expectedGoal", "自评表的预期目标",
            "outcome", "自评表的实际完成情况",
            "initialBudget", "年初预算数（万元）",
            "budget", "全年预算数（调整后预算数，万元）",
            "executed", "全年执行数（预算执行数，万元）",
            "executionRate", "执行率，如 98.5%",
            "executionPoints", "预算执行的分值（10）",
            "executionScore", "预算执行的得分",
            "totalScore", "总分",
            "grade", "等级（优、良、中、差）",
            "conclusion", "评价结论",
            "achievements", "主要成效，逐条编号",
            "problems", "存在问题，逐条编号",
            "measures", "改进措施，逐条编号");

    /** Lists, for rows of a table ({{#list}} and [field]) or repeated sections ({{?list}}…{{/list}}). */
    static final Map<String, Map<String, String>> LISTS = Map.of(
            "sources", fields("label", "资金来源（首行带“其中：”）", "budget", "全年预算数", "executed", "全年执行数",
                    "rate", "执行率"),
            "keyTasks", fields("number", "序号", "name", "重点任务（项目）名称", "expectedGoal", "预期目标", "budget",
                    "预算数", "executed", "执行数", "executionRate", "执行率", "outcome", "实际完成情况", "leader",
                    "项目负责人"),
            "indicators", fields("task", "所属重点任务", "level1", "一级指标", "level2", "二级指标", "name", "三级指标",
                    "cycleTarget", "实施周期指标值", "annualTarget", "年度指标值", "sign", "指标性质（≥、≤、=、定性）", "value",
                    "指标值（不含单位）", "unit", "度量单位", "actual", "实际完成值", "verdict",
                    "完成 / 未完成", "weight", "分值（权重）", "score", "得分", "reason", "偏差原因分析及改进措施"));

    private TemplateFields() {
    }

    static Map<String, Object> of(EvaluationDocument document) {
        Map<String, Object> data = new LinkedHashMap<>();
        Department department = document.department();
        Funds funds = document.funds();
        SelfEvaluationForm form = Forms.ofProject(document);
        put(data, "title", ReportOutline.of(document).title());
        put(data, "unit", department == null ? null : department.name());
        put(data, "unitCode", department == null ? null : department.code());
        put(data, "region", department == null ? null : department.region());
        put(data, "parent", department == null ? null : department.parent());
        put(data, "year", document.fiscalYear() == null ? null : document.fiscalYear().toString());
        put(data, "kind", document.kind() == null ? null : document.kind().label());
        put(data, "functions", lines(document.functions()));
        put(data, "goals", lines(document.goals()));
        put(data, "projectName", document.kind() == Kind.PROJECT ? form.projectName() : null);
        put(data, "leader", form.leader());
        put(data, "expectedGoal", form.expectedGoal());
        put(data, "outcome", form.outcome());
        put(data, "initialBudget", Figures.amountCell(form.initialBudget()));
        put(data, "budget", Figures.amountCell(form.budget()));
        put(data, "executed", Figures.amountCell(form.executed()));
        put(data, "executionRate", Figures.rate(form.rate()));
        put(data, "executionPoints", Figures.points(SelfEvaluationForm.EXECUTION_POINTS));
        put(data, "executionScore", Figures.score(form.executionScore()));
        put(data, "totalScore", Figures.score(form.total()));
        put(data, "grade", form.grade() == null ? null : form.grade().label());
        put(data, "conclusion", document.conclusion());
        put(data, "achievements", lines(document.achievements()));
        put(data, "problems", lines(document.problems()));
        put(data, "measures", lines(document.measures()));
        data.put("sources", form.sources().stream().map(s -> item("label", s.label(), "budget",
                Figures.amountCell(s.budget()), "executed", Figures.amountCell(s.executed()), "rate",
                Figures.rate(s.rate()))).toList());
        List<Map<String, Object>> tasks = new ArrayList<>();
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (int i = 0; i < document.keyTasks().size(); i++) {
            KeyTask task = document.keyTasks().get(i);
            tasks.add(item("number", String.valueOf(i + 1), "name", task.name(), "expectedGoal", task.expectedGoal(),
                    "budget", Figures.amountCell(task.budget()), "executed", Figures.amountCell(task.executed()),
                    "executionRate", Figures.rate(task.executionRate()), "outcome", task.outcome(), "leader",
                    task.leader()));
            SelfEvaluationForm taskForm = document.kind() == Kind.PROJECT && i == 0 ? form : Forms.ofKeyTask(document, i);
            for (int j = 0; j < taskForm.rows().size(); j++) {
                SelfEvaluationForm.Row row = taskForm.rows().get(j);
                Target target = task.indicators().get(j).target();
                indicators.add(item("task", task.name(), "level1", row.level1(), "level2", row.level2(), "name",
                        row.name(), "cycleTarget", row.cycleTarget(), "annualTarget", row.annualTarget(), "sign",
                        sign(target), "value", target == null ? null : target.value() == null ? target.text()
                                : Decimals.plain(target.value()), "unit", target == null ? null : target.unit(), "actual",
                        row.actual(), "verdict", row.verdict(), "weight", marked(Figures.points(row.weight()),
                                row.weightComputed()), "score", marked(Figures.score(row.score()), row.scoreComputed()),
                        "reason", row.deviationReason()));
            }
        }
        data.put("keyTasks", tasks);
        data.put("indicators", indicators);
        return data;
    }

    /** Whether a field holds something for this document: text not blank, a list not empty. */
    static boolean filled(Object value) {
        return value instanceof List<?> list ? !list.isEmpty() : value != null && !value.toString().isBlank();
    }

    /** The comparator as 四川's 指标性质 prints it: ≥, ≤, =, or 定性 for words without a number. */
    private static String sign(Target target) {
        if (target == null || target.comparator() == null) {
            return null;
        }
        return switch (target.comparator()) {
            case QUALITATIVE -> "定性";
            case EQUAL -> "=";
            default -> target.comparator().printed();
        };
    }

    private static String marked(String figure, boolean computed) {
        return computed && !figure.isEmpty() ? figure + SelfEvaluationForm.COMPUTED_MARK : figure;
    }

    private static String lines(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", Forms.numbered(items));
    }

    private static void put(Map<String, Object> data, String name, String value) {
        data.put(name, value == null ? "" : value);
    }

    private static Map<String, Object> item(String... namesAndValues) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            put(item, namesAndValues[i], namesAndValues[i + 1]);
        }
        return item;
    }

    private static Map<String, String> fields(String... namesAndMeanings) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndMeanings.length; i += 2) {
            fields.put(namesAndMeanings[i], namesAndMeanings[i + 1]);
        }
        return Collections.unmodifiableMap(fields);
    }
}
