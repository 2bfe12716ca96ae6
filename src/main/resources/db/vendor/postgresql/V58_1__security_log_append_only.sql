-- On PostgreSQL the security log is append-only as the audit trail is: rows cannot be changed, removed or truncated.
CREATE FUNCTION security_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'security_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER security_event_append_only
    BEFORE UPDATE OR DELETE ON security_event
    FOR EACH ROW EXECUTE FUNCTION security_event_is_append_only();

CREATE TRIGGER security_event_not_truncated
    BEFORE TRUNCATE ON security_event
    FOR EACH STATEMENT EXECUTE FUNCTION security_event_is_append_only();
