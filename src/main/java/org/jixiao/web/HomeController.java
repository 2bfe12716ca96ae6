package org.jixiao.web;

import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.Evaluations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The first page: the evaluations in the database. */
@Controller
class HomeController {

    private final Evaluations evaluations;

    HomeController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
            Model model) {
        model.addAttribute("evaluations", evaluations.summaries(new EvaluationFilter(null, year, unit)));
        model.addAttribute("year", year);
        model.addAttribute("unit", unit);
        return "index";
    }
}
