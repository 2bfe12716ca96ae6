package org.jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Year;
import java.util.Map;
import org.jixiao.account.Actor;
import org.jixiao.review.NewEvaluationRequest;
import org.jixiao.review.NewEvaluations;
import org.jixiao.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

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

    @GetMapping("/evaluations/new")
    String form(Model model) {
        Actor actor = CurrentActor.get();
        return page(actor, evaluations.blank(actor, Year.now().getValue()), Map.of(), null, model);
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
        return "new-evaluation";
    }
}
