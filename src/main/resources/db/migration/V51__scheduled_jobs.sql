-- Scheduled jobs run once across all servers on the database: the server that takes a job's row (sets
-- locked_until while it is past) runs it; the others find it taken and skip that run.
CREATE TABLE scheduled_job (
    name         VARCHAR(100)             PRIMARY KEY,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by    VARCHAR(200),
    last_started TIMESTAMP WITH TIME ZONE,
    last_result  VARCHAR(1000)
);

INSERT INTO scheduled_job (name, locked_until) VALUES ('reassess-stale', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00');
