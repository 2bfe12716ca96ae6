package org.jixiao.web;

import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.rendering.ReportOutline;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One evaluation in full, read-only, laid out like the report, with its score and findings beside it. */
@Controller
class EvaluationPageController {

    private final Evaluations evaluations;
    private final EvaluationScoring scoring;

    EvaluationPageController(Evaluations evaluations, EvaluationScoring scoring) {
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    @GetMapping("/evaluations/{id}")
    String show(@PathVariable long id, Model model) {
        StoredEvaluation evaluation = evaluations.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "evaluation " + id));
        EvaluationDocument document = evaluation.document();
        ReportOutline report = ReportOutline.of(document);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("document", document);
        model.addAttribute("report", report);
        model.addAttribute("assessment", new AssessmentView(document, report, scoring.assess(document)));
        return "evaluation";
    }
}
