package org.jixiao.rendering;

import java.math.BigDecimal;
import org.jixiao.document.Decimals;
import org.jixiao.document.Money;

/** Figures as the report prints them: amounts with two decimals, rates and weights plain, scores with two. */
final class Figures {

    /** What a report prints where the document states no figure. */
    static final String MISSING = "（未填写）";

    private Figures() {
    }

    /** 688.34万元; a missing amount is shown as missing. */
    static String amount(BigDecimal value) {
        return value == null ? MISSING : money(value) + "万元";
    }

    /** 688.34 without unit, empty where missing (table cells). */
    static String amountCell(BigDecimal value) {
        return value == null ? "" : money(value);
    }

    /** Two decimals as reports print 万元, more where the amount has them (0.000001 万元 is one 分): never rounded. */
    private static String money(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        return exact.scale() > 2 ? exact.toPlainString() : Money.format(value);
    }

    /** 100% (98.5%), empty where missing. */
    static String rate(BigDecimal value) {
        return value == null ? "" : Decimals.plain(value) + "%";
    }

    /** A 分值: plain (10, 12.5), empty where missing. */
    static String points(BigDecimal value) {
        return value == null ? "" : Decimals.plain(value);
    }

    /** A 得分: two decimals (8.50), empty where missing. */
    static String score(BigDecimal value) {
        return value == null ? "" : Decimals.twoDecimals(value);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
