package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 绩效目标申报表: the goals a unit files with its budget request, before the year (docs/document-format.md,
 * format {@code jixiao/goals/v1}). A project's (项目支出绩效目标申报表: the project, its period, funds, 中长期目标 and
 * 年度目标, indicators) or a department's (部门整体支出绩效目标申报表: its duties, the year's main tasks with their
 * budget, 年度总体目标, indicators). A value not given is null; lists keep the unit's order.
 *
 * @param kind         a project's or the department's as a whole
 * @param fiscalYear   the budget year the goals are for
 * @param department   the unit (实施单位), its region and 主管部门 ({@code parent})
 * @param project      项目名称; null on a department's sheet
 * @param period       实施期限 as the unit words it, e.g. 2026年1月至2028年12月
 * @param funds        年度资金总额 and its parts
 * @param functions    部门职能 (a department's)
 * @param tasks        年度主要任务 (a department's)
 * @param longTermGoal 中长期目标 (a project's over its whole period)
 * @param annualGoal   年度目标; a department's 年度总体目标
 * @param indicators   the indicators with their targets and what each target rests on
 */
public record GoalSheet(
        String schema,
        Kind kind,
        Integer fiscalYear,
        Department department,
        String project,
        String period,
        GoalFunds funds,
        List<String> functions,
        List<PlannedTask> tasks,
        String longTermGoal,
        String annualGoal,
        List<GoalIndicator> indicators,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    /** The value of {@code schema} for this format. */
    public static final String SCHEMA = "jixiao/goals/v1";

    /** The one key task that holds a department's indicators when its sheet is read as an evaluation. */
    public static final String DEPARTMENT_TASK = "部门整体支出";

    public GoalSheet {
        schema = schema == null ? SCHEMA : schema;
        project = blankToNull(project);
        period = blankToNull(period);
        funds = funds == null || funds.isEmpty() ? null : funds;
        functions = Lists.copy(functions);
        tasks = Lists.copy(tasks);
        longTermGoal = blankToNull(longTermGoal);
        annualGoal = blankToNull(annualGoal);
        indicators = Lists.copy(indicators);
        extensions = Extensions.copy(extensions);
    }

    /** An empty sheet of the unit for the year: a project's (named) or the department's (project null). */
    public static GoalSheet blank(Kind kind, int year, Department department, String project) {
        return new GoalSheet(SCHEMA, kind, year, department, kind == Kind.PROJECT ? project : null, null, null,
                List.of(), List.of(), null, null, List.of(), null);
    }

    /**
     * Next year's goals begun from a self-evaluation of the same unit and kind: the project or the duties and tasks,
     * the goals and the indicators with their targets carry over to be revised. Where the indicator's actual is
     * known, it is what the new target rests on (历史标准), and the sheet says what it was, so that a target below it
     * shows.
     */
    public static GoalSheet fromSelfEvaluation(EvaluationDocument evaluation, int year) {
        List<KeyTask> keyTasks = evaluation.keyTasks();
        String goals = String.join("\n", evaluation.goals());
        List<GoalIndicator> indicators = new ArrayList<>();
        for (KeyTask task : keyTasks) {
            for (Indicator indicator : task.indicators()) {
                indicators.add(carried(indicator));
            }
        }
        BigDecimal budget = evaluation.funds() == null ? null : evaluation.funds().budget();
        GoalFunds funds = budget == null ? null : new GoalFunds(budget, null, null);
        if (evaluation.kind() == Kind.PROJECT) {
            KeyTask project = keyTasks.isEmpty() ? null : keyTasks.get(0);
            String goal = goals.isBlank() && project != null ? project.expectedGoal() : goals;
            return new GoalSheet(SCHEMA, Kind.PROJECT, year, evaluation.department(),
                    project == null ? null : project.name(), null, funds, List.of(), List.of(), null, goal, indicators,
                    null);
        }
        List<PlannedTask> tasks = keyTasks.stream().filter(t -> !DEPARTMENT_TASK.equals(t.name()))
                .map(t -> new PlannedTask(t.name(), t.expectedGoal(), t.budget())).toList();
        return new GoalSheet(SCHEMA, Kind.DEPARTMENT_OVERALL, year, evaluation.department(), null, null, funds,
                evaluation.functions(), tasks, null, goals, indicators, null);
    }

    private static GoalIndicator carried(Indicator indicator) {
        if (indicator.actual() != null && indicator.actual().text() != null) {
            return GoalIndicator.of(indicator, TargetBasis.HISTORICAL, "上年实际完成值 " + indicator.actual().text());
        }
        return GoalIndicator.of(indicator, null, null);
    }

    /**
     * The sheet read as a self-evaluation without results, for what judges indicators (the linter): a project is its
     * one key task, a department's indicators are held by one task, as its 自评表 holds them.
     */
    public EvaluationDocument asEvaluation() {
        BigDecimal total = funds == null ? null : funds.total();
        List<Indicator> asIndicators = indicators.stream().map(GoalIndicator::asIndicator).toList();
        String taskName = kind == Kind.PROJECT ? project : DEPARTMENT_TASK;
        KeyTask task = new KeyTask(taskName, annualGoal, total, null, null, null, null, asIndicators, null);
        Funds asFunds = total == null ? null : new Funds(total, null, null, null, List.of(), null, null, null);
        return new EvaluationDocument(EvaluationDocument.SCHEMA, kind, fiscalYear, department, functions, asFunds,
                annualGoal == null ? List.of() : List.of(annualGoal), List.of(task), null, List.of(), List.of(),
                List.of(), null, null);
    }

    /**
     * The year's self-evaluation begun from these goals once approved (docs/goals.md, "Approved goals drive the
     * year"): the goals, the annual funds as the budget, a project as its one key task or a department's tasks as its
     * key tasks (their content the goal, their budget), and the indicators with their annual and cycle targets, a
     * department's held by one task as its 自评表 holds them. Nothing is spent or achieved yet: no executed amount, no
     * actual value, no verdict.
     */
    public EvaluationDocument asSelfEvaluation() {
        BigDecimal total = funds == null ? null : funds.total();
        List<Indicator> asIndicators = indicators.stream().map(GoalIndicator::asIndicator).toList();
        Funds asFunds = total == null ? null : new Funds(total, null, null, null, List.of(), null, null, null);
        List<String> goals = annualGoal == null ? List.of() : List.of(annualGoal);
        List<KeyTask> keyTasks = new ArrayList<>();
        if (kind == Kind.PROJECT) {
            keyTasks.add(new KeyTask(project, annualGoal, total, null, null, null, null, asIndicators, null));
        } else {
            for (PlannedTask task : tasks) {
                keyTasks.add(new KeyTask(task.name(), task.content(), task.budget(), null, null, null, null, List.of(),
                        null));
            }
            if (!asIndicators.isEmpty()) {
                keyTasks.add(new KeyTask(DEPARTMENT_TASK, null, null, null, null, null, null, asIndicators, null));
            }
        }
        return new EvaluationDocument(EvaluationDocument.SCHEMA, kind, fiscalYear, department, functions, asFunds,
                goals, keyTasks, null, List.of(), List.of(), List.of(), null, null);
    }

    /** The name a person reads first: the unit's, and for a project the project's. */
    @JsonIgnore
    public String title() {
        String unit = department == null || department.name() == null ? "" : department.name();
        return kind == Kind.PROJECT && project != null ? unit + "·" + project : unit;
    }

    /** The same sheet of another unit (the unit's details as the system knows them). */
    public GoalSheet withDepartment(Department newDepartment) {
        return new GoalSheet(schema, kind, fiscalYear, newDepartment, project, period, funds, functions, tasks,
                longTermGoal, annualGoal, indicators, extensions);
    }

    /** The same sheet with other indicators. */
    public GoalSheet withIndicators(List<GoalIndicator> newIndicators) {
        return new GoalSheet(schema, kind, fiscalYear, department, project, period, funds, functions, tasks,
                longTermGoal, annualGoal, newIndicators, extensions);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
