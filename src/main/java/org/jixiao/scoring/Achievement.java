package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.jixiao.document.Comparison;
import org.jixiao.document.Decimals;
import org.jixiao.document.Indicator;
import org.jixiao.document.Target;

/**
 * The achievement ratio r of one indicator against its target (docs/scoring.md, rule 6), and how it was found.
 *
 * <p>An actual is held against the annual target, else the cycle target. Numbers are compared in the unit they
 * share: as written where the units are the same, where only one of them writes a unit (实际 8 against 10次), or
 * without the 万/亿 multiplier where only that differs (5万人次 against 40000人次). Units that cannot be compared
 * (次 against %) leave the source's verdict ({@code met}) to decide, as for an indicator without an actual value:
 * met gives 1, anything else 0; {@code lint} reports UNIT_MISMATCH. A qualitative actual (已完成, 基本完成)
 * and a qualitative target are judged by the actual's wording, else by {@code met}, and score the band ratio
 * of that verdict or the evaluator's rating held inside the band.
 *
 * <p>The reasoning in words ({@link #basis()}) is written only when asked for: linting needs the ratio of every
 * indicator but the words of few.
 */
final class Achievement {

    static final MathContext MC = MathContext.DECIMAL128;
    /** Decimal places of a ratio in [0, 1]: DECIMAL128's 34 digits, kept by scale so that no zeros are stripped. */
    static final int RATIO_SCALE = 34;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What a ratio rests on. */
    enum How {
        /** numbers compared */
        MEASURED,
        /** a verdict in words or the evaluator's rating */
        JUDGED,
        /** no actual value: the source's bare claim (met) */
        CLAIMED,
        /** no actual value and no claim: nothing */
        NOT_STATED,
        /** units that cannot be compared: the source's claim */
        UNIT_MISMATCH
    }

    /** Which rule of rule 6 gave a measured ratio, for the words. */
    private enum Step {
        ZERO_TARGET, REACHED, SHORT, DIVIDED, WITHIN, EXCEEDED, OVER_DIVIDED, EQUAL, ZERO_TARGET_MISSED, DEVIATED
    }

    private final Indicator indicator;
    /** r; for a quotient of figures null until asked for, since linting needs only whether r < 1. */
    private BigDecimal ratio;
    private final How how;
    private final Comparison comparator;
    private final BigDecimal actual;
    private final BigDecimal target;
    private final String unit;
    private final boolean unmet;
    private final Step step;
    private final Verdict verdict;
    private final boolean verdictInWords;
    private final ScoringProfile.Band band;
    /** The reasoning, once written: score and lint of one document both show it for an indicator that fell short. */
    private String basis;

    private Achievement(Indicator indicator, BigDecimal ratio, How how, Comparison comparator, BigDecimal actual,
            BigDecimal target, String unit, boolean unmet, Step step, Verdict verdict, boolean verdictInWords) {
        this(indicator, ratio, how, comparator, actual, target, unit, unmet, step, verdict, verdictInWords, null);
    }

    private Achievement(Indicator indicator, BigDecimal ratio, How how, Comparison comparator, BigDecimal actual,
            BigDecimal target, String unit, boolean unmet, Step step, Verdict verdict, boolean verdictInWords,
            ScoringProfile.Band band) {
        this.indicator = indicator;
        this.ratio = ratio;
        this.how = how;
        this.comparator = comparator;
        this.actual = actual;
        this.target = target;
        this.unit = unit;
        this.unmet = unmet;
        this.step = step;
        this.verdict = verdict;
        this.verdictInWords = verdictInWords;
        this.band = band;
    }

