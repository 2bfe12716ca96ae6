package org.jixiao.review;

import java.time.Instant;

/**
 * An evaluation was made public (公开), by whom and when: published within the step's transaction, so that what the
 * publication needs (the signed report) is made with it or the step fails.
 */
public record EvaluationPublished(long evaluationId, String username, String displayName, Instant at) {
}
