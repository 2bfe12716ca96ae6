package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 事前绩效评估的评分规则 as data (docs/ex-ante.md): the criteria with their weights, the sub-points under each with
 * their points, the thresholds of the conclusion and the vetoes. Checked whole when loaded, so that a scorer never
 * meets weights that do not add up to 100 or a sub-point that belongs to no criterion.
 *
 * @param name       the name a deployment chooses it by (EX_ANTE_2024)
 * @param title      what the profile is, in Chinese
 * @param source     the rules it follows
 * @param threshold  the amount (万元) from which a new project or policy is to be assessed before it is funded
 * @param criteria   the criteria in the order they are shown; their weights add up to 100
 * @param conclusion the lowest totals of 予以支持 and 调整后支持
 * @param vetoes     scores of a criterion that make the conclusion 不予支持 whatever the total
 */
public record ExAnteProfile(String name, String title, String source, BigDecimal threshold, List<Criterion> criteria,
        Thresholds conclusion, List<Veto> vetoes) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ExAnteProfile {
        if (name == null || !CODE.matcher(name).matches()) {
            throw invalid("name 应为 1–64 个字母、数字、_ 或 -，实为 " + name);
        }
        if (title == null || title.isBlank()) {
            throw invalid("title 缺失：应写明评分规则的名称");
        }
        if (threshold != null && threshold.signum() < 0) {
            throw invalid("threshold 不能为负数，实为 " + threshold.toPlainString());
        }
        if (criteria == null || criteria.isEmpty()) {
            throw invalid("criteria 缺失：应列出评估的各项内容及其权重");
        }
        criteria = List.copyOf(criteria);
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion criterion : criteria) {
            if (!codes.add(criterion.code())) {
                throw invalid("评估内容代码 " + criterion.code() + " 重复");
            }
            for (Point point : criterion.points()) {
                if (!codes.add(point.code())) {
                    throw invalid("评分要点代码 " + point.code() + "（" + criterion.title() + "）重复");
                }
            }
            sum = sum.add(criterion.weight());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            StringBuilder parts = new StringBuilder();
            for (Criterion criterion : criteria) {
                parts.append(parts.isEmpty() ? "" : " + ").append(criterion.title()).append(' ')
                        .append(plain(criterion.weight()));
            }
            throw invalid("各项评估内容的权重之和应为 100，实为 " + parts + " = " + plain(sum));
        }
        if (conclusion == null) {
            throw invalid("conclusion 缺失：应给出予以支持（supportFrom）和调整后支持（adjustFrom）的最低分");
        }
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        for (Veto veto : vetoes) {
            Criterion vetoed = criteria.stream().filter(c -> c.code().equals(veto.criterion())).findFirst()
                    .orElseThrow(() -> invalid("vetoes 指向不存在的评估内容 " + veto.criterion()));
            if (veto.atOrBelow() == null || veto.atOrBelow().signum() < 0
                    || veto.atOrBelow().compareTo(vetoed.weight()) >= 0) {
                throw invalid("vetoes 中" + vetoed.title() + "的 atOrBelow 应在 0 与其权重 " + plain(vetoed.weight())
                        + " 之间（不含权重）");
            }
        }
    }

    /** The criterion of that code, if the profile has one. */
    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The conclusion a complete total leads to, vetoes aside. */
    public ExAnteConclusion conclusionAt(BigDecimal total) {
        if (total.compareTo(conclusion.supportFrom()) >= 0) {
            return ExAnteConclusion.SUPPORT;
        }
        return total.compareTo(conclusion.adjustFrom()) >= 0 ? ExAnteConclusion.SUPPORT_AFTER_ADJUSTMENT
                : ExAnteConclusion.REJECT;
    }

    /**
     * One criterion (立项必要性 …): its weight is the sum of its sub-points' points.
     *
     * @param guidance what the assessor looks at, shown beside it
     */
    public record Criterion(String code, String title, BigDecimal weight, String guidance, List<Point> points) {

        public Criterion {
            if (code == null || !CODE.matcher(code).matches()) {
                throw invalid("评估内容的 code 应为 1–64 个字母、数字、_ 或 -，实为 " + code);
            }
            if (title == null || title.isBlank()) {
                throw invalid("评估内容 " + code + " 缺少 title");
            }
            if (weight == null || weight.signum() <= 0) {
                throw invalid(title + "的权重 weight 应大于 0");
            }
            if (points == null || points.isEmpty()) {
                throw invalid(title + "缺少评分要点 points");
            }
            points = List.copyOf(points);
            BigDecimal sum = points.stream().map(Point::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(weight) != 0) {
                throw invalid(title + "的评分要点分值之和应等于其权重 " + plain(weight) + "，实为 " + plain(sum));
            }
        }
    }

    /** One sub-point (评分要点) and the most it may score. */
    public record Point(String code, String title, BigDecimal points, String guidance) {

        public Point {
            if (code == null || !CODE.matcher(code).matches()) {
                throw invalid("评分要点的 code 应为 1–64 个字母、数字、_ 或 -，实为 " + code);
            }
            if (title == null || title.isBlank()) {
                throw invalid("评分要点 " + code + " 缺少 title");
            }
            if (points == null || points.signum() <= 0) {
                throw invalid("评分要点" + title + "的分值 points 应大于 0");
            }
        }
    }

    /** The lowest totals of 予以支持 and of 调整后支持; below adjustFrom is 不予支持. */
    public record Thresholds(BigDecimal supportFrom, BigDecimal adjustFrom) {

        public Thresholds {
            if (supportFrom == null || adjustFrom == null) {
                throw invalid("conclusion 应给出 supportFrom 和 adjustFrom");
            }
            if (!(supportFrom.compareTo(HUNDRED) <= 0 && supportFrom.compareTo(adjustFrom) > 0
                    && adjustFrom.signum() > 0)) {
                throw invalid("conclusion 应为 100 ≥ supportFrom > adjustFrom > 0，实为 supportFrom " + plain(supportFrom)
                        + "、adjustFrom " + plain(adjustFrom));
            }
        }
    }

    /** A criterion scored at or below {@code atOrBelow} (0: 立项必要性 not shown at all) rejects the request. */
    public record Veto(String criterion, BigDecimal atOrBelow) {
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static InvalidProfileException invalid(String message) {
        return new InvalidProfileException(message);
    }
}
