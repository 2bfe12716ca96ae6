package org.jixiao.review;

import java.util.List;
import org.jixiao.document.Finding;
import org.jixiao.document.Severity;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.springframework.stereotype.Component;

/**
 * What stands between an evaluation and 送审: the findings the workspace shows while the unit types (the money
 * checks, the linter, scoring), held against last year's evaluation and the approved goals as there. Errors refuse it; warnings are
 * submitted only once confirmed.
 */
@Component
class SubmissionCheck {

    private final Evaluations evaluations;

    SubmissionCheck(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** Refuses the evaluation's submission while it has errors, or warnings not confirmed. */
    void refuseUnlessReady(StoredEvaluation evaluation, boolean warningsConfirmed) {
        List<Finding> findings = evaluations.assess(evaluation).findings();
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        List<Finding> warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
        if (!errors.isEmpty() || (!warnings.isEmpty() && !warningsConfirmed)) {
            throw new SubmissionRefusedException(errors, warnings);
        }
    }
}
