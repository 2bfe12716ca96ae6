package org.jixiao.evaluation;

import java.time.Instant;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;

/** A stored evaluation as the application shows it: its document, unit, status and version. */
public record StoredEvaluation(long id, long unitId, EvaluationStatus status, long version, Instant updatedAt,
        EvaluationDocument document) {

    /** What permission decisions need to know of it. */
    public EvaluationScope scope() {
        return new EvaluationScope(unitId, document.department().region(), status,
                document.keyTasks().stream().map(KeyTask::leader).toList(), document.kind() == Kind.PROJECT);
    }
}
