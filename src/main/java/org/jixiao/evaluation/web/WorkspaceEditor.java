package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.Decimals;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.FundsConsistency;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Money;
import org.jixiao.document.SourceFunds;
import org.jixiao.evaluation.ApprovedGoals;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationScope;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.evaluation.web.EvaluationFormMapper.Conversion;
import org.jixiao.review.ReviewWorkflow;
import org.springframework.stereotype.Component;

/**
 * The unit workspace behind its page: the form of an evaluation, what may be edited in it, the live check of
 * unsaved input, and the save (the whole evaluation for the unit editor, their key tasks for a project leader).
 */
@Component
class WorkspaceEditor {

    private final ReviewWorkflow workflow;
    private final Evaluations evaluations;

    WorkspaceEditor(ReviewWorkflow workflow, Evaluations evaluations) {
        this.workflow = workflow;
        this.evaluations = evaluations;
    }

    /** The evaluation for editing; refused if the actor may change nothing in it. */
    StoredEvaluation open(Actor actor, long id) {
        StoredEvaluation evaluation = workflow.read(actor, id);
        if (!EvaluationAccess.canEditSomething(actor, evaluation.scope())) {
            throw new NotPermittedException(evaluation.status().isEditable()
                    ? "您不能修改这份评价" : "状态为“" + evaluation.status().label() + "”的评价不能修改");
        }
        return evaluation;
    }

    EvaluationForm form(StoredEvaluation evaluation) {
        return EvaluationFormMapper.toForm(evaluation.document(), evaluation.version());
    }

    /** Which parts the actor may change: everything, or only the key tasks that name them. */
    Editable editable(Actor actor, StoredEvaluation evaluation, int keyTasks) {
        EvaluationScope scope = evaluation.scope();
        boolean all = EvaluationAccess.canEdit(actor, scope);
        boolean[] tasks = new boolean[keyTasks];
        for (int i = 0; i < keyTasks; i++) {
            tasks[i] = all || EvaluationAccess.canEditKeyTask(actor, scope, i);
        }
        return new Editable(all, all || EvaluationAccess.canEditProject(actor, scope), tasks);
    }

    /**
     * The unsaved form checked as the save would check it, with the sums and findings that help while typing;
     * against last year's evaluation and the goals approved for the year, so that a target below last year's actual
     * or other than the approved one is flagged before submission.
     */
    Check check(Actor actor, StoredEvaluation evaluation, EvaluationForm form) {
        Conversion conversion = convert(actor, evaluation, form);
        List<Finding> funds = FundsConsistency.check(conversion.document());
        return new Check(conversion.document(), conversion.errors(), funds, Sums.of(conversion.document()),
                evaluations.assess(evaluation, conversion.document()));
    }

    /** The goals approved for the evaluation's year, for the line that links to them; or null. */
    ApprovedGoals.ApprovedGoal approvedGoals(StoredEvaluation evaluation) {
        return evaluations.approvedGoals(evaluation).orElse(null);
    }

    /** The same unit's evaluation of the year before, or null. */
    EvaluationDocument previousYear(StoredEvaluation evaluation) {
        return evaluations.previousYear(evaluation).orElse(null);
    }

    /** Saves, or returns the errors and saves nothing. */
    Check save(Actor actor, StoredEvaluation evaluation, EvaluationForm form) {
        Check check = check(actor, evaluation, form);
        if (!check.errors().isEmpty()) {
            return check;
        }
        if (EvaluationAccess.canEdit(actor, evaluation.scope())) {
            workflow.save(actor, evaluation.id(), form.getVersion(), check.document());
        } else if (EvaluationAccess.canEditProject(actor, evaluation.scope())) {
            workflow.saveProject(actor, evaluation.id(), form.getVersion(), check.document());
        } else {
            Map<Integer, KeyTask> own = new LinkedHashMap<>();
            for (int i = 0; i < evaluation.document().keyTasks().size(); i++) {
                if (EvaluationAccess.canEditKeyTask(actor, evaluation.scope(), i)) {
                    own.put(i, check.document().keyTasks().get(i));
                }
            }
            workflow.saveKeyTasks(actor, evaluation.id(), form.getVersion(), own);
        }
        return check;
    }

    /**
     * The form as a document. For a project leader only their key tasks come from the form; the rest is the
     * stored document (their form does not even post it).
     */
    private Conversion convert(Actor actor, StoredEvaluation evaluation, EvaluationForm form) {
        Conversion conversion = convertParts(actor, evaluation, form);
        EvaluationDocument stored = evaluation.document();
        String project = stored.kind() == Kind.PROJECT && !stored.keyTasks().isEmpty() ? stored.keyTasks().get(0).name()
                : null;
        List<KeyTask> typed = conversion.document().keyTasks();
        if (project != null && (typed.isEmpty() || !project.equals(typed.get(0).name()))) {
            // the project's name is what tells this evaluation from the unit's others of the year
            conversion.errors().put("keyTasks[0].name", "项目名称“" + project + "”是这份评价的标识，不能在此修改；"
                    + "需要另一个项目的评价时请新建评价");
        }
        return conversion;
    }

