package org.jixiao.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.EvaluationDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores many new evaluations at once, e.g. a generated region for measurements: the same aggregates
 * {@link Evaluations#importDocuments} stores (built, assessed and moved through review by the aggregate's own
 * methods), written by batched inserts rather than one statement per row.
 */
@Service
public class BulkImport {

    /** A document to store, and the review status it is to have reached. */
    public record Entry(EvaluationDocument document, EvaluationStatus status) {
    }

    private final EvaluationRepository evaluations;
    private final UnitRepository units;
    private final EvaluationScoring scoring;
    private final ApplicationEventPublisher events;

    BulkImport(EvaluationRepository evaluations, UnitRepository units, EvaluationScoring scoring,
            ApplicationEventPublisher events) {
        this.evaluations = evaluations;
        this.units = units;
        this.scoring = scoring;
        this.events = events;
    }

    /**
     * Stores the entries in one transaction, all or nothing. Each is new (an evaluation that exists already is
     * refused by the database); each is assessed against the entry of the year before of the same unit, kind and
     * subject where the same call holds it, so a unit's years belong in one call, oldest first.
     *
     * @return the ids of the stored evaluations, in the order of the entries
     */
    @Transactional
    public List<Long> store(List<Entry> entries, String actor) {
        Instant now = Instant.now();
        Map<String, Unit> byName = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Unit candidate = Unit.of(entry.document().department());
            String key = candidate.name() + "\u0000" + (candidate.region() == null ? "" : candidate.region());
            byName.computeIfAbsent(key, k -> units.findByNameAndRegion(candidate.name(),
                    candidate.region() == null ? "" : candidate.region()).orElse(candidate));
        }
        List<Unit> newUnits = byName.values().stream().filter(unit -> unit.id() == null).toList();
        Map<Unit, Unit> saved = new HashMap<>();
        List<Unit> stored = units.saveAll(newUnits);
        for (int i = 0; i < newUnits.size(); i++) {
            saved.put(newUnits.get(i), stored.get(i));
        }
        Map<String, EvaluationDocument> seen = new HashMap<>();
        List<Evaluation> drafts = new ArrayList<>();
        List<EvaluationDocument> documents = new ArrayList<>();
        for (Entry entry : entries) {
            EvaluationDocument document = entry.document();
            Unit candidate = Unit.of(document.department());
            Unit unit = byName.get(candidate.name() + "\u0000" + (candidate.region() == null ? "" : candidate.region()));
            unit = saved.getOrDefault(unit, unit);
            Evaluation evaluation = Evaluation.draft(unit.id(), document, now);
            String identity = unit.id() + "\u0000" + document.kind() + "\u0000" + Evaluation.subjectOf(document);
            EvaluationDocument lastYear = seen.get(identity + "\u0000" + (document.fiscalYear() - 1));
            EvaluationDocument stated = evaluation.toDocument(unit);
            evaluation.assessed(scoring.assess(document, lastYear), scoring.profileName(), now);
            seen.put(identity + "\u0000" + document.fiscalYear(), stated);
            reach(evaluation, entry.status());
            drafts.add(evaluation);
            documents.add(stated);
        }
        List<Evaluation> inserted = evaluations.saveAll(drafts);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < inserted.size(); i++) {
            Evaluation evaluation = inserted.get(i);
            ids.add(evaluation.id());
            events.publishEvent(new EvaluationChanged(evaluation.id(), actor, EvaluationChanged.Change.CREATED, null,
                    documents.get(i)));
        }
        return ids;
    }

    /** Moves a draft through review by the transitions a unit and a reviewer would take. */
    static void reach(Evaluation evaluation, EvaluationStatus status) {
        switch (status) {
            case DRAFT -> {
            }
            case SUBMITTED -> evaluation.submit();
            case RETURNED -> {
                evaluation.submit();
                evaluation.returnForRevision();
            }
            case APPROVED -> {
                evaluation.submit();
                evaluation.approve();
            }
            case PUBLISHED -> {
                evaluation.submit();
                evaluation.approve();
                evaluation.publish();
            }
        }
    }
}
