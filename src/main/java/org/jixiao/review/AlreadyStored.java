package org.jixiao.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.document.DocumentDiff;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluation;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.StoredEvaluation;

/**
 * What a unit already has of a report someone is about to import: its evaluations of the same year and kind, and what
 * importing the report would do to them, so that the import page asks before it stores the same report twice.
 *
 * @param evaluations the ones the importer may see, the one the import would land on first
 */
public record AlreadyStored(int fiscalYear, List<Existing> evaluations, Outcome outcome) {

    /** One of them: where to open it, and how it stands. */
    public record Existing(long id, String title, EvaluationStatus status) {
    }

    /** What importing the report again would do. */
    public enum Outcome {
        /** Nothing: the evaluation it would land on says the same already. */
        SAME_CONTENT,
        /** Replace the content of that evaluation, a draft or returned one of the importer's own unit. */
        REPLACES,
        /** Nothing, refused: that evaluation is under review, approved or published. */
        UNDER_REVIEW,
        /** Nothing, refused: that evaluation is a draft only its unit's editor changes. */
        NOT_YOURS,
        /** Store a second one beside them, as another project's. */
        SECOND_COPY
    }

    /** What importing the placed document would do to the unit's evaluations of its year and kind (at least one). */
    static AlreadyStored of(Actor actor, EvaluationDocument placed, List<StoredEvaluation> same) {
        String subject = Evaluation.subjectOf(placed);
        List<StoredEvaluation> ordered = new ArrayList<>(same);
        ordered.sort(Comparator.comparing(e -> !Evaluation.subjectOf(e.document()).equals(subject)));
        StoredEvaluation landing = ordered.get(0);
        Outcome outcome;
        if (!Evaluation.subjectOf(landing.document()).equals(subject)) {
            outcome = Outcome.SECOND_COPY;
        } else if (DocumentDiff.between(landing.document(), placed.withDepartment(landing.document().department()))
                .isEmpty()) {
            outcome = Outcome.SAME_CONTENT; // the unit's details come from its record, not from the report
        } else if (!landing.status().isEditable()) {
            outcome = Outcome.UNDER_REVIEW;
        } else {
            outcome = EvaluationAccess.canEdit(actor, landing.scope()) ? Outcome.REPLACES : Outcome.NOT_YOURS;
        }
        return new AlreadyStored(placed.fiscalYear(), ordered.stream()
                .map(e -> new Existing(e.id(), e.document().title(), e.status())).toList(), outcome);
    }

    /** The one to open: the evaluation the import would land on, else the first of them. */
    public Existing first() {
        return evaluations.get(0);
    }

    /** Whether importing anyway would store something. */
    public boolean mayImportAnyway() {
        return outcome == Outcome.REPLACES || outcome == Outcome.SECOND_COPY;
    }
}
