-- A change of monitoring is recorded under a path that names its key task and indicator, up to 500 characters each
-- and quotes in them escaped: $.monitoring[8].keyTasks['…'].indicators['…'].progress.
ALTER TABLE audit_event ALTER COLUMN field SET DATA TYPE VARCHAR(2100);
