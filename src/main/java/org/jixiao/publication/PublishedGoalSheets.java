package org.jixiao.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jixiao.document.GoalJson;
import org.jixiao.goals.SignedSheets.SignedSheet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published goal sheets as signed (V77): written once per sheet, never changed. */
@Repository
class PublishedGoalSheets {

    private static final String COLUMNS = "filing_id, filing_version, published_at, published_by, sheet_json, "
            + "document_digest, signer, certificate_fingerprint, self_signed, pdf";

    private final JdbcClient jdbc;

    PublishedGoalSheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(SignedSheet copy, long version) {
        jdbc.sql("INSERT INTO published_goal_sheet (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(copy.filingId(), version, Timestamp.from(copy.publishedAt()), copy.publishedBy(),
                        GoalJson.compact(copy.sheet()), copy.digest(), copy.signer(), copy.certificateFingerprint(),
                        copy.selfSigned(), copy.pdf())
                .update();
    }

    /** As {@link #add}, unless the sheet's copy is kept already (signed by another server at the same moment). */
    void addUnlessThere(SignedSheet copy, long version) {
        try {
            add(copy, version);
        } catch (DuplicateKeyException e) {
            // the other server's copy is kept; it is the same publication
        }
    }

    Optional<SignedSheet> of(long filingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_goal_sheet WHERE filing_id = ?").param(filingId)
                .query(PublishedGoalSheets::row).optional();
    }

    /** The copies of a sheet with this digest: which published sheet a JSON someone holds is. */
    List<SignedSheet> withDigest(String digest) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM published_goal_sheet WHERE document_digest = ? ORDER BY id")
                .param(digest).query(PublishedGoalSheets::row).list();
    }

    private static SignedSheet row(ResultSet rs, int n) throws SQLException {
        return new SignedSheet(rs.getLong("filing_id"), GoalJson.read(rs.getString("sheet_json")),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"),
                rs.getString("document_digest"), rs.getString("signer"), rs.getString("certificate_fingerprint"),
                rs.getBoolean("self_signed"), rs.getBytes("pdf"));
    }
}
