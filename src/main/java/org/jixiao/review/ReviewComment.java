package org.jixiao.review;

import java.time.Instant;
import org.jixiao.document.Kind;

/**
 * What a reviewer wrote about one section when returning an evaluation.
 *
 * @param section the section of the report it concerns, one of {@link ReviewSection}'s keys
 */
public record ReviewComment(long id, long evaluationId, String section, String body, String author, Instant createdAt,
        boolean resolved) {

    /** The section's name as an evaluation of that kind names it. */
    public String sectionLabel(Kind kind) {
        return ReviewSection.labelOf(section, kind);
    }
}
