package org.jixiao.goals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One review of a unit's goals: a grade and a comment per criterion, the decision, who gave it and when. Made by
 * {@link #returning} or {@link #approving}, which refuse a review that does not carry its decision: a return says
 * what to change, an approval grades all four criteria and none 差.
 */
public record GoalReview(Decision decision, List<CriterionReview> criteria, String reviewer, Instant at) {

    /** What the review decided. */
    public enum Decision {
        RETURNED("退回修改"),
        APPROVED("审核通过");

        private final String label;

        Decision(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public GoalReview {
        criteria = List.copyOf(criteria);
    }

    /** A return: at least one comment, so that the unit knows what to change. */
    public static GoalReview returning(List<CriterionReview> criteria, String reviewer, Instant at) {
        List<CriterionReview> given = ordered(criteria);
        if (given.stream().allMatch(c -> c.comment() == null)) {
            throw new IllegalArgumentException("退回时请至少就一个审核要点写明意见，说明需要修改什么");
        }
        return new GoalReview(Decision.RETURNED, given, reviewer, at);
    }

    /** An approval: every criterion graded, none 差 (a sheet graded 差 on one is returned, not approved). */
    public static GoalReview approving(List<CriterionReview> criteria, String reviewer, Instant at) {
        List<CriterionReview> given = ordered(criteria);
        List<String> missing = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            if (given.stream().noneMatch(c -> c.criterion() == criterion && c.grade() != null)) {
                missing.add(criterion.label());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("审核通过前请为每个审核要点评定等级，尚缺：" + String.join("、", missing));
        }
        List<String> poor = given.stream().filter(c -> c.grade() == GoalGrade.POOR)
                .map(c -> c.criterion().label()).toList();
        if (!poor.isEmpty()) {
            throw new IllegalArgumentException(String.join("、", poor) + "评为“差”，不能审核通过，请退回单位修改");
        }
        return new GoalReview(Decision.APPROVED, given, reviewer, at);
    }

    /** The criteria in their order, one each; a criterion given twice is refused. */
    private static List<CriterionReview> ordered(List<CriterionReview> criteria) {
        Map<Criterion, CriterionReview> byCriterion = new EnumMap<>(Criterion.class);
        for (CriterionReview review : criteria) {
            if (byCriterion.put(review.criterion(), review) != null) {
                throw new IllegalArgumentException("审核要点“" + review.criterion().label() + "”重复填写");
            }
        }
        return byCriterion.values().stream().filter(c -> c.grade() != null || c.comment() != null).toList();
    }

    /** When, in China's time. */
    public String when() {
        return GoalEvent.CHINA_TIME.format(at);
    }

    /** The review of one criterion, where given. */
    public CriterionReview of(Criterion criterion) {
        return criteria.stream().filter(c -> c.criterion() == criterion).findFirst().orElse(null);
    }
}
