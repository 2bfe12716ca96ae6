package org.jixiao.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.document.EvaluationDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rest of the application does with stored evaluations: import documents (all or nothing), read one
 * back as a document, list and export them.
 */
@Service
public class Evaluations {

    private final EvaluationRepository evaluations;
    private final UnitRepository units;
    private final EvaluationQueries queries;

    Evaluations(EvaluationRepository evaluations, UnitRepository units, EvaluationQueries queries) {
        this.evaluations = evaluations;
        this.units = units;
        this.queries = queries;
    }

    /**
     * Stores the documents in one transaction: a new draft for each unit, year and subject not seen before, a
     * revision of the draft where one exists. If any document cannot be stored (an evaluation under review,
     * a database constraint), nothing is.
     */
    @Transactional
    public List<ImportedEvaluation> importDocuments(List<EvaluationDocument> documents) {
        List<ImportedEvaluation> imported = new ArrayList<>();
        Instant now = Instant.now();
        for (EvaluationDocument document : documents) {
            Unit unit = unitOf(document);
            Optional<Evaluation> existing = evaluations.findByIdentity(unit.id(), document.fiscalYear(),
                    document.kind(), Evaluation.subjectOf(document));
            Evaluation evaluation;
            if (existing.isPresent()) {
                evaluation = existing.get();
                try {
                    evaluation.revise(document, now);
                } catch (IllegalTransitionException e) {
                    throw new IllegalTransitionException(document.title() + " " + document.fiscalYear() + " 年度："
                            + e.getMessage());
                }
            } else {
                evaluation = Evaluation.draft(unit, document, now);
            }
            evaluation = evaluations.save(evaluation);
            imported.add(new ImportedEvaluation(evaluation.id(), document.title(), document.fiscalYear(),
                    existing.isEmpty()));
        }
        return imported;
    }

    private Unit unitOf(EvaluationDocument document) {
        Unit candidate = Unit.of(document.department());
        return units.findByNameAndRegion(candidate.name(), candidate.region() == null ? "" : candidate.region())
                .map(unit -> {
                    unit.update(document.department());
                    return units.save(unit);
                })
                .orElseGet(() -> units.save(candidate));
    }

    /** The evaluation as a document, as {@code export} writes it. */
    @Transactional(readOnly = true)
    public Optional<EvaluationDocument> document(long id) {
        return find(id).map(StoredEvaluation::document);
    }

    /** The evaluation with its status and version. */
    @Transactional(readOnly = true)
    public Optional<StoredEvaluation> find(long id) {
        return evaluations.findById(id).map(evaluation -> {
            Unit unit = units.findById(evaluation.unitId()).orElseThrow();
            return new StoredEvaluation(evaluation.id(), evaluation.status(), evaluation.version(),
                    evaluation.updatedAt(), evaluation.toDocument(unit));
        });
    }

    /** Every evaluation, newest year first, without loading their content. */
    public List<EvaluationSummary> summaries() {
        return queries.summaries(EvaluationFilter.ALL);
    }

    public List<EvaluationSummary> summaries(EvaluationFilter filter) {
        return queries.summaries(filter);
    }

    /** The documents of the evaluations the filter selects, for export. */
    @Transactional(readOnly = true)
    public List<StoredEvaluation> export(EvaluationFilter filter) {
        return queries.summaries(filter).stream().map(summary -> find(summary.id()).orElseThrow()).toList();
    }

    public long count() {
        return evaluations.count();
    }
}
