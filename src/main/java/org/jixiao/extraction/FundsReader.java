package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.SourceFunds;

/**
 * 部门整体收支情况 in running text: budget, execution and rate under their several wordings (全年预算数, 年度预算数,
 * 调整后预算数; 执行数, 实际支出, 预算完成数; 执行率, 预算执行率, 完成预算的), spending by source and by nature,
 * carryover. Amounts in 元 become 万元.
 */
final class FundsReader {

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    static final String BUDGET = "全年预算数|年度预算数|调整后预算数|调整预算数|全年预算|年度预算|预算总额|(?<!年初)预算数";
    static final String INITIAL = "年初预算数|年初预算";
    static final String EXECUTED = "全年执行数|实际执行数|(?<!率)执行数|实际支出(?:数|金额)?|预算完成数|决算数|支出总额|实际完成数";
    static final String RATE = "预算执行率|执行率|完成预算的|预算完成率|完成年度预算的";

    private static final Pattern SOURCE_LABEL = Pattern.compile(
            "一般公共预算(?:财政拨款)?(?:资金)?|政府性基金(?:预算)?(?:财政拨款)?(?:资金)?|国有资本经营(?:预算)?(?:财政拨款)?(?:资金)?"
                    + "|上年结转(?:结余)?(?:资金)?|其他资金|其他收入");
    private static final Pattern BY_SOURCE = Pattern.compile("按(?:资金)?来源");
    private static final Pattern AFTER_SOURCES = Pattern.compile("按支出性质|按(?:支出)?经济分类|按功能分类|年末结转|结转和结余|结转结余");

    private FundsReader() {
    }

    static Funds read(String sectionText) {
        String view = Chars.parseView(sectionText);
        if (view.isEmpty()) {
            return null;
        }
        Amounts.Unit unit = Amounts.declaredUnit(view);
        BigDecimal budget = Amounts.money(view, BUDGET, unit);
        BigDecimal initial = Amounts.money(view, INITIAL, unit);
        BigDecimal executed = Amounts.money(view, EXECUTED, unit);
        BigDecimal rate = Amounts.rate(view, RATE);
        List<SourceFunds> sources = sources(view, unit);
        FundsByNature nature = new FundsByNature(Amounts.money(view, "基本支出", unit),
                Amounts.money(view, "(?<!重点)项目支出", unit), Amounts.money(view, "人员经费|人员支出", unit),
                Amounts.money(view, "公用经费|公用支出|日常公用经费", unit), null);
        BigDecimal carryover = Amounts.money(view, "年末结转(?:和|及|与)?结余|结转(?:和|及)?结余|年末结余", unit);
        Funds funds = new Funds(budget, initial, executed, rate, sources, nature, carryover, null);
        return funds.isEmpty() ? null : funds;
    }

    /** 按资金来源分: each source's clause, its 预算 amount as budget and its other amount as executed. */
    private static List<SourceFunds> sources(String view, Amounts.Unit unit) {
        Matcher intro = BY_SOURCE.matcher(view);
        int from = intro.find() ? intro.end() : 0;
        Matcher after = AFTER_SOURCES.matcher(view);
        int to = after.find(from) ? after.start() : view.length();
        String part = view.substring(from, to);
        List<SourceFunds> sources = new ArrayList<>();
        Matcher label = SOURCE_LABEL.matcher(part);
        List<int[]> labels = new ArrayList<>();
        while (label.find()) {
            labels.add(new int[] {label.start(), label.end()});
        }
        for (int i = 0; i < labels.size(); i++) {
            int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : part.length();
            String clause = part.substring(labels.get(i)[1], end);
            int stop = clause.indexOf('。');
            if (stop >= 0) {
                clause = clause.substring(0, stop);
            }
            FundSource source = source(part.substring(labels.get(i)[0], labels.get(i)[1]));
            if (sources.stream().anyMatch(s -> s.source() == source)) {
                continue;
            }
            SourceFunds funds = clauseFunds(source, clause, unit);
            if (funds != null) {
                sources.add(funds);
            }
        }
        return sources;
    }

    private static SourceFunds clauseFunds(FundSource source, String clause, Amounts.Unit unit) {
        Matcher money = Amounts.moneyMatcher(clause);
        BigDecimal budget = null;
        BigDecimal executed = null;
        int previousEnd = 0;
        while (money.find()) {
            String before = clause.substring(previousEnd, money.start());
            previousEnd = money.end();
            if (before.length() > 12 || HAS_DIGIT.matcher(before).matches()) {
                break;
            }
            BigDecimal amount = Amounts.amount(money, unit);
            if (before.contains("预算") && !before.contains("支出") && !before.contains("执行") && budget == null) {
                budget = amount;
            } else if (executed == null) {
                executed = amount;
            }
        }
        if (budget == null && executed == null) {
            return null;
        }
        return new SourceFunds(source, budget, executed, null);
    }

    private static FundSource source(String label) {
        if (label.startsWith("一般公共")) {
            return FundSource.GENERAL_PUBLIC_BUDGET;
        }
        if (label.startsWith("政府性基金")) {
            return FundSource.GOVERNMENT_FUND;
        }
        if (label.startsWith("国有资本")) {
            return FundSource.STATE_CAPITAL;
        }
        if (label.startsWith("上年结转")) {
            return FundSource.PRIOR_YEAR_CARRYOVER;
        }
        return FundSource.OTHER;
    }
}
