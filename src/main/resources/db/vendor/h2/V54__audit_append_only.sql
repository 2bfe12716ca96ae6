-- The audit trail is append-only on H2 as on PostgreSQL, which V2_1 could not make it: a trigger refuses to change or
-- remove a row.
CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE, DELETE ON audit_event
    FOR EACH ROW CALL "org.jixiao.review.AppendOnlyAuditTrail";

-- TRUNCATE fires no trigger, but H2 refuses to truncate a table that a foreign key points at: each row points at
-- itself, which every row satisfies.
ALTER TABLE audit_event ADD CONSTRAINT audit_event_not_truncated FOREIGN KEY (id) REFERENCES audit_event (id);
