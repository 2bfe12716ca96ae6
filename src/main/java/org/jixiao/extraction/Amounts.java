package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Decimals;
import org.jixiao.document.Money;

/**
 * Amounts and rates after their labels, read from a parse view ({@link Chars#parseView}): 全年预算数 688.34 万元,
 * 完成预算的 100%, 执行数：1,234,567.89元. Amounts in 元 or 亿元 are converted to 万元 exactly.
 */
final class Amounts {

    /** What may stand between a label and its figure: 为, 是, ：, 共计, （万元）. No digits, no clause break. */
    private static final String FILLER = "[^0-9，,。；;！？%]{0,10}?";
    private static final Pattern MONEY = Pattern.compile("(-?\\d+(?:\\.\\d+)?)(亿元|万元|元)?(?![\\d.%])");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern DECLARED_UNIT = Pattern.compile("(?:单位|金额单位)[:：]?(万元|元)");
    private static final Pattern CELL_NUMBER = Pattern.compile("(-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(%|亿元|万元|元)?");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** The unit an amount without its own unit is in: 万元 unless the text declares 单位：元. */
    enum Unit { WAN, YUAN }

    private static final Map<String, Pattern> LABELLED = new ConcurrentHashMap<>();

    private Amounts() {
    }

    /** Any of the labels, then what may stand before the figure; compiled once per set of labels. */
    private static Pattern labelled(String labels) {
        return LABELLED.computeIfAbsent(labels, l -> Pattern.compile("(?:" + l + ")" + FILLER + "(?=-?\\d)"));
    }

    static Unit declaredUnit(String view) {
        Matcher m = DECLARED_UNIT.matcher(view);
        return m.find() && m.group(1).equals("元") ? Unit.YUAN : Unit.WAN;
    }

    /** The first amount after any of the labels (a regex), in 万元, or null. */
    static BigDecimal money(String view, String labels, Unit unit) {
        Found found = moneyAt(view, labels, unit, 0);
        return found == null ? null : found.value;
    }

    record Found(BigDecimal value, int start, int end) {
    }

    /** The first label at or after {@code from} that is followed by an amount. */
    static Found moneyAt(String view, String labels, Unit unit, int from) {
        Matcher label = labelled(labels).matcher(view);
        int at = from;
        while (at <= view.length() && label.find(at)) {
            // the amount right at the label's end: tried there alone, not searched for through the rest of the text
            Matcher m = MONEY.matcher(view).region(label.end(), view.length());
            if (m.lookingAt()) {
                return new Found(amount(m, unit), label.start(), m.end());
            }
            at = label.start() + 1;
        }
        return null;
    }

    /** The amount a MONEY match stands for, in 万元. */
    static BigDecimal amount(Matcher money, Unit unit) {
        BigDecimal value = new BigDecimal(money.group(1));
        String written = money.group(2);
        if ("亿元".equals(written)) {
            return Decimals.canonical(value.multiply(TEN_THOUSAND));
        }
        if ("元".equals(written) || (written == null && unit == Unit.YUAN)) {
            return Money.fromYuan(value);
        }
        return Decimals.canonical(value);
    }

    static Matcher moneyMatcher(String view) {
        return MONEY.matcher(view);
    }

    /** The first percentage after any of the labels, or null. */
    static BigDecimal rate(String view, String labels) {
        Matcher label = labelled(labels).matcher(view);
        int at = 0;
        while (at <= view.length() && label.find(at)) {
            Matcher m = PERCENT.matcher(view).region(label.end(), view.length());
            if (m.lookingAt()) {
                return Decimals.canonical(new BigDecimal(m.group(1)));
            }
            at = label.start() + 1;
        }
        return null;
    }

    /** A cell that holds one figure (688.34, 100%, 1,234.00元, 100.00 %), or null if it holds something else. */
    static BigDecimal cellNumber(String cell, Unit unit) {
        if (cell == null) {
            return null;
        }
        String view = Chars.parseView(cell);
        Matcher m = CELL_NUMBER.matcher(view);
        if (!m.matches()) {
            return null;
        }
        // thousands are grouped by threes: 7,00.0,77 is a figure garbled, not 700.077
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        String written = m.group(2);
        if ("%".equals(written)) {
            return Decimals.canonical(value);
        }
        if ("亿元".equals(written)) {
            return Decimals.canonical(value.multiply(TEN_THOUSAND));
        }
        if ("元".equals(written) || (written == null && unit == Unit.YUAN)) {
            return Money.fromYuan(value);
        }
        return Decimals.canonical(value);
    }
}
