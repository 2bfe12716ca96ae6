package org.jixiao.evaluation.web;

import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationScope;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.ReviewComment;
import org.jixiao.review.ReviewSection;
import org.jixiao.review.ReviewWorkflow;
import org.springframework.stereotype.Component;

/** What the evaluation page offers the current user: the workflow steps they may take and the review comments. */
@Component
class WorkflowView {

    private final ReviewWorkflow workflow;

    WorkflowView(ReviewWorkflow workflow) {
        this.workflow = workflow;
    }

    Workflow of(Actor actor, StoredEvaluation evaluation) {
        EvaluationScope scope = evaluation.scope();
        List<ReviewComment> comments = EvaluationAccess.isInvolved(actor, scope)
                ? workflow.comments(actor, evaluation.id()) : List.of();
        return new Workflow(EvaluationAccess.canEditSomething(actor, scope), EvaluationAccess.canSubmit(actor, scope),
                EvaluationAccess.canReview(actor, scope), EvaluationAccess.canPublish(actor, scope),
                EvaluationAccess.canReadAudit(actor, scope), EvaluationAccess.canBeginNextYear(actor, scope), comments,
                List.of(ReviewSection.values()));
    }

    record Workflow(boolean canEdit, boolean canSubmit, boolean canReview, boolean canPublish, boolean canReadAudit,
            boolean canBeginNextYear, List<ReviewComment> comments, List<ReviewSection> sections) {

        public boolean hasOpenComments() {
            return comments.stream().anyMatch(c -> !c.resolved());
        }
    }
}
