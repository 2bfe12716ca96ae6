-- On H2 the security log is append-only as the audit trail is (V54): the same trigger class refuses to change or
-- remove a row, and a key referencing its own table refuses TRUNCATE.
CREATE TRIGGER security_event_append_only
    BEFORE UPDATE, DELETE ON security_event
    FOR EACH ROW CALL "org.jixiao.review.AppendOnlyAuditTrail";

ALTER TABLE security_event ADD CONSTRAINT security_event_not_truncated FOREIGN KEY (id) REFERENCES security_event (id);
