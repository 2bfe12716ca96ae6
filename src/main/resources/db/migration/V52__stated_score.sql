-- The score a published report states for itself (单位自评得分, 自评等级, and the sentence it was read from), kept
-- beside jixiao's own and never taken for it; and, in the stored assessment, why an evaluation with too little to
-- score (no key task, or no key task with an indicator) has no total and no grade: NO_KEY_TASKS or NO_INDICATORS.
ALTER TABLE evaluation ADD COLUMN stated_total NUMERIC(9, 6);
ALTER TABLE evaluation ADD COLUMN stated_grade VARCHAR(20);
ALTER TABLE evaluation ADD COLUMN stated_text VARCHAR(2000);
ALTER TABLE evaluation ADD COLUMN not_scorable VARCHAR(32);
