-- The evaluation module's tables (unit, evaluation, key_task, indicator, …) are written and read by that module
-- alone. What other modules need of them (the dashboard, a region's monitoring, the statistics of indicator use)
-- they read through these views, which the evaluation module owns and keeps stable when its tables change
-- (docs/architecture.md).

CREATE VIEW evaluation_overview AS
SELECT e.id, e.unit_id, u.name AS unit_name, u.region, e.kind, e.subject, e.fiscal_year, e.status,
       e.budget, e.executed, e.execution_rate, e.total_score, e.grade, e.error_count, e.warning_count,
       e.indicator_count, e.indicators_met, e.not_scorable, e.stated_total, e.stated_grade
FROM evaluation e JOIN unit u ON u.id = e.unit_id;

CREATE VIEW key_task_overview AS
SELECT k.evaluation_id, k.task_index, k.name, k.budget, e.fiscal_year, e.unit_id, u.name AS unit_name, u.region
FROM key_task k JOIN evaluation e ON e.id = k.evaluation_id JOIN unit u ON u.id = e.unit_id;

CREATE VIEW indicator_overview AS
SELECT i.evaluation_id, i.task_index, i.indicator_index, i.name, i.annual_value, i.annual_unit, i.annual_comparator,
       i.actual_value, i.actual_unit, i.actual_comparator, e.fiscal_year, e.unit_id, u.name AS unit_name, u.region
FROM indicator i JOIN evaluation e ON e.id = i.evaluation_id JOIN unit u ON u.id = e.unit_id;
