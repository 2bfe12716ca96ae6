-- The assessment of each evaluation as of its last change: score by the configured profile, grade and finding counts,
-- kept beside the content so that the finance bureau's dashboard of a region reads one row per unit.
ALTER TABLE evaluation ADD COLUMN total_score NUMERIC(7, 2);
ALTER TABLE evaluation ADD COLUMN grade VARCHAR(16);
ALTER TABLE evaluation ADD COLUMN scoring_profile VARCHAR(64);
ALTER TABLE evaluation ADD COLUMN error_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE evaluation ADD COLUMN warning_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE evaluation ADD COLUMN indicator_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE evaluation ADD COLUMN indicators_met INTEGER NOT NULL DEFAULT 0;
ALTER TABLE evaluation ADD COLUMN assessed_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_evaluation_unit_year ON evaluation (unit_id, fiscal_year);
CREATE INDEX ix_unit_region ON unit (region, name);
