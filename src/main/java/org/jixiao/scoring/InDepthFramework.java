package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 绩效评价指标体系 of an in-depth evaluation (部门评价, 财政评价) as data (docs/in-depth-evaluation.md): the level-3
 * indicators with their level-1 area (决策, 过程, 产出, 效益), level-2 group, weight and scoring rule, and the share of
 * an indicator's weight beyond which the experts' spread asks for a written reason. Each evaluation holds a copy of
 * the reference framework that the bureau may edit before scoring starts; the weights need add up to 100 only then
 * ({@link #requireBalanced()}), so that an edit may pass through totals other than 100.
 *
 * @param spreadShare the share (0–1) of an indicator's weight that the experts' max − min may reach without a reason
 */
public record InDepthFramework(String name, String title, String source, BigDecimal spreadShare,
        List<Indicator> indicators) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public InDepthFramework {
        if (title == null || title.isBlank()) {
            throw invalid("title 缺失：应写明指标体系的名称");
        }
        if (spreadShare == null || spreadShare.signum() <= 0 || spreadShare.compareTo(BigDecimal.ONE) > 0) {
            throw invalid("spreadShare 应大于 0 且不超过 1，实为 " + (spreadShare == null ? "空" : plain(spreadShare)));
        }
        indicators = List.copyOf(indicators == null ? List.of() : indicators);
        Set<String> codes = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (!codes.add(indicator.code())) {
                throw invalid("指标代码 " + indicator.code() + "（" + indicator.title() + "）重复");
            }
        }
    }

    /** One level-3 indicator: what is scored, out of {@code weight} points, by {@code rule}. */
    public record Indicator(String code, String area, String group, String title, BigDecimal weight, String rule) {

        public Indicator {
            if (code == null || !CODE.matcher(code).matches()) {
                throw invalid("指标代码应为 1–64 个字母、数字、_ 或 -，实为 " + code);
            }
            if (area == null || area.isBlank() || group == null || group.isBlank()) {
                throw invalid("指标 " + code + " 应写明一级指标和二级指标");
            }
            if (title == null || title.isBlank()) {
                throw invalid("指标 " + code + " 缺少三级指标名称");
            }
            if (weight == null || weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0) {
                throw invalid("指标" + title + "的分值应大于 0 且不超过 100，实为 "
                        + (weight == null ? "空" : plain(weight)));
            }
            if (weight.stripTrailingZeros().scale() > 2) {
                throw invalid("指标" + title + "的分值最多保留两位小数，实为 " + weight.toPlainString());
            }
            rule = rule == null ? "" : rule.strip();
        }

        /** The spread of the experts' scores up to which no reason is asked: the share of this indicator's weight. */
        public BigDecimal spreadAllowed(BigDecimal share) {
            return weight.multiply(share);
        }
    }

    /** The sum of the indicators' weights. */
    public BigDecimal total() {
        return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether it may be frozen for scoring: at least one indicator, and the weights add up to exactly 100. */
    public boolean balanced() {
        return !indicators.isEmpty() && total().compareTo(HUNDRED) == 0;
    }

    /**
     * @throws InvalidProfileException naming the total and each area's share, where the weights do not add up to 100
     */
    public InDepthFramework requireBalanced() {
        if (indicators.isEmpty()) {
            throw invalid("指标体系没有指标，不能开始评分");
        }
        if (!balanced()) {
            StringBuilder areas = new StringBuilder();
            for (String area : areas()) {
                areas.append(areas.isEmpty() ? "" : "，").append(area).append(' ').append(plain(areaWeight(area)));
            }
            throw invalid("指标分值合计应为 100，实为 " + plain(total()) + "（" + areas + "）");
        }
        return this;
    }

    /** The level-1 areas in the order their first indicator comes. */
    public List<String> areas() {
        List<String> areas = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (!areas.contains(indicator.area())) {
                areas.add(indicator.area());
            }
        }
        return areas;
    }

    public BigDecimal areaWeight(String area) {
        return indicators.stream().filter(i -> i.area().equals(area)).map(Indicator::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("指标体系中没有指标 " + code));
    }

    /** The same with the indicator added at the end of its area (a new code), or put in place of the one of its code. */
    public InDepthFramework with(Indicator changed) {
        List<Indicator> list = new ArrayList<>(indicators);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).code().equals(changed.code())) {
                list.set(i, changed);
                return new InDepthFramework(name, title, source, spreadShare, list);
            }
        }
        int at = list.size();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).area().equals(changed.area())) {
                at = i + 1;
            }
        }
        list.add(at, changed);
        return new InDepthFramework(name, title, source, spreadShare, list);
    }

    /** The same without the indicator of that code. */
    public InDepthFramework without(String code) {
        indicator(code);
        return new InDepthFramework(name, title, source, spreadShare,
                indicators.stream().filter(i -> !i.code().equals(code)).toList());
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static InvalidProfileException invalid(String message) {
        return new InvalidProfileException(message);
    }
}
