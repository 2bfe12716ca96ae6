package org.jixiao.evaluation;

import java.time.Instant;
import org.jixiao.document.EvaluationDocument;

/** A stored evaluation as the application shows it: its document, status and version. */
public record StoredEvaluation(long id, EvaluationStatus status, long version, Instant updatedAt,
        EvaluationDocument document) {
}
