package org.jixiao.web;

import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.Workspace;
import org.jixiao.rendering.ReportOutline;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One evaluation in full, read-only, laid out like the report. */
@Controller
class EvaluationPageController {

    private final Workspace workspace;

    private final WorkflowView workflow;

    EvaluationPageController(Workspace workspace, WorkflowView workflow) {
        this.workspace = workspace;
        this.workflow = workflow;
    }

    @GetMapping("/evaluations/{id}")
    String show(@PathVariable long id, Model model) {
        StoredEvaluation evaluation = workspace.read(CurrentActor.get(), id);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("document", evaluation.document());
        model.addAttribute("report", ReportOutline.of(evaluation.document()));
        model.addAttribute("workflow", workflow.of(CurrentActor.get(), evaluation));
        return "evaluation";
    }
}
