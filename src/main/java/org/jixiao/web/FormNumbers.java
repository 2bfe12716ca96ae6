package org.jixiao.web;

import java.math.BigDecimal;
import java.text.Normalizer;
import org.jixiao.document.Decimals;

/** Numbers as people type them in forms: full-width digits, thousands separators, a trailing 万元 or %. */
public final class FormNumbers {

    private FormNumbers() {
    }

    /** The number, null for an empty field; throws {@link NumberFormatException} for anything else. */
    public static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s,]", "");
        s = s.replaceAll("(万元|%)$", "");
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(typed);
        }
        return Decimals.canonical(new BigDecimal(s));
    }

    /** A number as the form shows it: plain, without trailing zeros. */
    public static String show(BigDecimal value) {
        return value == null ? "" : Decimals.plain(value);
    }
}