    private Conversion convertParts(Actor actor, StoredEvaluation evaluation, EvaluationForm form) {
        EvaluationDocument stored = evaluation.document();
        if (EvaluationAccess.canEdit(actor, evaluation.scope())) {
            return EvaluationFormMapper.toDocument(form, stored);
        }
        if (EvaluationAccess.canEditProject(actor, evaluation.scope())) {
            return projectPart(form, stored);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        EvaluationFormMapper.Numbers numbers = new EvaluationFormMapper.Numbers(errors);
        List<KeyTask> tasks = new ArrayList<>(stored.keyTasks());
        for (int i = 0; i < tasks.size(); i++) {
            if (EvaluationAccess.canEditKeyTask(actor, evaluation.scope(), i) && i < form.getKeyTasks().size()) {
                KeyTask edited = EvaluationFormMapper.toKeyTask(form.getKeyTasks().get(i), "keyTasks[" + i + "]",
                        tasks.get(i), numbers);
                if (edited != null) {
                    tasks.set(i, edited);
                }
            }
        }
        EvaluationDocument document = stored.withKeyTasks(tasks);
        if (stored.kind() == Kind.PROJECT) {
            document = EvaluationFormMapper.asProject(document, stored);
        }
        for (Finding finding : DocumentJson.validate(DocumentJson.mapper().valueToTree(document))) {
            errors.putIfAbsent(EvaluationFormMapper.fieldOf(finding.path()), finding.message());
        }
        return new Conversion(document, errors);
    }

    /**
     * The project's leader's part of its 自评表: the funds, the 年度总体目标 and the project from the form, the rest as
     * stored (their form does not post it, so its errors there are not theirs).
     */
    private static Conversion projectPart(EvaluationForm form, EvaluationDocument stored) {
        Conversion typed = EvaluationFormMapper.toDocument(form, stored);
        List<KeyTask> tasks = new ArrayList<>(stored.keyTasks());
        if (!typed.document().keyTasks().isEmpty()) {
            tasks.set(0, typed.document().keyTasks().get(0).withLeader(tasks.get(0).leader()));
        }
        EvaluationDocument document = EvaluationFormMapper.asProject(stored.withFunds(typed.document().funds())
                .withGoals(typed.document().goals()).withKeyTasks(tasks), stored);
        Map<String, String> errors = new LinkedHashMap<>();
        typed.errors().forEach((field, message) -> {
            if (field.startsWith("funds") || field.startsWith("goals") || field.startsWith("keyTasks[0]")
                    || field.equals("keyTasks")) {
                errors.put(field, message);
            }
        });
        for (Finding finding : DocumentJson.validate(DocumentJson.mapper().valueToTree(document))) {
            errors.putIfAbsent(EvaluationFormMapper.fieldOf(finding.path()), finding.message());
        }
        return new Conversion(document, errors);
    }

    /**
     * What the actor may change: everything; a project's part (its funds, goals and the project, for its leader);
     * or some key tasks.
     */
    record Editable(boolean all, boolean project, boolean[] keyTasks) {

        public boolean keyTask(int index) {
            return index >= 0 && index < keyTasks.length ? keyTasks[index] : all;
        }
    }

    /** The result of checking a form: the document it makes, errors by field, money that does not add up. */
    record Check(EvaluationDocument document, Map<String, String> errors, List<Finding> fundsFindings, Sums sums,
            EvaluationScoring.Assessment assessment) {

        /** The quality findings other than the money checks, which are listed on their own. */
        public List<Finding> qualityFindings() {
            return assessment.findings().stream().filter(f -> !f.is(FindingCode.FUNDS_MISMATCH)).toList();
        }

        /**
         * What would refuse 送审 as it stands: the errors among the findings (金额不符, 无法评分 …), as
         * {@code review.SubmissionCheck} finds them, so that the panel does not say all is well where 送审 will not.
         */
        public List<Finding> submissionErrors() {
            return assessment.findings().stream().filter(Finding::isError).toList();
        }
    }

    /** The figures a unit checks while typing, as the report would print them ('—' where not computable). */
    record Sums(String rate, String sources, String nature, String keyTaskBudgets) {

        static Sums of(EvaluationDocument document) {
            Funds funds = document.funds();
            String rate = funds == null ? null : show(Money.rate(funds.executed(), funds.budget()), "%");
            String sources = funds == null || funds.bySource().isEmpty() ? null
                    : show(Money.sumOrNull(funds.bySource().stream().map(SourceFunds::executed).toList()), "");
            FundsByNature nature = funds == null ? null : funds.byNature();
            String natureSum = nature == null || nature.basic() == null || nature.project() == null ? null
                    : show(nature.basic().add(nature.project()), "");
            String tasks = document.keyTasks().isEmpty() ? null : show(Money.sumOrNull(document.keyTasks().stream()
                    .map(KeyTask::budget).filter(Objects::nonNull).toList()), "");
            return new Sums(orDash(rate), orDash(sources), orDash(natureSum), orDash(tasks));
        }

        private static String show(BigDecimal value, String unit) {
            return value == null ? null : (unit.isEmpty() ? Money.format(value) : Decimals.plain(value) + unit);
        }

        private static String orDash(String value) {
            return value == null ? "—" : value;
        }
    }
}
