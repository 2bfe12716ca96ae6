package org.jixiao.evaluation;

import org.jixiao.document.EvaluationDocument;

/**
 * Published in the transaction that changes an evaluation's content, so that the audit trail records the
 * change field by field in the same transaction.
 *
 * @param before the content before, null for a new evaluation
 */
public record EvaluationChanged(long evaluationId, String actor, Change change, EvaluationDocument before,
        EvaluationDocument after) {

    public enum Change {
        /** A new evaluation, by import or from the demo data. */
        CREATED,
        /** A draft replaced by an imported document. */
        IMPORTED,
        /** An edit in the workspace. */
        EDITED
    }
}
