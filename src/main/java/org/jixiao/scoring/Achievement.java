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
 * The achievement ratio r of one indicator against its target (scoring.md, rule 6), and how it was found.
 *
 * <p>An actual is held against the annual target, else the cycle target. Numbers are compared in the unit they
 * share: as written where the units are the same, where only one of them writes a unit (实际 8 against 10次), or
 * without the 万/亿 multiplier where only that differs (5万人次 against 40000人次). Units that cannot be compared
 * (次 against %) leave the source's verdict ({@code met}) to decide, as for an indicator without an actual value:
 * met gives 1, anything else 0; {@code lint} reports UNIT_MISMATCH. A qualitative actual (已完成, 基本完成)
 * and a qualitative target are judged by the actual's wording, else by {@code met}, and score the band ratio
 * of that verdict or the evaluator's rating held inside the band.
 *
 * @param ratio  r in [0, 1], exact
 * @param how    what the ratio rests on
 * @param actual the actual in the unit it shares with the target, for MEASURED only
 * @param target the target in that unit, for MEASURED only
 * @param unit   that unit, may be null
 * @param unmet  whether the indicator is known to have fallen short: met = false, numbers short of the target,
 *               or a verdict or rating below achieved
 * @param basis  the reasoning in Chinese, as the score object shows it
 */
