-- When the unit last submitted the evaluation (送审): the reviewer's desk shows how many days it has waited.
ALTER TABLE evaluation ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;

-- Those submitted before: their last submission as the audit trail records it, else their last change.
UPDATE evaluation SET submitted_at = (SELECT MAX(a.occurred_at) FROM audit_event a
                                      WHERE a.evaluation_id = evaluation.id AND a.action = 'SUBMITTED');
UPDATE evaluation SET submitted_at = updated_at WHERE submitted_at IS NULL AND status <> 'DRAFT';
