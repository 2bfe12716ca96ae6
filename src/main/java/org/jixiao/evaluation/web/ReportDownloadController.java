package org.jixiao.evaluation.web;

import java.nio.charset.StandardCharsets;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
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

    ReportDownloadController(ReviewWorkflow workflow, ReportFiles reports) {
        this.workflow = workflow;
        this.reports = reports;
    }

    @GetMapping("/evaluations/{id}/report.{extension}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String extension) {
        // only who may read the evaluation may download it: another unit's is "not found"
        return download(reports, workflow.read(CurrentActor.get(), id).document(), extension);
    }

    /** The report in the format the extension names, as a response the browser saves or shows. */
    static ResponseEntity<byte[]> download(ReportFiles reports, EvaluationDocument document, String extension) {
        ReportFormat format = ReportFormat.named(extension)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "format " + extension));
        ContentDisposition disposition = (format == ReportFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment())
                .filename(ReportRenderer.fileName(document, format), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(reports.render(document, format).content());
    }
}
