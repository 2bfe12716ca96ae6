package org.jixiao.exante;

import java.math.BigDecimal;
import org.jixiao.scoring.ExAnteConclusion;

/**
 * Whether a project's money may be decided on as far as 事前绩效评估 goes (docs/ex-ante.md, "The threshold"): a new
 * project asking at least the region's threshold needs a conclusion, and a conclusion of 不予支持 stops it whatever
 * it asks. Pure: the callers find the amount, the threshold, whether the project continues and its conclusion.
 */
public enum ExAnteRequirement {

    /** Concluded 予以支持 or 调整后支持: the decision cites it. */
    MET(true),
    /** Concluded 不予支持: not funded, whatever the amount. */
    NOT_SUPPORTED(false),
    /** A project of earlier years, not a new one: no assessment asked for. */
    CONTINUING(true),
    /** Asks less than the threshold (or states no amount): no assessment asked for. */
    BELOW_THRESHOLD(true),
    /** New, at or above the threshold, and no conclusion: not yet. */
    MISSING(false);

    private final boolean allowed;

    ExAnteRequirement(boolean allowed) {
        this.allowed = allowed;
    }

    /**
     * @param amount     what the project asks for the year, 万元; null where it states none
     * @param threshold  the region's threshold, 万元
     * @param continuing whether the project was in the unit's budget in an earlier year
     * @param conclusion the conclusion of the project's request for the year, null where none was concluded
     */
    public static ExAnteRequirement of(BigDecimal amount, BigDecimal threshold, boolean continuing,
            ExAnteConclusion conclusion) {
        if (conclusion == ExAnteConclusion.REJECT) {
            return NOT_SUPPORTED;
        }
        if (conclusion != null) {
            return MET;
        }
        if (continuing) {
            return CONTINUING;
        }
        return amount == null || amount.compareTo(threshold) < 0 ? BELOW_THRESHOLD : MISSING;
    }

    /** Whether the goals may be approved and the budget advised to fund the project. */
    public boolean allowed() {
        return allowed;
    }

    /** Why not, in Chinese, naming the amounts and the conclusion; null where allowed. */
    public String refusal(BigDecimal amount, BigDecimal threshold, BigDecimal total) {
        return switch (this) {
            case NOT_SUPPORTED -> "该项目的事前绩效评估结论为“不予支持”"
                    + (total == null ? "" : "（总分 " + total.stripTrailingZeros().toPlainString() + "）")
                    + "，不能审核通过其绩效目标";
            case MISSING -> "该项目为新增项目，申请资金 " + amount.stripTrailingZeros().toPlainString()
                    + " 万元，达到本地区事前绩效评估门槛 " + threshold.stripTrailingZeros().toPlainString()
                    + " 万元，须先出具事前绩效评估结论（予以支持或调整后支持），才能审核通过其绩效目标";
            default -> null;
        };
    }
}