    static Achievement of(Indicator indicator, ScoringProfile.Qualitative qualitative) {
        Target actual = indicator.actual();
        Target target = indicator.target();
        if (isBlank(actual)) {
            boolean met = Boolean.TRUE.equals(indicator.met());
            return new Achievement(indicator, met ? BigDecimal.ONE : BigDecimal.ZERO, met ? How.CLAIMED : How.NOT_STATED,
                    null, null, null, null, Boolean.FALSE.equals(indicator.met()), null, null, false);
        }
        if (target == null || target.value() == null || target.isQualitative() || actual.value() == null
                || actual.isQualitative()) {
            return judged(indicator, qualitative);
        }
        String actualUnit = actual.unit();
        String targetUnit = target.unit();
        if (actualUnit == null || targetUnit == null || actualUnit.equals(targetUnit)) {
            return measured(indicator, target.comparator(), actual.value(), target.value(),
                    actualUnit != null ? actualUnit : targetUnit);
        }
        if (Objects.equals(actual.baseUnit(), target.baseUnit())) {
            return measured(indicator, target.comparator(), actual.baseValue(), target.baseValue(), target.baseUnit());
        }
        boolean met = Boolean.TRUE.equals(indicator.met());
        return new Achievement(indicator, met ? BigDecimal.ONE : BigDecimal.ZERO, How.UNIT_MISMATCH,
                target.comparator(), null, null, null, Boolean.FALSE.equals(indicator.met()), null, null, false);
    }

    /**
     * Numbers against numbers in one unit. Where r is a quotient (DIVIDED, OVER_DIVIDED, DEVIATED) it is below 1
     * by construction, so the division waits until {@link #ratio()} is asked for.
     */
    static Achievement measured(Indicator indicator, Comparison comparator, BigDecimal a, BigDecimal t, String unit) {
        Step step = switch (comparator) {
            case AT_LEAST, MORE_THAN -> t.signum() == 0 ? Step.ZERO_TARGET
                    : a.compareTo(t) >= 0 ? Step.REACHED
                    : t.signum() < 0 || a.signum() <= 0 ? Step.SHORT
                    : Step.DIVIDED;
            case AT_MOST, LESS_THAN -> a.compareTo(t) <= 0 ? Step.WITHIN
                    : t.signum() <= 0 ? Step.EXCEEDED
                    : Step.OVER_DIVIDED;
            case EQUAL -> a.compareTo(t) == 0 ? Step.EQUAL
                    : t.signum() == 0 ? Step.ZERO_TARGET_MISSED
                    : Step.DEVIATED;
            default -> throw new IllegalArgumentException("not a numeric comparator: " + comparator);
        };
        BigDecimal r = switch (step) {
            case ZERO_TARGET, REACHED, WITHIN, EQUAL -> BigDecimal.ONE;
            case SHORT, EXCEEDED, ZERO_TARGET_MISSED -> BigDecimal.ZERO;
            case DIVIDED, OVER_DIVIDED, DEVIATED -> mayRoundToOne(step == Step.OVER_DIVIDED ? a : t.abs(), a, t)
                    ? quotient(step, a, t) : null;
        };
        return new Achievement(indicator, r, How.MEASURED, comparator, a, t, unit,
                r == null || r.compareTo(BigDecimal.ONE) < 0, step, null, false);
    }

    /**
     * Whether a quotient below 1 could still round to 1 at {@link #RATIO_SCALE} places: only where the divisor
     * has 34 digits or more at the scale the two figures share, as no figure of a report has. Then r is found
     * at once, so that {@link #unmet()} stays exactly r < 1.
     */
    private static boolean mayRoundToOne(BigDecimal divisor, BigDecimal a, BigDecimal t) {
        int shared = Math.max(a.scale(), t.scale());
        return divisor.precision() - divisor.scale() + shared >= RATIO_SCALE;
    }

    /** r of a step that divides (docs/scoring.md, rule 6). */
    private static BigDecimal quotient(Step step, BigDecimal a, BigDecimal t) {
        return switch (step) {
            case DIVIDED -> ratio(a, t);
            case OVER_DIVIDED -> ratio(t, a);
            case DEVIATED -> BigDecimal.ONE.subtract(ratio(a.subtract(t).abs(), t.abs())).max(BigDecimal.ZERO);
            default -> throw new IllegalStateException("no quotient for " + step);
        };
    }

