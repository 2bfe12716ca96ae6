package org.jixiao.evaluation.web;

import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.rendering.ReportOutline;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One evaluation in full, read-only, laid out like the report, with its score and findings beside it. */
@Controller
class EvaluationPageController {

    private final ReviewWorkflow workflow;
    private final WorkflowView steps;
    private final Evaluations evaluations;
    private final ExecutionMonitoring monitoring;
    private final ScoringProfileTitles profiles;

    EvaluationPageController(ReviewWorkflow workflow, WorkflowView steps, Evaluations evaluations,
            ExecutionMonitoring monitoring, ScoringProfileTitles profiles) {
        this.profiles = profiles;
        this.workflow = workflow;
        this.steps = steps;
        this.evaluations = evaluations;
        this.monitoring = monitoring;
    }

    @GetMapping("/evaluations/{id}")
    String show(@PathVariable long id, Model model) {
        StoredEvaluation evaluation = workflow.read(CurrentActor.get(), id);
        EvaluationDocument document = evaluation.document();
        // assessed as saving does: against last year and the goals approved for the year
        EvaluationScoring.Assessment assessed = evaluations.assess(evaluation);
        // the report as its downloads print it: the 自评表's 得分 cells from the score beside it, not 未评分; its
        // rules named by their title, as the panel beside it names them
        EvaluationScore score = assessed.score();
        ReportOutline report = ReportOutline.of(document.withScore(score == null || score.profile() == null ? score
                : score.withProfile(profiles.title(score.profile()))));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("approvedGoals", evaluations.approvedGoals(evaluation).orElse(null));
        model.addAttribute("targetChanges", evaluations.changesFromApproved(evaluation));
        model.addAttribute("document", document);
        model.addAttribute("report", report);
        model.addAttribute("assessment", new AssessmentView(document, report, assessed));
        model.addAttribute("workflow", steps.of(CurrentActor.get(), evaluation));
        // the monitoring warnings of the year, for the unit and the reviewer alike
        model.addAttribute("monitoring", monitoring.latest(CurrentActor.get(), evaluation.id()).orElse(null));
        return "evaluation";
    }
}
