package org.jixiao.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The comments reviewers left when returning evaluations; resolved when the unit submits again. */
@Component
class ReviewComments {

    private final JdbcClient jdbc;

    ReviewComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long evaluationId, String section, String body, String author) {
        jdbc.sql("INSERT INTO review_comment (evaluation_id, section, body, author, created_at, resolved) VALUES (?, ?, ?, ?, ?, FALSE)")
                .params(evaluationId, section, body, author, Timestamp.from(Instant.now())).update();
    }

    void resolveAll(long evaluationId) {
        jdbc.sql("UPDATE review_comment SET resolved = TRUE WHERE evaluation_id = ?").param(evaluationId).update();
    }

    List<ReviewComment> of(long evaluationId) {
        return jdbc.sql("SELECT * FROM review_comment WHERE evaluation_id = ? ORDER BY id DESC").param(evaluationId)
                .query((rs, row) -> new ReviewComment(rs.getLong("id"), rs.getLong("evaluation_id"),
                        rs.getString("section"), rs.getString("body"), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getBoolean("resolved")))
                .list();
    }
}
