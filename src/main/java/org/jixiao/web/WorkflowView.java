package org.jixiao.web;

import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.account.Permissions;
import org.jixiao.account.Role;
import org.jixiao.evaluation.EvaluationScope;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.review.ReviewComment;
import org.jixiao.review.ReviewSection;
import org.jixiao.review.Workspace;
import org.springframework.stereotype.Component;

/** What the evaluation page offers the current user: the workflow steps they may take and the review comments. */
@Component
class WorkflowView {

    private final Workspace workspace;

    WorkflowView(Workspace workspace) {
        this.workspace = workspace;
    }

    Workflow of(Actor actor, StoredEvaluation evaluation) {
        EvaluationScope scope = evaluation.scope();
        List<ReviewComment> comments = Permissions.isInvolved(actor, scope) ? workspace.comments(actor, evaluation.id())
                : List.of();
        boolean ownUnit = actor != null && actor.is(Role.UNIT_EDITOR) && actor.unitId() != null
                && actor.unitId() == evaluation.unitId();
        return new Workflow(Permissions.canEditSomething(actor, scope), Permissions.canSubmit(actor, scope),
                Permissions.canReview(actor, scope), Permissions.canPublish(actor, scope),
                Permissions.canReadAudit(actor, scope), ownUnit, comments, List.of(ReviewSection.values()));
    }

    record Workflow(boolean canEdit, boolean canSubmit, boolean canReview, boolean canPublish, boolean canReadAudit,
            boolean canBeginNextYear, List<ReviewComment> comments, List<ReviewSection> sections) {

        public boolean hasOpenComments() {
            return comments.stream().anyMatch(c -> !c.resolved());
        }
    }
}
