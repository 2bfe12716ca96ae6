package org.jixiao.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.document.Grade;

/**
 * Tallies an in-depth evaluation (docs/in-depth-evaluation.md). Experts score each indicator on their own; an
 * indicator's spread is its highest expert score less its lowest, and where that exceeds the framework's share of
 * the indicator's weight the agreed score must come with a written reason. The total is the sum of the agreed
 * scores, exact, and earns its grade (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差) once every indicator is agreed.
 */
public final class InDepthScorer {

    private static final int SCALE = 2;

    private InDepthScorer() {
    }

    /**
     * @param experts each expert's scores by indicator code
     * @param agreed  the agreements recorded so far by indicator code
     */
    public static InDepthTally tally(InDepthFramework framework, Map<String, Map<String, BigDecimal>> experts,
            Map<String, InDepthAgreement> agreed) {
        List<InDepthTally.Row> rows = new ArrayList<>();
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (InDepthFramework.Indicator indicator : framework.indicators()) {
            Map<String, BigDecimal> byExpert = scoresOf(indicator.code(), experts);
            InDepthAgreement agreement = agreed.get(indicator.code());
            rows.add(new InDepthTally.Row(indicator, byExpert, spread(byExpert.values()),
                    indicator.spreadAllowed(framework.spreadShare()).setScale(SCALE), agreement));
            BigDecimal area = areas.getOrDefault(indicator.area(), BigDecimal.ZERO.setScale(SCALE));
            if (agreement == null) {
                complete = false;
                areas.put(indicator.area(), area);
            } else {
                areas.put(indicator.area(), area.add(agreement.score()).setScale(SCALE));
                total = total.add(agreement.score());
            }
        }
        total = total.setScale(SCALE);
        return new InDepthTally(rows, areas, total, complete, complete ? Grade.of(total) : null);
    }

    /**
     * The agreement of one indicator, checked: at least one expert has scored it, the score is within its weight, and
     * a wide spread comes with a reason.
     *
     * @throws IllegalArgumentException saying, in Chinese, what is wrong with which indicator
     */
    public static InDepthAgreement agree(InDepthFramework framework, String code,
            Map<String, Map<String, BigDecimal>> experts, BigDecimal score, String reason, String agreedBy,
            Instant agreedAt) {
        InDepthFramework.Indicator indicator = framework.indicator(code);
        Map<String, BigDecimal> byExpert = scoresOf(code, experts);
        if (byExpert.isEmpty()) {
            throw new IllegalArgumentException(indicator.title() + "尚无专家评分，不能确定得分");
        }
        check(indicator, score);
        BigDecimal spread = spread(byExpert.values());
        BigDecimal allowed = indicator.spreadAllowed(framework.spreadShare());
        String why = reason == null ? "" : reason.strip();
        if (spread.compareTo(allowed) > 0 && why.isEmpty()) {
            throw new IllegalArgumentException(indicator.title() + "的专家评分相差 " + plain(spread) + " 分，超过该指标分值的 "
                    + plain(framework.spreadShare().movePointRight(2)) + "%（" + plain(allowed) + " 分），请写明确定得分的理由");
        }
        return new InDepthAgreement(code, score.setScale(SCALE), why, agreedBy, agreedAt);
    }

    /**
     * @throws IllegalArgumentException for a score below 0, above the indicator's weight, or finer than 0.01
     */
    public static void check(InDepthFramework.Indicator indicator, BigDecimal score) {
        if (score == null) {
            throw new IllegalArgumentException(indicator.title() + "未填写得分");
        }
        if (score.signum() < 0) {
            throw new IllegalArgumentException(indicator.title() + "的得分不能为负数（填写了 " + score.toPlainString() + "）");
        }
        if (score.compareTo(indicator.weight()) > 0) {
            throw new IllegalArgumentException(indicator.title() + "的得分 " + score.toPlainString() + " 超过该指标的分值 "
                    + plain(indicator.weight()));
        }
        if (score.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException(indicator.title() + "的得分 " + score.toPlainString() + " 最多保留两位小数");
        }
    }

    private static Map<String, BigDecimal> scoresOf(String code, Map<String, Map<String, BigDecimal>> experts) {
        Map<String, BigDecimal> byExpert = new TreeMap<>();
        experts.forEach((expert, scores) -> {
            BigDecimal score = scores.get(code);
            if (score != null) {
                byExpert.put(expert, score);
            }
        });
        return byExpert;
    }

    private static BigDecimal spread(Collection<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal max = scores.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = scores.stream().min(BigDecimal::compareTo).orElseThrow();
        return max.subtract(min).setScale(SCALE);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
