-- V2_1 refuses to change or delete a row of the audit trail; TRUNCATE fires no row trigger, so it is refused here.
-- (The same version as H2's migration, which makes its audit trail append-only too.)
CREATE TRIGGER audit_event_not_truncated
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
