package org.jixiao.evaluation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationOrder;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.web.TablePage;
import org.springframework.stereotype.Component;

/**
 * The list of evaluations people work from, as a queue: 待审核 first, longest waiting first, each with its score,
 * grade, findings and the days it has waited. A reviewer's opens on what waits for them (the desk); everyone may
 * choose another status, or all.
 */
@Component
class EvaluationQueue {

    /** Days are counted in the calendar of the bureaus that use jixiao. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The statuses in the queue's order, for the filter. */
    static final List<EvaluationStatus> STATUSES = List.of(EvaluationStatus.SUBMITTED, EvaluationStatus.RETURNED,
            EvaluationStatus.DRAFT, EvaluationStatus.APPROVED, EvaluationStatus.PUBLISHED);

    private final ReviewWorkflow workflow;

    EvaluationQueue(ReviewWorkflow workflow) {
        this.workflow = workflow;
    }

    /** One evaluation of the queue, and the calendar days since it was submitted while it waits (else null). */
    record Row(EvaluationSummary evaluation, Long daysWaiting) {

        static Row of(EvaluationSummary evaluation, Instant now) {
            boolean waiting = evaluation.status() == EvaluationStatus.SUBMITTED && evaluation.submittedAt() != null;
            return new Row(evaluation, waiting ? daysBetween(evaluation.submittedAt(), now) : null);
        }

        static long daysBetween(Instant from, Instant to) {
            return ChronoUnit.DAYS.between(LocalDate.ofInstant(from, ZONE), LocalDate.ofInstant(to, ZONE));
        }
    }

    /**
     * The status shown: the one asked for ("" for all), or where none was asked the actor's first view: what waits
     * for a reviewer, everything for the others. Null for all, as for a status no form offers.
     */
    static EvaluationStatus shown(Actor actor, String asked) {
        if (asked == null) {
            return EvaluationAccess.reviewsSubmissions(actor) ? EvaluationStatus.SUBMITTED : null;
        }
        return Arrays.stream(EvaluationStatus.values()).filter(s -> s.name().equals(asked)).findFirst().orElse(null);
    }

    /** The page of the queue the filters select. */
    TablePage<Row> page(Actor actor, EvaluationStatus status, Integer year, String unit, int page) {
        EvaluationFilter filter = new EvaluationFilter(null, year, unit)
                .withStatuses(status == null ? null : List.of(status));
        Instant now = Instant.now();
        // a reviewer of a large region sees tens of thousands of evaluations: a page of them, read by the database
        return TablePage.of(workflow.countVisible(actor, filter), page, TablePage.SIZE, (offset, limit) ->
                workflow.visible(actor, filter, EvaluationOrder.REVIEW_QUEUE, offset, limit).stream()
                        .map(summary -> Row.of(summary, now)).toList());
    }
}
