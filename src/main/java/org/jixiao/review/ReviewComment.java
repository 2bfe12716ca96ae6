package org.jixiao.review;

import java.time.Instant;

/**
 * What a reviewer wrote about one section when returning an evaluation.
 *
 * @param section the section of the report it concerns, one of {@link ReviewSection}'s keys
 */
public record ReviewComment(long id, long evaluationId, String section, String body, String author, Instant createdAt,
        boolean resolved) {

    public String sectionLabel() {
        return ReviewSection.labelOf(section);
    }
}
