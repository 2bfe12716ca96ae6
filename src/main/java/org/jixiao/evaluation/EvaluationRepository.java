package org.jixiao.evaluation;

import java.util.Optional;
import org.jixiao.document.Kind;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface EvaluationRepository extends ListCrudRepository<Evaluation, Long> {

    @Query("SELECT * FROM evaluation WHERE unit_id = :unitId AND fiscal_year = :fiscalYear AND kind = :kind AND subject = :subject")
    Optional<Evaluation> findByIdentity(Long unitId, int fiscalYear, Kind kind, String subject);

    /** Locks the evaluation's row until the transaction ends: a review step waits for it, and it for a step. */
    @Query("SELECT id FROM evaluation WHERE id = :id FOR UPDATE")
    Optional<Long> lockForChange(long id);
}
