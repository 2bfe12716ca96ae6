package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * 年度资金总额 of a goal sheet, in 万元: the total and its two parts, 财政拨款 and 其他资金. The budget asked for, not
 * spent: the evaluation's {@link Funds} says what was spent against it.
 *
 * @param total         年度资金总额
 * @param appropriation 其中：财政拨款
 * @param other         其中：其他资金
 */
public record GoalFunds(BigDecimal total, BigDecimal appropriation, BigDecimal other) {

    public GoalFunds {
        total = Decimals.canonical(total);
        appropriation = Decimals.canonical(appropriation);
        other = Decimals.canonical(other);
    }

    /** Whether nothing is stated. */
    @JsonIgnore
    public boolean isEmpty() {
        return total == null && appropriation == null && other == null;
    }

    /** Whether the two parts are stated and do not make the total. */
    @JsonIgnore
    public boolean partsDifferFromTotal() {
        if (total == null || appropriation == null && other == null) {
            return false;
        }
        BigDecimal parts = (appropriation == null ? BigDecimal.ZERO : appropriation)
                .add(other == null ? BigDecimal.ZERO : other);
        return parts.compareTo(total) != 0;
    }
}
