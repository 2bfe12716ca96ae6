package org.jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Actor;
import org.jixiao.evaluation.ApprovedGoals.ApprovedGoal;
import org.jixiao.review.NewEvaluationRequest;
import org.jixiao.review.NewEvaluations;
import org.jixiao.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 新建评价: a unit's editor begins a department's or a project's evaluation, blank, from last year's or from the
 * library's suggestions, and goes on in the workspace. Who may is the workflow's to decide (EvaluationAccess).
 */
@Controller
class NewEvaluationController {

    private final NewEvaluations evaluations;

    NewEvaluationController(NewEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** The form; {@code ?goals=} an approved goal sheet's id fills it in to begin from that sheet. */
    @GetMapping("/evaluations/new")
    String form(@RequestParam(required = false) Long goals, Model model) {
        Actor actor = CurrentActor.get();
        int year = Year.now().getValue();
        NewEvaluationRequest form = goals == null ? evaluations.blank(actor, year)
                : evaluations.fromApproved(actor, goals, year);
        return page(actor, form, Map.of(), null, model);
    }

    @PostMapping("/evaluations/new")
    String create(@ModelAttribute("form") NewEvaluationRequest form, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        NewEvaluations.Outcome outcome = evaluations.create(actor, form);
        if (outcome.created() != null) {
            return "redirect:/evaluations/" + outcome.created().id() + "/edit?created";
        }
        response.setStatus(422);
        return page(actor, form, outcome.errors(), outcome.existing(), model);
    }

    private String page(Actor actor, NewEvaluationRequest form, Map<String, String> errors, Long existing,
            Model model) {
        model.addAttribute("unit", evaluations.unit(actor));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existingId", existing);
        model.addAttribute("existing", evaluations.existing(actor));
        model.addAttribute("starts", NewEvaluationRequest.Start.values());
        List<ApprovedGoal> approved = evaluations.approvedGoals(actor);
        model.addAttribute("approvedSheets", approved);
        // offered where the unit has approved goals of the year typed; the others are listed to begin from
        model.addAttribute("approvedThisYear", approved.stream()
                .anyMatch(g -> String.valueOf(g.sheet().fiscalYear()).equals(form.getYear())));
        return "new-evaluation";
    }
}
