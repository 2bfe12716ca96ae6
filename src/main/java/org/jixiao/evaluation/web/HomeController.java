package org.jixiao.evaluation.web;

import org.jixiao.account.Actor;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.TablePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The first page: the evaluations the logged-in person may see; the public goes to the published reports. */
@Controller
class HomeController {

    private final ReviewWorkflow workflow;

    HomeController(ReviewWorkflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Actor actor = CurrentActor.get();
        if (actor == null) {
            return "redirect:/public";
        }
        // a reviewer of a large region sees tens of thousands of evaluations: a page of them, read by the database
        EvaluationFilter filter = new EvaluationFilter(null, year, unit);
        TablePage<EvaluationSummary> table = TablePage.of(workflow.countVisible(actor, filter), page,
                TablePage.SIZE, (offset, limit) -> workflow.visible(actor, filter, offset, limit));
        model.addAttribute("evaluations", table.rows());
        model.addAttribute("page", table);
        model.addAttribute("year", year);
        model.addAttribute("unit", unit);
        return "index";
    }
}
