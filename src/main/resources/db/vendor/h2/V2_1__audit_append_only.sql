-- H2 has no procedural triggers in SQL; the application only ever inserts into audit_event. This migration
-- keeps the version numbers the same on both databases.
SELECT 1;
