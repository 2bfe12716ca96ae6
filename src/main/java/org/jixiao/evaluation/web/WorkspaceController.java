package org.jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.document.FundSource;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;
import org.jixiao.evaluation.StaleEvaluationException;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit workspace: every part of an evaluation in one form, rows added and removed without saving, a live
 * check beside it, and an explicit save that refuses a stale version.
 */
@Controller
class WorkspaceController {

    private final WorkspaceEditor editor;
    private final Accounts accounts;
    private final TargetWording targets;
    private final ReviewWorkflow workflow;
    private final WorkspaceRows rows;
    private final FieldAnchors anchors;
    private final ExecutionRates rates;

    WorkspaceController(WorkspaceEditor editor, Accounts accounts, TargetWording targets, ReviewWorkflow workflow,
            WorkspaceRows rows, FieldAnchors anchors, ExecutionRates rates) {
        this.editor = editor;
        this.accounts = accounts;
        this.targets = targets;
        this.workflow = workflow;
        this.rows = rows;
        this.anchors = anchors;
        this.rates = rates;
    }

    @GetMapping("/evaluations/{id}/edit")
    String edit(@PathVariable long id, @RequestParam(required = false) String saved,
            @RequestParam(required = false) String created, Model model) {
        Actor actor = CurrentActor.get();
        StoredEvaluation evaluation = editor.open(actor, id);
        EvaluationForm form = editor.form(evaluation);
        if (saved != null) {
            model.addAttribute("notice", "workspace.saved");
        } else if (created != null) {
            model.addAttribute("notice", "newEvaluation.created");
        }
        return page(actor, evaluation, form, editor.check(actor, evaluation, form), model);
    }

    /** A row added or removed ({@code op}), or the save. */
    @PostMapping("/evaluations/{id}/edit")
    String post(@PathVariable long id, @ModelAttribute("form") EvaluationForm form,
            @RequestParam(required = false) String op, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        StoredEvaluation evaluation = editor.open(actor, id);
        if (op != null && !op.isBlank()) {
            rows.apply(actor, form, op);
            return page(actor, evaluation, form, editor.check(actor, evaluation, form), model);
        }
        WorkspaceEditor.Check check;
        try {
            check = editor.save(actor, evaluation, form);
        } catch (StaleEvaluationException e) {
            // the user's input stays on the page, so that nothing typed is lost
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", e.getMessage());
            return page(actor, evaluation, form, editor.check(actor, evaluation, form), model);
        }
        if (!check.errors().isEmpty()) {
            response.setStatus(422);
            model.addAttribute("problem", "workspace.invalid");
            return page(actor, evaluation, form, check, model);
        }
        return "redirect:/evaluations/" + id + "/edit?saved";
    }

    /** The live check beside the form, for htmx. */
    @PostMapping("/evaluations/{id}/edit/check")
    String check(@PathVariable long id, @ModelAttribute("form") EvaluationForm form, Model model) {
        Actor actor = CurrentActor.get();
        StoredEvaluation evaluation = editor.open(actor, id);
        model.addAttribute("check", editor.check(actor, evaluation, form));
        return "workspace :: live";
    }

    /** The field a finding names (its JSON path), on the workspace page: where the submission check links. */
    @GetMapping("/evaluations/{id}/edit/at")
    String at(@PathVariable long id, @RequestParam String path) {
        String anchor = anchors.of(path);
        return "redirect:/evaluations/" + id + "/edit" + (anchor == null ? "" : "#" + anchor);
    }

    /** 执行率 computed from the budget and executed amounts as they are typed, beside the typed rate. */
    @GetMapping("/rates/computed")
    String computedRate(@RequestParam MultiValueMap<String, String> params, Model model) {
        model.addAttribute("rate", rates.of(params));
        return "fragments/editor :: computedRate";
    }

    /** How a target's wording is understood (≥ 98 %), shown beside the field as it is typed. */
    @GetMapping("/targets/understood")
    String understood(@RequestParam MultiValueMap<String, String> params, Model model) {
        String text = params.values().stream().flatMap(List::stream).findFirst().orElse("");
        model.addAttribute("understood", targets.understood(Target.parse(text)));
        return "workspace :: understood";
    }

    private String page(Actor actor, StoredEvaluation evaluation, EvaluationForm form, WorkspaceEditor.Check check,
            Model model) {
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("form", form);
        model.addAttribute("check", check);
        model.addAttribute("errors", check.errors());
        model.addAttribute("editable", editor.editable(actor, evaluation, form.getKeyTasks().size()));
        // a project's form is laid out as its 自评表, under its unit and 主管部门; its name identifies it
        model.addAttribute("project", evaluation.document().kind() == Kind.PROJECT);
        model.addAttribute("projectNameFixed", true);
        model.addAttribute("department", evaluation.document().department());
        // the reviewer's open comments stay in sight while the unit corrects what they asked for
        model.addAttribute("comments", workflow.comments(actor, evaluation.id()).stream()
                .filter(c -> !c.resolved()).toList());
        model.addAttribute("leaders", accounts.projectLeaders(evaluation.unitId()).stream()
                .map(a -> a.displayName()).toList());
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("categories", IndicatorCategory.values());
        model.addAttribute("subcategories", IndicatorSubcategory.values());
        // the library's suggestions per key task, and last year's actual values beside the targets
        model.addAttribute("suggest", true);
        model.addAttribute("lastYear", LastYearActuals.of(editor.previousYear(evaluation), check.assessment().findings()));
        model.addAttribute("approvedGoals", editor.approvedGoals(evaluation));
        return "workspace";
    }
}
