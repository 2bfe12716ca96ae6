package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jixiao.document.Grade;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;

/**
 * 评分规则: every number of docs/scoring.md as data, so that a region can score by its own rules without code
 * changes. Loaded from a JSON or YAML file ({@link ScoringProfiles}); {@code MOF_2020} is built in.
 *
 * @param name            the name a caller asks for (MOF_2020), letters, digits, '_' and '-'
 * @param title           what the profile is, in Chinese
 * @param source          the rules it follows (财预〔2020〕10号, a provincial notice, ...)
 * @param executionPoints points for budget execution (10)
 * @param categoryPoints  points per first-level category (OUTPUT 50, BENEFIT 30, SATISFACTION 10); where COST is
 *                        named, cost indicators earn their own points, else they count under OUTPUT
 * @param qualitative     ratios and rating bands of qualitative indicators
 * @param grades          the lowest total of each grade (EXCELLENT 90, GOOD 80, FAIR 60); below FAIR is POOR
 * @param overAchievement the deduction for an actual far above a {@code >=} target; null where off
 * @param executionCaps   caps of the total by execution rate; empty where off
 * @param lint            the thresholds of {@code lint}
 * @param monitoring      the expected progress and warning thresholds of mid-year monitoring; null for the
 *                        defaults (linear, red below 60 %, yellow below 80 % of the expected progress, August)
 */
