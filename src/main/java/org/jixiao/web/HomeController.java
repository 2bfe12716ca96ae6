package org.jixiao.web;

import org.jixiao.account.Actor;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.review.Workspace;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The first page: the evaluations the logged-in person may see; the public goes to the published reports. */
@Controller
class HomeController {

    private final Workspace workspace;

    HomeController(Workspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
            Model model) {
        Actor actor = CurrentActor.get();
        if (actor == null) {
            return "redirect:/public";
        }
        model.addAttribute("evaluations", workspace.visible(actor, new EvaluationFilter(null, year, unit)));
        model.addAttribute("year", year);
        model.addAttribute("unit", unit);
        return "index";
    }
}