    /** A verdict in words (the actual's wording, else met), or the evaluator's rating inside its band. */
    private static Achievement judged(Indicator indicator, ScoringProfile.Qualitative qualitative) {
        Verdict fromText = Verdict.of(indicator.actual().text());
        Verdict verdict = fromText != null ? fromText : Verdict.of(indicator.met());
        BigDecimal rating = indicator.rating();
        if (rating != null) {
            BigDecimal held = verdict == null ? rating.max(BigDecimal.ZERO).min(HUNDRED) : verdict.band(qualitative).clamp(rating);
            boolean unmet = verdict != null ? verdict != Verdict.ACHIEVED
                    : held.compareTo(qualitative.achieved().from()) < 0;
            return new Achievement(indicator, held.movePointLeft(2), How.JUDGED, null, null, null, null, unmet, null,
                    verdict, fromText != null, verdict == null ? null : verdict.band(qualitative));
        }
        if (verdict == null) {
            return new Achievement(indicator, BigDecimal.ZERO, How.JUDGED, null, null, null, null, false, null, null, false);
        }
        return new Achievement(indicator, verdict.band(qualitative).ratio(), How.JUDGED, null, null, null, null,
                verdict != Verdict.ACHIEVED, null, verdict, fromText != null);
    }

    /** r in [0, 1], exact. */
    BigDecimal ratio() {
        if (ratio == null) {
            ratio = quotient(step, actual, target);
        }
        return ratio;
    }

    How how() {
        return how;
    }

