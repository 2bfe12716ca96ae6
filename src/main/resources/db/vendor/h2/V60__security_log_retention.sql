-- The security log stays append-only, but a line older than 180 days may be removed when the operator's retention
-- (jixiao.security-log.retention) says so: the trigger of V58_1 gives way to one that knows the floor.
DROP TRIGGER security_event_append_only;

CREATE TRIGGER security_event_append_only
    BEFORE UPDATE, DELETE ON security_event
    FOR EACH ROW CALL "org.jixiao.account.SecurityLogRetention";
