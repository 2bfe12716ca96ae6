package org.jixiao.evaluation.web;

import org.jixiao.account.Actor;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.TablePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first page: the evaluations the logged-in person may see, as a queue (a reviewer's desk opens on 待审核); the
 * public goes to the published reports.
 */
@Controller
class HomeController {

    private final EvaluationQueue queue;

    HomeController(EvaluationQueue queue) {
        this.queue = queue;
    }

    /** {@code status}: one status, "" for all, or absent for the person's first view. */
    @GetMapping("/")
    String home(@RequestParam(required = false) String status, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String unit, @RequestParam(defaultValue = "1") int page, Model model) {
        Actor actor = CurrentActor.get();
        if (actor == null) {
            return "redirect:/public";
        }
        EvaluationStatus shown = EvaluationQueue.shown(actor, status);
        TablePage<EvaluationQueue.Row> table = queue.page(actor, shown, year, unit, page);
        model.addAttribute("rows", table.rows());
        model.addAttribute("page", table);
        model.addAttribute("desk", EvaluationAccess.reviewsSubmissions(actor));
        model.addAttribute("canCreate", EvaluationAccess.canCreate(actor));
        model.addAttribute("statuses", EvaluationQueue.STATUSES);
        model.addAttribute("status", shown == null ? "" : shown.name());
        model.addAttribute("year", year);
        model.addAttribute("unit", unit);
        return "index";
    }
}
