-- On H2 the trail's links and seals are append-only as the audit trail is (V54): the same trigger class refuses to
-- change or remove a row, and a key referencing its own table refuses TRUNCATE.
CREATE TRIGGER trail_link_append_only
    BEFORE UPDATE, DELETE ON trail_link
    FOR EACH ROW CALL "org.jixiao.review.AppendOnlyAuditTrail";

ALTER TABLE trail_link ADD CONSTRAINT trail_link_not_truncated FOREIGN KEY (chain, entry_id)
    REFERENCES trail_link (chain, entry_id);

CREATE TRIGGER trail_seal_append_only
    BEFORE UPDATE, DELETE ON trail_seal
    FOR EACH ROW CALL "org.jixiao.review.AppendOnlyAuditTrail";

ALTER TABLE trail_seal ADD CONSTRAINT trail_seal_not_truncated FOREIGN KEY (id) REFERENCES trail_seal (id);