    /**
     * r rounded half-up to two decimals, as shown: a quotient of two figures is rounded from the figures
     * themselves (cheap, and the same as rounding the exact quotient), anything else from r.
     */
    BigDecimal shownRatio() {
        if (step == Step.DIVIDED) {
            return actual.divide(target, 2, RoundingMode.HALF_UP);
        }
        if (step == Step.OVER_DIVIDED) {
            return target.divide(actual, 2, RoundingMode.HALF_UP);
        }
        if (step == Step.DEVIATED && roundsFromFigures()) {
            BigDecimal whole = target.abs();
            BigDecimal off = actual.subtract(target).abs();
            if (off.compareTo(whole) < 0) {
                return whole.subtract(off).divide(whole, 2, RoundingMode.HALF_UP);
            }
        }
        return ratio().setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Whether a deviation's r, rounded to four places or fewer, may be rounded from the figures (|a − t| and |t|)
     * rather than from r, which costs a long division. They round alike unless the quotient at 34 places was
     * pushed onto a halfway point, within 10⁻³⁴ of it; a quotient n ÷ d that is not on a halfway point of four
     * places lies at least 1 ÷ (20,000 d) from one, so only where |t| has 30 digits or more at the scale the two
     * figures share. (r = 1 − the quotient rounds as 1 − r, half-even being symmetric.)
     */
    private boolean roundsFromFigures() {
        BigDecimal whole = target.abs();
        return whole.precision() - whole.scale() + Math.max(actual.scale(), target.scale()) < 30;
    }

    /** The target's comparator, for MEASURED and UNIT_MISMATCH. */
    Comparison comparator() {
        return comparator;
    }

    /** The actual in the unit it shares with the target, for MEASURED only. */
    BigDecimal actual() {
        return actual;
    }

    /** The target in that unit, for MEASURED only. */
    BigDecimal target() {
        return target;
    }

    /** That unit, may be null. */
    String unit() {
        return unit;
    }

    /**
     * Whether the indicator is known to have fallen short: met = false, numbers short of the target, or a verdict
     * or rating below achieved.
     */
    boolean unmet() {
        return unmet;
    }

    /** Whether a measured higher-is-better actual reached that percentage of its positive target. */
    boolean reachesPercentOfTarget(BigDecimal percent) {
        return how == How.MEASURED && comparator.isHigherBetter() && target.signum() > 0
                && actual.multiply(HUNDRED).compareTo(target.multiply(percent)) >= 0;
    }

    /** The reasoning in Chinese, as the score object shows it (实际 8次，目标 ≥10次：8 ÷ 10 = 0.8). */
    String basis() {
        if (basis == null) {
            basis = words();
        }
        return basis;
    }

    private String words() {
        return switch (how) {
            case CLAIMED -> "未填实际完成值，按自评“完成”计满分";
            case NOT_STATED -> "未填实际完成值" + (indicator.met() == null ? "，也未注明是否完成" : "，自评未完成") + "，计0分";
            case UNIT_MISMATCH -> "实际完成值单位（" + indicator.actual().unit() + "）与指标值单位（" + indicator.target().unit()
                    + "）不可比，按自评" + (ratio.signum() > 0 ? "“完成”计满分" : "未完成计0分");
            case MEASURED -> measuredBasis();
            case JUDGED -> judgedBasis();
        };
    }

    /** Where r = 1 the words are fixed (the figures stand beside them); otherwise they show the arithmetic. */
    private String measuredBasis() {
        switch (step) {
            case ZERO_TARGET:
                return "目标为0，计满分";
            case REACHED:
                return "实际达到目标";
            case WITHIN:
                return "实际未超过目标";
            case EQUAL:
                return "实际等于目标";
            default:
                break;
        }
        String u = unit == null ? "" : unit;
        String a = figure(actual);
        String t = figure(target);
        String figures = "实际 " + a + u + "，目标 " + comparator.printed() + t + u + "：";
        return switch (step) {
            case SHORT -> figures + "未达到目标";
            case DIVIDED -> figures + a + " ÷ " + t + " = " + Decimals.plain(actual.divide(target, 4, RoundingMode.HALF_UP));
            case EXCEEDED -> figures + "超过目标";
            case OVER_DIVIDED -> figures + "超过目标，" + t + " ÷ " + a + " = "
                    + Decimals.plain(target.divide(actual, 4, RoundingMode.HALF_UP));
            case ZERO_TARGET_MISSED -> figures + "目标为0而实际不为0";
            case DEVIATED -> {
                BigDecimal off = actual.subtract(target).abs();
                BigDecimal whole = target.abs();
                if (roundsFromFigures()) {
                    // r = 1 − off where off < 1, else 0
                    String offText = Decimals.plain(off.divide(whole, 4, RoundingMode.HALF_UP));
                    String rText = off.compareTo(whole) < 0
                            ? Decimals.plain(whole.subtract(off).divide(whole, 4, RoundingMode.HALF_UP)) : "0";
                    yield figures + "偏离目标 " + offText + "，1 − " + offText + " = " + rText;
                }
                // r = 1 − off exactly where r > 0, so off need not be divided again
                BigDecimal r = ratio();
                String offText = ratioText(r.signum() > 0 ? BigDecimal.ONE.subtract(r) : ratio(off, whole));
                yield figures + "偏离目标 " + offText + "，1 − " + offText + " = " + ratioText(r);
            }
            default -> throw new IllegalStateException("words of " + step + " are fixed");
        };
    }

    private String judgedBasis() {
        String said = verdictInWords ? "实际完成值“" + indicator.actual().text() + "”"
                : verdict != null ? "自评" + (indicator.met() ? "完成" : "未完成") : "实际完成值未说明是否达成";
        BigDecimal rating = indicator.rating();
        if (rating != null) {
            String band = this.band == null ? "" : "（" + verdict.label() + "区间 " + Decimals.plain(this.band.from()) + "–"
                    + Decimals.plain(this.band.to()) + "%）";
            return said + "，评价人评分 " + figure(rating) + "%" + band + "：" + ratioText(ratio);
        }
        if (verdict == null) {
            return said + "，计0分";
        }
        return said + "，按" + verdict.label() + "计 " + ratioText(ratio);
    }

    /**
     * a ÷ b to 34 decimal places, half-even: as exact as DECIMAL128 for ratios, without the cost of stripping the
     * trailing zeros of a quotient that terminates (0.9375).
     */
    static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return a.divide(b, RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    private static boolean isBlank(Target actual) {
        return actual == null || (actual.value() == null && (actual.text() == null || actual.text().isBlank()));
    }

    /** A figure as written: document values are canonical already (no trailing zeros), so no stripping here. */
    static String figure(BigDecimal value) {
        return value.toPlainString();
    }

    /** A ratio as the basis prints it: up to four decimals. */
    static String ratioText(BigDecimal ratio) {
        return Decimals.plain(ratio.setScale(4, RoundingMode.HALF_UP));
    }
}
