package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ex-ante assessment's score: per criterion, the total, and the conclusion once complete.
 *
 * @param criteria   each criterion with the sum of its scored sub-points (null where none is scored yet)
 * @param total      the sum of every scored sub-point, two decimals
 * @param complete   whether every sub-point is scored; only then is there a conclusion
 * @param conclusion null until complete
 * @param vetoedBy   the criterion whose veto made it 不予支持, else null
 */
public record ExAnteScore(String profile, List<CriterionScore> criteria, BigDecimal total, boolean complete,
        ExAnteConclusion conclusion, ExAnteProfile.Criterion vetoedBy) {

    public ExAnteScore {
        criteria = List.copyOf(criteria);
    }

    /** One criterion's score; {@code complete} where each of its sub-points is scored. */
    public record CriterionScore(ExAnteProfile.Criterion criterion, BigDecimal score, boolean complete) {
    }

    /** Why the conclusion is what it is, in a sentence the report and the page print. */
    public String explanation(ExAnteProfile profile) {
        if (!complete) {
            return "尚有评分要点未评分，暂不能得出结论";
        }
        if (vetoedBy != null) {
            return vetoedBy.title() + "得分 " + ExAnteProfile.plain(criteria.stream()
                    .filter(c -> c.criterion().equals(vetoedBy)).findFirst().orElseThrow().score())
                    + " 分，按评分规则一票否决，结论为" + conclusion.label();
        }
        return "总分 " + total.toPlainString() + " 分（" + ExAnteProfile.plain(profile.conclusion().supportFrom())
                + " 分及以上予以支持，" + ExAnteProfile.plain(profile.conclusion().adjustFrom()) + " 分至 "
                + ExAnteProfile.plain(profile.conclusion().supportFrom()) + " 分调整后支持，"
                + ExAnteProfile.plain(profile.conclusion().adjustFrom()) + " 分以下不予支持），结论为" + conclusion.label();
    }
}
