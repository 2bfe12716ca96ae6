package org.jixiao.goals;

/**
 * The reviewer's word on one criterion: a grade (null where not given yet) and a comment (null where none).
 */
public record CriterionReview(Criterion criterion, GoalGrade grade, String comment) {

    public CriterionReview {
        if (criterion == null) {
            throw new IllegalArgumentException("审核意见缺少审核要点");
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > 2000) {
            throw new IllegalArgumentException(criterion.label() + "的审核意见超过 2000 字");
        }
    }
}
