package org.jixiao.evaluation.web;

import java.util.List;
import java.util.Map;
import org.jixiao.account.Actor;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationScope;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.rendering.ReportElement;
import org.jixiao.review.Participants;
import org.jixiao.review.People;
import org.jixiao.review.ReviewComment;
import org.jixiao.review.ReviewSection;
import org.jixiao.review.ReviewWorkflow;
import org.springframework.stereotype.Component;

/**
 * What the evaluation page offers the current user: the workflow steps they may take, the review comments beside
 * the sections they are about (and a reviewer's box for new ones), and who submitted and reviewed it, by name.
 */
@Component
class WorkflowView {

    private final ReviewWorkflow workflow;
    private final People people;

    WorkflowView(ReviewWorkflow workflow, People people) {
        this.workflow = workflow;
        this.people = people;
    }

    Workflow of(Actor actor, StoredEvaluation evaluation) {
        EvaluationScope scope = evaluation.scope();
        boolean involved = EvaluationAccess.isInvolved(actor, scope);
        List<ReviewComment> comments = involved ? workflow.comments(actor, evaluation.id()) : List.of();
        return new Workflow(EvaluationAccess.canEditSomething(actor, scope), EvaluationAccess.canSubmit(actor, scope),
                EvaluationAccess.canReview(actor, scope), EvaluationAccess.canPublish(actor, scope),
                EvaluationAccess.canReadAudit(actor, scope), EvaluationAccess.canBeginNextYear(actor, scope), comments,
                people.named(comments.stream().map(ReviewComment::author).toList()),
                involved ? workflow.participants(actor, evaluation.id()) : null);
    }

    /**
     * @param names        the display name of each comment's author
     * @param participants who submitted and who reviewed it last; null for those it does not concern
     */
    record Workflow(boolean canEdit, boolean canSubmit, boolean canReview, boolean canPublish, boolean canReadAudit,
            boolean canBeginNextYear, List<ReviewComment> comments, Map<String, String> names,
            Participants participants) {

        public boolean hasOpenComments() {
            return comments.stream().anyMatch(c -> !c.resolved());
        }

        /** How many comments of the last return the unit has yet to answer by submitting again. */
        public long openComments() {
            return comments.stream().filter(c -> !c.resolved()).count();
        }

        /** Whether the page has a step to offer at its top. */
        public boolean hasSteps() {
            return canEdit || canSubmit || canReview || canPublish;
        }

        /** The comments on the report as a whole, shown above it. */
        public ReviewSection general() {
            return ReviewSection.GENERAL;
        }

        /** The section of the report the element begins; null where it begins none. */
        public ReviewSection sectionAt(ReportElement element) {
            return ReportSections.of(element);
        }

        /** The comments on a section, newest first. */
        public List<ReviewComment> on(ReviewSection section) {
            return comments.stream().filter(c -> c.section().equals(section.key())).toList();
        }

        /** Whether the margin beside a section holds anything: comments on it, or the reviewer's box. */
        public boolean hasMargin(ReviewSection section) {
            return section != null && (canReview || !on(section).isEmpty());
        }

        public String nameOf(String username) {
            return names.getOrDefault(username, username);
        }
    }
}
