-- The security log stays append-only, but a line older than 180 days may be removed when the operator's retention
-- (jixiao.security-log.retention) says so; TRUNCATE and every change are still refused.
CREATE OR REPLACE FUNCTION security_event_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.occurred_at < now() - interval '180 days' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'security_event is append-only';
END;
$$ LANGUAGE plpgsql;
