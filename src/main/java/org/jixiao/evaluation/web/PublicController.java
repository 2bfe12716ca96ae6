package org.jixiao.evaluation.web;

import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.PublishedEvaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.publication.Publications;
import org.jixiao.rendering.ReportOutline;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.web.ReportFiles;
import org.jixiao.web.TablePage;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public portal: published reports, searchable by unit, year and text, readable without logging in. */
@Controller
class PublicController {

    private final ReviewWorkflow workflow;
    private final ReportFiles reports;
    private final PublishedEvaluations publishedEvaluations;
    private final EvaluationScoring scoring;
    private final Publications publications;

    PublicController(ReviewWorkflow workflow, ReportFiles reports, PublishedEvaluations publishedEvaluations,
            EvaluationScoring scoring, Publications publications) {
        this.workflow = workflow;
        this.reports = reports;
        this.publishedEvaluations = publishedEvaluations;
        this.scoring = scoring;
        this.publications = publications;
    }

    @GetMapping("/public")
    String search(@RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        // always as the public: a logged-in reviewer sees here what everyone sees; a page at a time
        EvaluationFilter filter = new EvaluationFilter(null, year, unit).withText(q);
        TablePage<EvaluationSummary> table = TablePage.of(workflow.countVisible(null, filter), page,
                TablePage.SIZE, (offset, limit) -> workflow.visible(null, filter, offset, limit));
        model.addAttribute("reports", table.rows());
        model.addAttribute("page", table);
        model.addAttribute("year", year);
        model.addAttribute("unit", unit);
        model.addAttribute("q", q);
        return "public/index";
    }

    @GetMapping("/public/reports/{id}")
    String report(@PathVariable long id, Model model) {
        StoredEvaluation evaluation = published(id);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("report", ReportOutline.of(evaluation.document()));
        // scored now by the configured profile, as the report's appendix is
        model.addAttribute("score", scoring.assess(evaluation.document()).score());
        model.addAttribute("signed", publications.facts(id).orElse(null));
        return "public/report";
    }

    /** The published report as a printable page (html) or a PDF, for everyone. */
    @GetMapping("/public/reports/{id}/report.{extension:html|pdf}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String extension) {
        return ReportDownloadController.download(reports, publications, published(id), extension);
    }

    /** What the public may read: published evaluations only (kept in memory, as they no longer change). */
    private StoredEvaluation published(long id) {
        return publishedEvaluations.find(id).orElseThrow(() -> new EvaluationNotFoundException(id));
    }
}