record Achievement(BigDecimal ratio, How how, Comparison comparator, BigDecimal actual, BigDecimal target,
        String unit, boolean unmet, String basis) {

    static final MathContext MC = MathContext.DECIMAL128;

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

    static Achievement of(Indicator indicator, ScoringProfile.Qualitative qualitative) {
        Target actual = indicator.actual();
        Target target = indicator.target();
        if (isBlank(actual)) {
            return Boolean.TRUE.equals(indicator.met())
                    ? new Achievement(BigDecimal.ONE, How.CLAIMED, null, null, null, null, false, "未填实际完成值，按自评“完成”计满分")
                    : new Achievement(BigDecimal.ZERO, How.NOT_STATED, null, null, null, null,
                            Boolean.FALSE.equals(indicator.met()), "未填实际完成值" + (indicator.met() == null ? "，也未注明是否完成" : "，自评未完成") + "，计0分");
        }
        if (target == null || target.value() == null || target.isQualitative() || actual.value() == null
                || actual.isQualitative()) {
            return judged(indicator, qualitative);
        }
        if (!sameUnit(actual.unit(), target.unit()) && !sameBaseUnit(actual, target)) {
            boolean met = Boolean.TRUE.equals(indicator.met());
            return new Achievement(met ? BigDecimal.ONE : BigDecimal.ZERO, How.UNIT_MISMATCH, target.comparator(),
                    null, null, null, Boolean.FALSE.equals(indicator.met()), "实际完成值单位（" + actual.unit() + "）与指标值单位（" + target.unit() + "）不可比，按自评"
                            + (met ? "“完成”计满分" : "未完成计0分"));
        }
        BigDecimal a;
        BigDecimal t;
        String unit;
        if (sameUnit(actual.unit(), target.unit())) {
            a = actual.value();
            t = target.value();
            unit = actual.unit() != null ? actual.unit() : target.unit();
        } else {
            a = actual.baseValue();
            t = target.baseValue();
            unit = target.baseUnit();
        }
        return measured(target.comparator(), a, t, unit);
    }

    static Achievement measured(Comparison comparator, BigDecimal a, BigDecimal t, String unit) {
        BigDecimal r;
        String how;
        switch (comparator) {
            case AT_LEAST, MORE_THAN -> {
                if (t.signum() == 0) {
                    r = BigDecimal.ONE;
                    how = "目标为0，计满分";
                } else if (a.compareTo(t) >= 0) {
                    r = BigDecimal.ONE;
                    how = "达到目标";
                } else if (t.signum() < 0 || a.signum() <= 0) {
                    r = BigDecimal.ZERO;
                    how = "未达到目标";
                } else {
                    r = a.divide(t, MC);
                    how = figure(a) + " ÷ " + figure(t) + " = " + ratioText(r);
                }
            }
            case AT_MOST, LESS_THAN -> {
                if (a.compareTo(t) <= 0) {
                    r = BigDecimal.ONE;
                    how = "未超过目标";
                } else if (t.signum() <= 0) {
                    r = BigDecimal.ZERO;
                    how = "超过目标";
                } else {
                    r = t.divide(a, MC);
                    how = "超过目标：" + figure(t) + " ÷ " + figure(a) + " = " + ratioText(r);
                }
            }
            case EQUAL -> {
                if (a.compareTo(t) == 0) {
                    r = BigDecimal.ONE;
                    how = "等于目标";
                } else if (t.signum() == 0) {
                    r = BigDecimal.ZERO;
                    how = "目标为0而实际不为0";
                } else {
                    BigDecimal off = a.subtract(t).abs().divide(t.abs(), MC);
                    r = BigDecimal.ONE.subtract(off).max(BigDecimal.ZERO);
                    how = "偏离目标 " + ratioText(off) + "：1 − " + ratioText(off) + " = " + ratioText(r);
                }
            }
            default -> throw new IllegalArgumentException("not a numeric comparator: " + comparator);
        }
        String u = unit == null ? "" : unit;
        String basis = "实际 " + figure(a) + u + "，目标 " + comparator.printed() + figure(t) + u + "：" + how;
        return new Achievement(r, How.MEASURED, comparator, a, t, unit, r.compareTo(BigDecimal.ONE) < 0, basis);
    }

    /** A verdict in words (the actual's wording, else met), or the evaluator's rating inside its band. */
    private static Achievement judged(Indicator indicator, ScoringProfile.Qualitative qualitative) {
        Verdict fromText = Verdict.of(indicator.actual().text());
        Verdict verdict = fromText != null ? fromText : Verdict.of(indicator.met());
        String said = fromText != null ? "实际完成值“" + indicator.actual().text() + "”"
                : verdict != null ? "自评" + (indicator.met() ? "完成" : "未完成") : "实际完成值未说明是否达成";
        BigDecimal rating = indicator.rating();
        if (rating != null) {
            BigDecimal held = verdict == null
                    ? rating.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100))
                    : verdict.band(qualitative).clamp(rating);
            BigDecimal r = held.movePointLeft(2);
            String band = verdict == null ? "" : "（" + verdict.label() + "区间 " + figure(verdict.band(qualitative).from())
                    + "–" + figure(verdict.band(qualitative).to()) + "%）";
            return new Achievement(r, How.JUDGED, null, null, null, null,
                    verdict != null ? verdict != Verdict.ACHIEVED : held.compareTo(qualitative.achieved().from()) < 0,
                    said + "，评价人评分 " + figure(rating) + "%" + band + "：" + ratioText(r));
        }
        if (verdict == null) {
            return new Achievement(BigDecimal.ZERO, How.JUDGED, null, null, null, null, false, said + "，计0分");
        }
        BigDecimal r = verdict.band(qualitative).ratio();
        return new Achievement(r, How.JUDGED, null, null, null, null, verdict != Verdict.ACHIEVED, said + "，按" + verdict.label() + "计 " + ratioText(r));
    }

    /** Whether the actual reached the target; false where it is not known to have. */
    boolean reached() {
        return ratio.compareTo(BigDecimal.ONE) >= 0;
    }

    /** actual ÷ target of a measured higher-is-better indicator with a positive target, else null. */
    BigDecimal overTarget() {
        if (how != How.MEASURED || !comparator.isHigherBetter() || target.signum() <= 0) {
            return null;
        }
        return actual.divide(target, MC);
    }

    private static boolean isBlank(Target actual) {
        return actual == null || (actual.value() == null && (actual.text() == null || actual.text().isBlank()));
    }

    private static boolean sameUnit(String a, String b) {
        return a == null || b == null || Objects.equals(a, b);
    }

    private static boolean sameBaseUnit(Target a, Target b) {
        return Objects.equals(a.baseUnit(), b.baseUnit());
    }

    static String figure(BigDecimal value) {
        return Decimals.plain(value);
    }

    /** A ratio as the basis prints it: up to four decimals. */
    static String ratioText(BigDecimal ratio) {
        return Decimals.plain(ratio.setScale(4, RoundingMode.HALF_UP));
    }
}
