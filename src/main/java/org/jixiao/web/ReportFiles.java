package org.jixiao.web;

import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.rendering.RenderedReport;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.springframework.stereotype.Component;

/** Reports as files, their appendix scored now by the configured profile (a stored score may be stale). */
@Component
public class ReportFiles {

    private final EvaluationScoring scoring;

    ReportFiles(EvaluationScoring scoring) {
        this.scoring = scoring;
    }

    public RenderedReport render(EvaluationDocument document, ReportFormat format) {
        return ReportRenderer.render(document.withScore(scoring.assess(document).score()), format);
    }
}
