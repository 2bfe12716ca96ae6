-- On PostgreSQL the trail's links and seals are append-only as the audit trail is: rows cannot be changed, removed
-- or truncated.
CREATE FUNCTION trail_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trail_link_append_only
    BEFORE UPDATE OR DELETE ON trail_link
    FOR EACH ROW EXECUTE FUNCTION trail_is_append_only();

CREATE TRIGGER trail_link_not_truncated
    BEFORE TRUNCATE ON trail_link
    FOR EACH STATEMENT EXECUTE FUNCTION trail_is_append_only();

CREATE TRIGGER trail_seal_append_only
    BEFORE UPDATE OR DELETE ON trail_seal
    FOR EACH ROW EXECUTE FUNCTION trail_is_append_only();

CREATE TRIGGER trail_seal_not_truncated
    BEFORE TRUNCATE ON trail_seal
    FOR EACH STATEMENT EXECUTE FUNCTION trail_is_append_only();
