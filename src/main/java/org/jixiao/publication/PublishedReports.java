package org.jixiao.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published reports as signed: kept, never changed; the latest per evaluation is the one the portal serves. */
@Repository
class PublishedReports {

    private static final String COLUMNS = "evaluation_id, evaluation_version, published_at, published_by, document_digest, "
            + "signer, certificate_fingerprint, self_signed, pdf";

    private final JdbcClient jdbc;

    PublishedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(PublishedReport report) {
        jdbc.sql("INSERT INTO published_report (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(report.evaluationId(), report.evaluationVersion(), Timestamp.from(report.publishedAt()),
                        report.publishedBy(), report.documentDigest(), report.signer(), report.certificateFingerprint(),
                        report.selfSigned(), report.pdf())
                .update();
    }

    /**
     * As {@link #add}, unless that version of the evaluation is already kept (signed by another server at the same
     * moment). Outside a transaction, so that the refused insert spoils nothing else.
     */
    void addUnlessThere(PublishedReport report) {
        try {
            add(report);
        } catch (DuplicateKeyException e) {
            // the other server's report is kept; it is the same publication
        }
    }

    Optional<PublishedReport> latest(long evaluationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_report WHERE evaluation_id = ? "
                + "ORDER BY evaluation_version DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .param(evaluationId).query(PublishedReports::row).optional();
    }

    /** The latest publication's facts without its PDF (an empty one), for a list or an export of many. */
    Optional<PublishedReport> latestFacts(long evaluationId) {
        return jdbc.sql("SELECT " + COLUMNS.replace("pdf", "CAST(NULL AS BYTEA) AS pdf") + " FROM published_report "
                + "WHERE evaluation_id = ? ORDER BY evaluation_version DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .param(evaluationId).query(PublishedReports::row).optional();
    }

    /** The publications of a document with this digest: which evaluation a copy is, whoever holds it. */
    List<PublishedReport> withDigest(String digest) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_report WHERE document_digest = ? ORDER BY id")
                .param(digest).query(PublishedReports::row).list();
    }

    private static PublishedReport row(ResultSet rs, int n) throws SQLException {
        return new PublishedReport(rs.getLong("evaluation_id"), rs.getLong("evaluation_version"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"),
                rs.getString("document_digest"), rs.getString("signer"), rs.getString("certificate_fingerprint"),
                rs.getBoolean("self_signed"), rs.getBytes("pdf") == null ? new byte[0] : rs.getBytes("pdf"));
    }
}
