package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores an ex-ante assessment by its profile (docs/ex-ante.md): a criterion's score is the sum of its sub-points'
 * scores, the total the sum of the criteria's, exact. The conclusion is given only once every sub-point is scored: by
 * the total against the profile's thresholds, unless a veto holds (立项必要性 scored 0: 不予支持 whatever the rest).
 * A score below 0, above its sub-point's points, or finer than 0.01 is refused, naming the criterion and sub-point.
 */
public final class ExAnteScorer {

    private static final int SCALE = 2;

    private ExAnteScorer() {
    }

    /**
     * @param scores the assessor's score per sub-point code; a sub-point missing (or null) is not scored yet
     * @throws IllegalArgumentException for a score out of its range or a sub-point the profile does not have
     */
    public static ExAnteScore score(ExAnteProfile profile, Map<String, BigDecimal> scores) {
        Set<String> known = profile.criteria().stream().flatMap(c -> c.points().stream())
                .map(ExAnteProfile.Point::code).collect(Collectors.toSet());
        for (String code : scores.keySet()) {
            if (!known.contains(code)) {
                throw new IllegalArgumentException("评分规则 " + profile.name() + " 中没有评分要点 " + code);
            }
        }
        List<ExAnteScore.CriterionScore> criteria = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        ExAnteProfile.Criterion vetoedBy = null;
        for (ExAnteProfile.Criterion criterion : profile.criteria()) {
            BigDecimal sum = BigDecimal.ZERO;
            int scored = 0;
            for (ExAnteProfile.Point point : criterion.points()) {
                BigDecimal score = scores.get(point.code());
                if (score == null) {
                    continue;
                }
                check(criterion, point, score);
                sum = sum.add(score);
                scored++;
            }
            boolean whole = scored == criterion.points().size();
            complete &= whole;
            total = total.add(sum);
            BigDecimal shown = scored == 0 ? null : sum.setScale(SCALE);
            criteria.add(new ExAnteScore.CriterionScore(criterion, shown, whole));
            if (whole && vetoedBy == null && vetoes(profile, criterion, sum)) {
                vetoedBy = criterion;
            }
        }
        ExAnteConclusion conclusion = null;
        if (complete) {
            conclusion = vetoedBy != null ? ExAnteConclusion.REJECT : profile.conclusionAt(total);
        }
        return new ExAnteScore(profile.name(), criteria, total.setScale(SCALE), complete, conclusion, vetoedBy);
    }

    private static boolean vetoes(ExAnteProfile profile, ExAnteProfile.Criterion criterion, BigDecimal sum) {
        return profile.vetoes().stream()
                .anyMatch(v -> v.criterion().equals(criterion.code()) && sum.compareTo(v.atOrBelow()) <= 0);
    }

    private static void check(ExAnteProfile.Criterion criterion, ExAnteProfile.Point point, BigDecimal score) {
        String where = criterion.title() + "·" + point.title();
        if (score.signum() < 0) {
            throw new IllegalArgumentException(where + "的得分不能为负数（填写了 " + score.toPlainString() + "）");
        }
        if (score.compareTo(point.points()) > 0) {
            throw new IllegalArgumentException(where + "的得分 " + score.toPlainString() + " 超过该要点的分值 "
                    + ExAnteProfile.plain(point.points()));
        }
        if (score.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException(where + "的得分 " + score.toPlainString() + " 最多保留两位小数");
        }
    }
}
