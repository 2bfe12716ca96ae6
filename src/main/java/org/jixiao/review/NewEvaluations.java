package org.jixiao.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.account.Actor;
import org.jixiao.document.Department;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.ApprovedGoals.ApprovedGoal;
import org.jixiao.evaluation.EvaluationExistsException;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.IndicatorSuggestions;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.NewEvaluationRequest.Start;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * 新建评价 behind its page: the form checked field by field, the document it begins (blank, last year's carried over,
 * the library's suggestions for the tasks typed in, or the goals approved for the year) and the new draft stored through the workflow, which decides
 * who may and refuses one the unit has already. Nothing is stored while a field is wrong. The page and the API both
 * ask it.
 */
@Component
public class NewEvaluations {

    /** Indicators taken from the library for each key task: the best non-generic suggestions. */
    public static final int SUGGESTED = 5;
    /** Key tasks typed in at most, one a line. */
    static final int MAX_TASKS = 30;
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private final ReviewWorkflow workflow;
    private final IndicatorSuggestions suggestions;
    private final Evaluations evaluations;

    NewEvaluations(ReviewWorkflow workflow, IndicatorSuggestions suggestions, Evaluations evaluations) {
        this.workflow = workflow;
        this.suggestions = suggestions;
        this.evaluations = evaluations;
    }

    /**
     * The unit's goal sheets approved or published with a budget, the latest year first: what 从批复的绩效目标开始
     * can begin from, offered only where one is of the year and kind chosen (docs/goals.md).
     */
    public List<ApprovedGoal> approvedGoals(Actor actor) {
        unit(actor);
        return evaluations.approvedOfUnit(actor.unitId());
    }

    /** The form filled in for one of the unit's approved sheets: its year, kind and project, starting from it. */
    public NewEvaluationRequest fromApproved(Actor actor, long sheetId, int currentYear) {
        return approvedGoals(actor).stream().filter(g -> g.id() == sheetId).findFirst().map(g -> {
            NewEvaluationRequest form = new NewEvaluationRequest();
            form.setYear(String.valueOf(g.sheet().fiscalYear()));
            form.setKind(g.sheet().kind().name());
            form.setProjectName(g.sheet().kind() == Kind.PROJECT ? g.sheet().project() : null);
            form.setStart(Start.APPROVED_GOALS.name());
            return form;
        }).orElseGet(() -> blank(actor, currentYear));
    }

    /** The actor's unit, where they may begin its evaluations; refused otherwise. */
    public Department unit(Actor actor) {
        return workflow.ownDepartment(actor);
    }

    /** The unit's evaluations, newest first: what a new one may start from, and what it would collide with. */
    public List<EvaluationSummary> existing(Actor actor) {
        return workflow.visible(actor, new EvaluationFilter(null, null, null).withUnit(actor.unitId()));
    }

    /** The form for a new evaluation of the year after the unit's latest (or of last year, for a unit without any). */
    public NewEvaluationRequest blank(Actor actor, int currentYear) {
        NewEvaluationRequest form = new NewEvaluationRequest();
        int latest = existing(actor).stream().mapToInt(EvaluationSummary::fiscalYear).max().orElse(currentYear - 2);
        form.setYear(String.valueOf(latest + 1));
        return form;
    }

    /**
     * Creates the evaluation the form describes, or says by field what is wrong and stores nothing.
     *
     * @return the new evaluation, or the errors by field ({@code year}, {@code kind}, {@code projectName},
     *         {@code start}, {@code tasks}) with the id of the existing evaluation where that is what collides
     */
    public Outcome create(Actor actor, NewEvaluationRequest form) {
        Department unit = unit(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = year(form.getYear(), errors);
        Kind kind = kind(form.getKind(), errors);
        String project = text(form.getProjectName());
        if (kind == Kind.PROJECT) {
            if (project == null) {
                errors.put("projectName", "项目支出评价请填写项目名称");
            } else {
                refuseHidden("projectName", "项目名称", project, errors);
            }
        }
        Start start = start(form.getStart(), errors);
        List<String> tasks = kind == Kind.PROJECT ? (project == null ? List.of() : List.of(project))
                : lines(form.getTasks(), errors);
        if (start == Start.LIBRARY && kind == Kind.DEPARTMENT_OVERALL && tasks.isEmpty() && !errors.containsKey("tasks")) {
            errors.put("tasks", "从指标库推荐开始时，请填写部门年度重点工作任务，每行一项");
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(errors, null);
        }
        EvaluationDocument document;
        if (start == Start.LAST_YEAR) {
            Optional<EvaluationDocument> carried = workflow.fromLastYear(actor, year, kind, project);
            if (carried.isEmpty()) {
                errors.put("start", "本单位没有 " + (year - 1) + " 年度的" + (kind == Kind.PROJECT ? "“" + project + "”项目支出评价"
                        : "部门整体支出评价") + "可以沿用；请选择空白或指标库推荐");
                return Outcome.refused(errors, null);
            }
            document = carried.get();
        } else if (start == Start.APPROVED_GOALS) {
            Optional<EvaluationDocument> approved = workflow.fromApprovedGoals(actor, year, kind, project);
            if (approved.isEmpty()) {
                errors.put("start", "本单位没有已审核或已公开的 " + year + " 年度" + (kind == Kind.PROJECT
                        ? "“" + project + "”项目支出绩效目标" : "部门整体支出绩效目标") + "；请先在绩效目标中申报并经审核，或选择其他开始方式");
                return Outcome.refused(errors, null);
            }
            document = approved.get();
        } else {
            List<KeyTask> keyTasks = new ArrayList<>();
            for (String task : tasks) {
                keyTasks.add(new KeyTask(task, kind == Kind.PROJECT ? text(form.getGoal()) : null, null, null, null, null,
                        null, start == Start.LIBRARY ? suggestions.forTask(task, text(form.getGoal()), SUGGESTED) : List.of(), null));
            }
            String goal = text(form.getGoal());
            document = new EvaluationDocument(null, kind, year, unit, List.of(), null,
                    goal == null ? List.of() : List.of(goal), keyTasks, null, List.of(), List.of(), List.of(), null, null);
        }
        for (Finding finding : DocumentJson.validate(DocumentJson.mapper().valueToTree(document))) {
            errors.putIfAbsent(fieldOf(finding.path(), kind), finding.message());
        }
        if (!errors.isEmpty()) {
            return Outcome.refused(errors, null);
        }
        try {
            return Outcome.created(workflow.create(actor, document));
        } catch (EvaluationExistsException e) {
            errors.put(kind == Kind.PROJECT ? "projectName" : "year", e.getMessage());
            return Outcome.refused(errors, e.existing());
        } catch (DuplicateKeyException e) {
            // the same evaluation created at the same moment elsewhere: the database keeps one
            errors.put(kind == Kind.PROJECT ? "projectName" : "year", "这份评价刚刚已由他人新建，请在列表中打开它");
            return Outcome.refused(errors, null);
        }
    }

    private static Integer year(String typed, Map<String, String> errors) {
        String text = text(typed);
        if (text == null) {
            errors.put("year", "请填写年度，例如 2024");
            return null;
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.put("year", "年度应为 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间的整数，而不是“" + text + "”");
        return null;
    }

    private static Kind kind(String typed, Map<String, String> errors) {
        try {
            return Kind.valueOf(typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            errors.put("kind", "请选择部门整体支出或项目支出");
            return null;
        }
    }

    private static Start start(String typed, Map<String, String> errors) {
        try {
            return Start.valueOf(typed == null ? "" : typed.strip());
        } catch (IllegalArgumentException e) {
            errors.put("start", "请选择从哪里开始：空白、上年度评价、指标库推荐或批复的绩效目标");
            return null;
        }
    }

    /** The key tasks typed one a line, without list numbers and repeats. */
    private static List<String> lines(String typed, Map<String, String> errors) {
        if (typed == null) {
            return List.of();
        }
        Set<String> tasks = new LinkedHashSet<>();
        for (String line : typed.split("\\R")) {
            String task = line.strip().replaceFirst("^(\\d+[.．、]|[（(]?[一二三四五六七八九十]+[）)、])\\s*", "").strip();
            if (!task.isEmpty()) {
                tasks.add(task);
            }
        }
        if (tasks.size() > MAX_TASKS) {
            errors.put("tasks", "重点工作任务最多 " + MAX_TASKS + " 项，而填写了 " + tasks.size() + " 项");
        }
        for (String task : tasks) {
            refuseHidden("tasks", "重点工作任务“" + HiddenCharacters.strip(task) + "”", task, errors);
        }
        return List.copyOf(tasks);
    }

    private static void refuseHidden(String field, String what, String text, Map<String, String> errors) {
        String hidden = HiddenCharacters.problem(what, text);
        if (hidden != null) {
            errors.putIfAbsent(field, hidden);
        }
    }

    /** The field of the new evaluation's page a finding about the document it would begin concerns. */
    private static String fieldOf(String path, Kind kind) {
        if (path.startsWith("$.fiscalYear")) {
            return "year";
        }
        if (path.startsWith("$.keyTasks") || path.startsWith("$.goals")) {
            return kind == Kind.PROJECT ? "projectName" : "tasks";
        }
        return "start";
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /**
     * What creating gave: the new evaluation, or the errors by field (and the evaluation that exists, where that is
     * the reason).
     */
    public record Outcome(StoredEvaluation created, Map<String, String> errors, Long existing) {

        /** The new evaluation, or the refusal as an exception (for the API, which answers it as a problem). */
        public StoredEvaluation orThrow() {
            if (created == null) {
                throw new NewEvaluationRefusedException(errors, existing);
            }
            return created;
        }

        static Outcome created(StoredEvaluation evaluation) {
            return new Outcome(evaluation, Map.of(), null);
        }

        static Outcome refused(Map<String, String> errors, Long existing) {
            return new Outcome(null, Collections.unmodifiableMap(new LinkedHashMap<>(errors)), existing);
        }
    }
}