public record ScoringProfile(
        String name,
        String title,
        String source,
        BigDecimal executionPoints,
        Map<IndicatorCategory, BigDecimal> categoryPoints,
        Qualitative qualitative,
        Map<Grade, BigDecimal> grades,
        OverAchievement overAchievement,
        List<ExecutionCap> executionCaps,
        LintThresholds lint,
        Monitoring monitoring) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ScoringProfile {
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid("name 应为 1–64 个字母、数字、_ 或 -，实为 " + name);
        }
        require(executionPoints, "executionPoints");
        nonNegative(executionPoints, "executionPoints");
        if (categoryPoints == null || !categoryPoints.keySet().containsAll(
                List.of(IndicatorCategory.OUTPUT, IndicatorCategory.BENEFIT, IndicatorCategory.SATISFACTION))) {
            throw invalid("categoryPoints 应给出 OUTPUT、BENEFIT、SATISFACTION 各自的分值（可为 0；COST 可选）");
        }
        Map<IndicatorCategory, BigDecimal> points = new EnumMap<>(IndicatorCategory.class);
        categoryPoints.forEach((category, value) -> {
            require(value, "categoryPoints." + category);
            nonNegative(value, "categoryPoints." + category);
            points.put(category, value);
        });
        categoryPoints = Map.copyOf(points);
        BigDecimal sum = executionPoints;
        for (BigDecimal value : categoryPoints.values()) {
            sum = sum.add(value);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw invalid("executionPoints 与 categoryPoints 之和应为 100，实为 " + sum.stripTrailingZeros().toPlainString());
        }
        if (qualitative == null) {
            throw invalid("qualitative 缺失：应给出达成、部分达成、未达成的得分比例与评分区间");
        }
        if (grades == null || !grades.keySet().containsAll(List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR))) {
            throw invalid("grades 应给出 EXCELLENT、GOOD、FAIR 的最低分");
        }
        grades = Map.copyOf(new EnumMap<>(grades));
        if (!(grades.get(Grade.EXCELLENT).compareTo(grades.get(Grade.GOOD)) > 0
                && grades.get(Grade.GOOD).compareTo(grades.get(Grade.FAIR)) > 0)) {
            throw invalid("grades 应为 EXCELLENT > GOOD > FAIR");
        }
        executionCaps = executionCaps == null ? List.of() : List.copyOf(executionCaps);
        if (lint == null) {
            throw invalid("lint 缺失：应给出 targetTooLowPercent、lowExecutionRate、tooManyGenericShare");
        }
        monitoring = monitoring == null ? Monitoring.DEFAULT : monitoring;
    }

    /** Whether cost indicators earn points of their own rather than counting under OUTPUT. */
    public boolean costHasOwnPoints() {
        return categoryPoints.containsKey(IndicatorCategory.COST);
    }

    /**
     * The category an indicator is scored under: its stated or inferred one (OUTPUT where none); a cost
     * indicator (一级 成本指标, or 二级 成本指标 under 产出指标) counts as COST where the profile gives cost its own
     * points and as OUTPUT where it does not.
     */
    public IndicatorCategory scoringCategory(Indicator indicator) {
        IndicatorCategory category = indicator.effectiveCategory();
        boolean cost = category == IndicatorCategory.COST
                || (category == IndicatorCategory.OUTPUT && indicator.level2() == IndicatorSubcategory.COST);
        if (cost) {
            return costHasOwnPoints() ? IndicatorCategory.COST : IndicatorCategory.OUTPUT;
        }
        return category;
    }

    /** The points all indicators share (90 under MOF_2020). */
    public BigDecimal indicatorPoints() {
        return categoryPoints.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The grade of a total already rounded as shown. */
    public Grade grade(BigDecimal total) {
        for (Grade grade : List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR)) {
            if (total.compareTo(grades.get(grade)) >= 0) {
                return grade;
            }
        }
        return Grade.POOR;
    }

    /** The cap on the total at an execution rate, or null where none applies (the lowest cap where several do). */
    public BigDecimal capAt(BigDecimal executionRate) {
        if (executionRate == null) {
            return null;
        }
        BigDecimal cap = null;
        for (ExecutionCap c : executionCaps) {
            if (c.covers(executionRate) && (cap == null || c.maxTotal().compareTo(cap) < 0)) {
                cap = c.maxTotal();
            }
        }
        return cap;
    }

    /** The profile's options that are switched on, for saying what a profile does. */
    public List<String> options() {
        List<String> options = new ArrayList<>();
        if (costHasOwnPoints()) {
            options.add("成本指标单独计分");
        }
        if (overAchievement != null) {
            options.add("超额完成扣分");
        }
        if (!executionCaps.isEmpty()) {
            options.add("按执行率封顶");
        }
        return options;
    }

    /**
     * A qualitative indicator: the ratio for each verdict, and the band of ratings (%) an evaluator may give
     * inside that verdict.
     */
    public record Qualitative(Band achieved, Band partly, Band notAchieved) {

        public Qualitative {
            require(achieved, "qualitative.achieved");
            require(partly, "qualitative.partly");
            require(notAchieved, "qualitative.notAchieved");
        }
    }

    /**
     * @param ratio the ratio without a rating (1, 0.7, 0.3)
     * @param from  lowest rating (%) of the band
     * @param to    highest rating (%) of the band
     */
    public record Band(BigDecimal ratio, BigDecimal from, BigDecimal to) {

        public Band {
            require(ratio, "ratio");
            require(from, "from");
            require(to, "to");
            if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw invalid("qualitative 的 ratio 应在 0 到 1 之间，实为 " + ratio.toPlainString());
            }
            if (from.signum() < 0 || to.compareTo(HUNDRED) > 0 || from.compareTo(to) > 0) {
                throw invalid("qualitative 的评分区间应在 0–100 之内且 from ≤ to，实为 " + from.toPlainString() + "–"
                        + to.toPlainString());
            }
        }

        /** The rating held inside the band. */
        BigDecimal clamp(BigDecimal rating) {
            return rating.max(from).min(to);
        }
    }

    /**
     * 超额完成扣分: an actual at or above {@code atPercentOfTarget} % of a {@code >=} target loses
     * {@code deduction} points of the indicator, never below 0 (the 办法 asks to deduct where a target was
     * clearly set too low).
     */
    public record OverAchievement(BigDecimal atPercentOfTarget, BigDecimal deduction) {

        public OverAchievement {
            require(atPercentOfTarget, "overAchievement.atPercentOfTarget");
            require(deduction, "overAchievement.deduction");
            if (atPercentOfTarget.compareTo(HUNDRED) <= 0) {
                throw invalid("overAchievement.atPercentOfTarget 应大于 100，实为 " + atPercentOfTarget.toPlainString());
            }
            nonNegative(deduction, "overAchievement.deduction");
        }
    }

    /** An execution rate in [from, below) caps the total at {@code maxTotal}. */
    public record ExecutionCap(BigDecimal from, BigDecimal below, BigDecimal maxTotal) {

        public ExecutionCap {
            require(from, "executionCaps.from");
            require(below, "executionCaps.below");
            require(maxTotal, "executionCaps.maxTotal");
            if (from.compareTo(below) >= 0) {
                throw invalid("executionCaps 的 from 应小于 below，实为 " + from.toPlainString() + "、" + below.toPlainString());
            }
            nonNegative(maxTotal, "executionCaps.maxTotal");
        }

        boolean covers(BigDecimal rate) {
            return rate.compareTo(from) >= 0 && rate.compareTo(below) < 0;
        }
    }

    /**
     * @param targetTooLowPercent TARGET_TOO_LOW where the actual exceeds a {@code >=} target by this many % (20)
     * @param lowExecutionRate    LOW_EXECUTION under this execution rate (90)
     * @param tooManyGenericShare TOO_MANY_GENERIC where this share of a key task's indicators is generic (0.5)
     */
    /**
     * 绩效运行监控 settings of a region.
     *
     * @param expectedProgress the share of the budget expected to be spent by the end of each month, cumulative, in
     *                         %, January to December; null for linear (1/12 a month)
     * @param redBelow         red where execution is below this percentage of the expected progress (60)
     * @param yellowBelow      yellow below this percentage (80)
     * @param reviewMonth      the month of the mid-year review point (8)
     */
    public record Monitoring(List<BigDecimal> expectedProgress, BigDecimal redBelow, BigDecimal yellowBelow,
            Integer reviewMonth) {

        public static final Monitoring DEFAULT = new Monitoring(null, null, null, null);

        public Monitoring {
            if (expectedProgress != null && expectedProgress.size() != 12) {
                throw invalid("monitoring.expectedProgress 应有 12 个月的累计百分比，实为 " + expectedProgress.size() + " 个");
            }
            expectedProgress = expectedProgress == null ? null : List.copyOf(expectedProgress);
            redBelow = redBelow == null ? BigDecimal.valueOf(60) : redBelow;
            yellowBelow = yellowBelow == null ? BigDecimal.valueOf(80) : yellowBelow;
            reviewMonth = reviewMonth == null ? 8 : reviewMonth;
            if (reviewMonth < 1 || reviewMonth > 12) {
                throw invalid("monitoring.reviewMonth 应为 1 至 12");
            }
        }
    }

    /**
     * @param statedScoreTolerance STATED_SCORE_DIFFERS where a report's own total differs from the computed one by
     *                             more than this many points (1 where the profile gives none)
     */
    public record LintThresholds(BigDecimal targetTooLowPercent, BigDecimal lowExecutionRate,
            BigDecimal tooManyGenericShare, BigDecimal statedScoreTolerance) {

        public LintThresholds(BigDecimal targetTooLowPercent, BigDecimal lowExecutionRate,
                BigDecimal tooManyGenericShare) {
            this(targetTooLowPercent, lowExecutionRate, tooManyGenericShare, null);
        }

        public LintThresholds {
            statedScoreTolerance = statedScoreTolerance == null ? BigDecimal.ONE : statedScoreTolerance;
            nonNegative(statedScoreTolerance, "lint.statedScoreTolerance");
            require(targetTooLowPercent, "lint.targetTooLowPercent");
            require(lowExecutionRate, "lint.lowExecutionRate");
            require(tooManyGenericShare, "lint.tooManyGenericShare");
            nonNegative(targetTooLowPercent, "lint.targetTooLowPercent");
            nonNegative(lowExecutionRate, "lint.lowExecutionRate");
            if (tooManyGenericShare.signum() <= 0 || tooManyGenericShare.compareTo(BigDecimal.ONE) > 0) {
                throw invalid("lint.tooManyGenericShare 应在 0 到 1 之间");
            }
        }
    }

    private static void require(Object value, String field) {
        if (Objects.isNull(value)) {
            throw invalid(field + " 缺失");
        }
    }

    private static void nonNegative(BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw invalid(field + " 不能为负数，实为 " + value.toPlainString());
        }
    }

    private static InvalidProfileException invalid(String message) {
        return new InvalidProfileException(message);
    }
}
