package org.jixiao.evaluation.web;

import java.nio.charset.StandardCharsets;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.publication.Publications;
import org.jixiao.publication.PublishedReport;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.ReportFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The report of an evaluation as a download: {@code /evaluations/{id}/report.docx|pdf|html|xlsx}, named
 * 单位-年度-绩效自评报告.pdf. The HTML opens in the browser (the preview); the others are saved.
 */
@Controller
class ReportDownloadController {

    private final ReviewWorkflow workflow;
    private final ReportFiles reports;
    private final Publications publications;

    ReportDownloadController(ReviewWorkflow workflow, ReportFiles reports, Publications publications) {
        this.workflow = workflow;
        this.reports = reports;
        this.publications = publications;
    }

    @GetMapping("/evaluations/{id}/report.{extension}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String extension) {
        // only who may read the evaluation may download it: another unit's is "not found"
        StoredEvaluation evaluation = workflow.read(CurrentActor.get(), id);
        return download(reports, publications, evaluation, extension);
    }

    /**
     * The report in the format the extension names, as a response the browser saves or shows. The PDF of a published
     * evaluation is the file signed at publication, byte for byte, so that every copy verifies.
     */
    static ResponseEntity<byte[]> download(ReportFiles reports, Publications publications, StoredEvaluation evaluation,
            String extension) {
        ReportFormat format = ReportFormat.named(extension)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "format " + extension));
        EvaluationDocument document = evaluation.document();
        ContentDisposition disposition = (format == ReportFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment())
                .filename(ReportRenderer.fileName(document, format), StandardCharsets.UTF_8).build();
        byte[] content = format == ReportFormat.PDF && evaluation.status() == EvaluationStatus.PUBLISHED
                ? publications.signedReport(evaluation.id()).map(PublishedReport::pdf)
                        .orElseGet(() -> reports.render(document, format).content())
                : reports.render(document, format).content();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }
}
