package org.jixiao.web;

import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.rendering.ReportOutline;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One evaluation in full, read-only, laid out like the report. */
@Controller
class EvaluationPageController {

    private final Evaluations evaluations;

    EvaluationPageController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/evaluations/{id}")
    String show(@PathVariable long id, Model model) {
        StoredEvaluation evaluation = evaluations.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "evaluation " + id));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("document", evaluation.document());
        model.addAttribute("report", ReportOutline.of(evaluation.document()));
        return "evaluation";
    }
}
