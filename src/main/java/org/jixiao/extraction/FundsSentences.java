package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Decimals;
import org.jixiao.document.Money;

/**
 * Budget, execution and their parts as a report tells them in sentences, however its province words them: 全年预算数为
 * 1050万元，执行数为1050万元，完成预算的100%; 下达…资金8万元 … 支付…8万元; 项目资金共2179万元，…已完成拨付2113.63万元，执行率97%;
 * 指标金额是110万元，实际拨付金额是108万元; 全年应执行数为7.79万元; 收到财政资金共2330.9万元，其中：…; 支出：799.12万元。其中：人员
 * 经费支出434.89万元…; 年末结转结余192.21万元. Amounts in 元 and 亿元 become exact 万元 ({@link Money#fromYuan}).
 *
 * <p>Each amount takes the role of the word nearest before it in its clause (预算, 下达, 安排, 执行数, 支出, 拨付, 发放,
 * 人员经费, 年末结转结余 …; 收入 and 到位 are neither budget nor spending). An amount is left alone where it is a
 * standard (4000元/人, 每卷2元的标准), an estimate (约需), a comparison (同比增加), 三公经费, another year's money
 * (截止2013年已安排…), in brackets, or a part after 其中 that names no role of its own. Of several amounts of one role
 * the report's own total wins (共, 共计, 合计, or followed by 其中), then the adjusted one (调整后, 全年实际下达 after 调减:
 * the first becomes the initial budget); amounts that each name one level of government (中央下达…, 省级下达…, 市县下达…)
 * are parts, not the budget. Where different amounts remain and nothing says which is meant, none is taken and the
 * report notes the line (UNCERTAIN_FIGURE): a wrong figure is worse than none. Parts are never added up, and no
 * rate is computed. Figures a form already gave are left as they are, not completed from sentences elsewhere.
 */
final class FundsSentences {

    enum Role {
        BUDGET, INITIAL, EXECUTED, BASIC, PROJECT, PERSONNEL, PUBLIC_USE, CARRYOVER, RATE, NONE
    }

    /**
     * One amount or rate of the text and what its words make of it; its value is null where the page hides the
     * figure ({@link #HIDDEN}).
     */
    record Candidate(Role role, BigDecimal value, int start, int end, boolean total, boolean adjusted, String level,
            boolean inIndicators, boolean inFunds, int sentence, boolean dated, boolean stated, boolean lifetime) {

        boolean hidden() {
            return value == null;
        }
    }

    /** An amount as the text prints it, or the place of one the page hides: its unit after a mask. */
    private record Amount(int start, int end, String digits, String unit, boolean hidden) {
    }

    // amounts and rates begin with a digit not after another, a point or a comma: only there are they tried
    private static final FirstChars MONEY = new FirstChars("0123456789", "0123456789.,",
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(亿元|万元|元|万(?![人户亩册平吨株次套个件头只公千米方张份台辆本卷页字]))(?![/每])(?!\\d(?!\\d{3}年))");
    /**
     * An amount a page hides behind a mask (资金 点击查看>> 万元, (略)万元, ***万元, XX万元): a figure of its role that
     * no one can read here, so that the visible ones of that role are not taken for the whole.
     */
    private static final Pattern HIDDEN = Pattern.compile(
            "(?:点击查看\\s*>*|[(（]略[)）]|[*＊]{2,}|[Xx×]{2,}|_{2,}|＿+|…+|\\.{3,})[ \\t]*(?:亿元|万元|元)");
    private static final FirstChars PERCENT = new FirstChars("0123456789", "0123456789.", "(?<![\\d.])(\\d+(?:\\.\\d+)?)%");
    private static final Pattern ROLE_WORD = Pattern.compile(
            "上年结转(?:和)?结余|年初结转(?:和)?结余|以前年度结转|上年结转|上年结余"
                    + "|年末结转(?:和)?结余|年末结余|结转(?:和)?结余|结转|结余|节余"
                    + "|人员经费(?:支出)?|(?:日常)?公用经费(?:支出)?|基本支出|项目支出"
                    + "|应执行(?:数|金额)?|应支出数"
                    + "|年初预算数|年初预算|年初批复|年初安排|年初下达"
                    + "|调整(?:预算)?后(?:的)?(?:项目|全年)?(?:预算)?(?:数|金额)?|调整为|调减后|调增后"
                    + "|调减|调增|追加|追减|核减|调整|压减"
                    + "|全年预算数|年度预算数|预算总金额|预算总额|预算金额|预算资金|资金预算|预算数|预算安排|预算|指标金额|资金总额|总投资|计划投资|投资总额"
                    + "|批复(?:金额|资金)?|核定|安排|下达|下拨|拨入|收到|获得|争取(?:到)?|投入|筹集"
                    + "|执行数|实际执行|执行金额|执行总量|执行总额|已执行|全年执行(?!率)|实际支出(?:数|金额)?|支出数|支出决算|已支出|累计支出|总支出|支出"
                    + "|完成拨付|实际拨付(?:金额)?|已拨付|拨付|支付|兑现|发放|实际使用|已使用|使用资金|共使用|报账|列支|完成投资"
                    + "|完成(?:预算)?资金|完成支出"
                    + "|决算数|预算完成数|完成数"
                    + "|(?:总|财政拨款|事业|经营|其他|本年)?收入|到位(?:资金|数|金额)?|到账|配套|匹配|自筹");
    private static final Pattern RATE_WORD = Pattern.compile(
            "预算执行率|资金执行率|执行率|完成(?:年度)?预算的?|预算完成率|支出进度|执行进度|支付率|支出率|拨付率|发放率|使用率"
                    + "|到位率|完工率|完成率|覆盖率|合格率|满意度|满意率|增长|下降|占|比例");
    /** What may stand between a rate's word and its figure: 为, 是, ：, 达到. */
    /** A second percentage right after the first: a table row's target and actual (预算资金执行率 90% 100%). */
    private static final Pattern ROW_PAIR = Pattern.compile("\\s*[≥≤>=<]?\\d+(?:\\.\\d+)?%");
    private static final Pattern RATE_FILLER = Pattern.compile("(?:为|是|:|达|达到|约|仅|实际|\\s)*");
    private static final Pattern WEAK_RATE = Pattern.compile("支付率|支出率|拨付率|发放率|使用率");
    /** An item's mark in a list: ①, ⑵, (1), 1. within a sentence. */
    private static final Pattern ITEM_MARK = Pattern.compile("[①-⑳⑴-⒇]|[(（]\\d{1,2}[)）]");
    private static final Pattern TOTAL = Pattern.compile("共计|合计|总计|总额|总支出|累计|(?<!公)共(?![同享建性产识])");
    /** A source of money named: its amount is a part by source, not the whole. */
    private static final Pattern SOURCE_PART = Pattern.compile(
            "一般公共预算|财政拨款|政府性基金|国有资本|上年结转|其他资金|自筹资金|社会资金|单位自有|其中"
                    + "|中央补助|(?:省|自治区|市|县)级?补助|中央(?:财政)?资金|省级资金|市县资金|地方配套");
    private static final Pattern PARTS_SENTENCE = Pattern.compile("\\s*其中");
    /** What follows a total: its parts, 其中：…. */
    private static final Pattern AFTER_TOTAL = Pattern.compile("^[,，:;。]?\\(?其中");
    private static final Pattern ADJUSTED = Pattern.compile(
            "调整(?:预算)?后|调整为|调减后|调增后|全年实际下达|最终下达|实际下达|全年下达|累计下达");
    private static final Pattern NOT_MONEY_OF_REPORT = Pattern.compile(
            "三公|公务接待|公务用车|因公出国|机关运行|会议费|培训费|固定资产|资产总额|同比|上年度|比上年|较上年|增长|减少|增加|下降"
                    + "|上升|节约|节省|每(?!年)|标准|单价|人均|户均|平均|约(?![定束])|预计|计划需|不超过|不低于|不高于|不少于|控制在|以内|最高|最低"
                    + "|[≤≥<>]|贷款|担保|利息|收益|产值|销售|成本");
    private static final Pattern LEVEL = Pattern.compile(
            "中央|省级|省本级|省财政|自治区|市级|市本级|市财政|州级|州财政|市县|县级|县本级|县财政|区级|区本级|区财政|地方|乡镇|镇级");
    /** Nouns holding a role's word that name no amount's role: 转移支付资金, 国库集中支付中心, 预算绩效管理. */
    private static final Pattern NEUTRAL = Pattern.compile(
            "转移支付|集中支付|支付中心|支出项目|支出科目|支出事项|支出类|支出责任|支出绩效|支出进度|支出结构|支出范围|支出方向|支出标准|支出政策|支出功能|支出经济"
                    + "|预算绩效|预算管理|预算编制|预算单位|预算法|预算批复|预算执行情况|资金使用情况|资金使用范围|拨付程序|发放标准|发放对象");
    /** Words that state what the money of the year is, not one allocation of it: 全年预算数, 应执行数, 执行数. */
    private static final Pattern STATED = Pattern.compile(
            "应执行.*|应支出数|年初预算.*|调整.*|全年预算数|年度预算数|预算总金额|预算总额|预算金额|预算数|指标金额|资金总额|总投资|投资总额"
                    + "|执行数|实际执行|执行金额|实际支出.*|支出数|支出决算|累计支出|总支出|决算数|预算完成数");
    /** A project's money over all its years, which is the year's budget only where nothing else is said. */
    private static final Pattern LIFETIME = Pattern.compile("总投资|投资总额|计划投资");
    /** A date: money given on a day or in a month is one batch of the year's. */
    private static final Pattern DATED = Pattern.compile("\\d{1,2}月");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年(?!\\d{1,2}月)");
    // the tests on words, compiled once: String.matches and replaceAll compile theirs at each call
    private static final Pattern LIFETIME_TOTAL = Pattern.compile("总投资|投资总额");
    private static final Pattern OF_FUNDS = Pattern.compile(".*(?:资金|经费|预算).*");
    private static final Pattern EXECUTION_RATE = Pattern.compile(
            "预算执行率|资金执行率|执行率|完成(?:年度)?预算的?|预算完成率|支出进度|执行进度|支付率|支出率|拨付率|发放率|使用率");
    private static final Pattern EARLIER_YEARS = Pattern.compile(".*(?:年初|上年|以前年度).*");
    private static final Pattern NO_ROLE = Pattern.compile("调减|调增|追加|追减|核减|调整|压减|.*收入|到位.*|到账|配套|匹配|自筹");
    private static final Pattern SPENT = Pattern.compile(
            "执行数|实际执行|执行金额|执行总量|执行总额|已执行|全年执行|实际支出.*|支出数|支出决算|已支出|累计支出|总支出|支出|完成拨付|实际拨付.*|已拨付"
                    + "|支付|兑现|发放|实际使用|已使用|使用资金|共使用|报账|列支|完成投资|决算数|预算完成数|完成数|完成(?:预算)?资金|完成支出");
    private static final Pattern GIVEN_BY = Pattern.compile(".*(?:财政|上级|下达|中央|省|市|县|区)[\\p{IsHan}]{0,6}$");
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");
    private static final Pattern MONEY_NOUN_LAST = Pattern.compile(
            ".*(?:预算|资金|支出|经费|财政|拨款|投资|项目|补助|补贴)(?:的|总|总体|整体|实际|全年|年度)*$");
    private static final int SENTENCE_MAX = 600;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final Outline outline;
    private final Prose prose;
    private final Integer year;
    private final boolean department;
    /** Whether the report is the whole unit's (部门整体), not a project's. */
    private final boolean wholeUnit;

    private FundsSentences(Outline outline, Integer year, boolean department, boolean wholeUnit) {
        this.outline = outline;
        this.prose = outline.prose();
        this.year = year;
        this.department = department;
        this.wholeUnit = wholeUnit;
    }

    /**
     * Reads the funds the prose states between two positions (leaving out the stretches {@code skipped} holds) into
     * the figures, filling only what is still empty; {@code path} names the figures in the warnings.
     */
    static void read(Outline outline, int from, int to, Predicate<Integer> skipped, Integer year,
            StatedReport.Figures figures, StatedReport.Figures unitFigures, boolean wholeUnit, StatedReport report,
            String path) {
        FundsSentences reader = new FundsSentences(outline, year, unitFigures != null, wholeUnit);
        List<Candidate> candidates = reader.candidates(from, to, skipped);
        reader.fill(candidates, figures, report, path);
        if (unitFigures != null) {
            reader.fillUnit(candidates, unitFigures, wholeUnit);
        }
    }

    /** The amounts and rates between two positions with the roles their words give them. */
    List<Candidate> candidates(int from, int to, Predicate<Integer> skipped) {
        String text = prose.text();
        int start = Math.max(0, from);
        int end = Math.min(text.length(), to);
        List<Candidate> found = new ArrayList<>();
        int sentence = -1;
        int previousEnd = start;
        for (Amount money : amounts(text, start, end)) {
            int at = money.start();
            if (skipped.test(at)) {
                continue;
            }
            int sentenceStart = sentenceStart(text, at, start);
            if (sentenceStart != sentence) {
                sentence = sentenceStart;
                previousEnd = sentenceStart;
            }
            int contextStart = Math.max(sentenceStart, previousEnd);
            previousEnd = money.end();
            String context = text.substring(contextStart, at);
            String plainContext = withoutBrackets(context);
            boolean bracketed = inBrackets(text, sentenceStart, at);
            boolean total = TOTAL.matcher(LIFETIME_TOTAL.matcher(nearestClause(plainContext)).replaceAll("")).find()
                    || AFTER_TOTAL.matcher(text.substring(money.end(), Math.min(text.length(), money.end() + 5))).find();
            Matcher word = ROLE_WORD.matcher(neutral(plainContext));
            String roleWord = null;
            int roleAt = -1;
            while (word.find()) {
                roleWord = word.group();
                roleAt = word.start();
            }
            String nearest = nearestClause(plainContext);
            if (NOT_MONEY_OF_REPORT.matcher(nearest).find() || otherYear(plainContext)) {
                continue;
            }
            if (roleAt >= 0 && NOT_MONEY_OF_REPORT.matcher(nearestClause(plainContext.substring(0, roleAt))
                    + clauseFrom(plainContext, roleAt)).find()) {
                continue; // the word's own clause speaks of a standard: …人均不低于10元标准安排…，达到20元
            }
            Role role = role(roleWord, plainContext, roleAt);
            if (role == Role.NONE && ("结余".equals(roleWord) || "节余".equals(roleWord))
                    && SPENT.matcher(text).region(sentenceStart, at).find()) {
                role = Role.CARRYOVER; // 实际支付161.5万元，结余4.49万元: what is left of the year's money
            }
            if (role == Role.NONE && roleWord == null && total && OF_FUNDS.matcher(plainContext).matches()
                    && !(wholeUnit && plainContext.contains("专项资金"))) {
                // (a department's report telling what its special funds' evaluations covered, 对…专项资金开展绩效自评，
                // 共涉及资金…, speaks of those funds' money, not the department's budget)
                role = Role.BUDGET;
            }
            if (role == Role.NONE) {
                continue;
            }
            boolean nature = role == Role.BASIC || role == Role.PROJECT || role == Role.PERSONNEL
                    || role == Role.PUBLIC_USE || role == Role.CARRYOVER;
            if (!nature && roleAt >= 0 && ITEM_MARK.matcher(plainContext).region(roleAt, plainContext.length()).find()) {
                continue; // one item of a numbered list after the word: 用于支付：①…尾款43.96万元；②…
            }
            if (!nature && !total && inItemOfList(text, at)) {
                continue; // one item's money in a paragraph of items: (1)甲项目…已拨付100.6万元；(2)乙项目…
            }
            if (!nature && !total && listedPart(text, money.end(), end)) {
                continue; // the first of a list of parts with no word of their own: 经费36.4万元、非税成本17万元、…
            }
            if (!nature && (bracketed || SOURCE_PART.matcher(nearest).find())) {
                continue; // a part of a total, told in brackets or by its source
            }
            if (!nature && PARTS_SENTENCE.matcher(text).region(sentenceStart, at).lookingAt()
                    && !(total && !money.hidden() && sumsTheParts(text, sentenceStart, at, money.digits(), money.unit()))) {
                continue; // a sentence of parts after the total's: 其中，安排…资金合计575218万元，安排…95819万元
            }
            if (!nature && department && outline.inTaskAnalysis(at)) {
                continue; // a key task's own figures
            }
            BigDecimal value = money.hidden() ? null : amount(money.digits(), money.unit());
            if (value == null && !money.hidden()) {
                continue;
            }
            boolean adjusted = (role == Role.BUDGET) && ADJUSTED.matcher(plainContext).find();
            Matcher level = LEVEL.matcher(plainContext);
            String levelWord = level.find() ? levelOf(level.group()) : null;
            found.add(new Candidate(role, value, at, money.end(), total, adjusted, levelWord,
                    outline.inIndicators(at), outline.inFunds(at), sentenceStart, DATED.matcher(plainContext).find(),
                    roleWord != null && STATED.matcher(roleWord).matches(),
                    roleWord != null && LIFETIME.matcher(roleWord).matches()));
        }
        Matcher percent = PERCENT.matcher(text);
        for (int next = start; PERCENT.find(percent, text, next, end); next = percent.end()) {
            int at = percent.start();
            if (skipped.test(at)) {
                continue;
            }
            int sentenceStart = sentenceStart(text, at, start);
            int contextStart = Math.max(sentenceStart, lastDigitEnd(text, sentenceStart, at));
            String context = text.substring(contextStart, at);
            Matcher word = RATE_WORD.matcher(context);
            String rateWord = null;
            int rateAt = -1;
            while (word.find()) {
                rateWord = word.group();
                rateAt = word.start();
            }
            if (rateWord != null && !ofTheMoney(nearestClause(context.substring(0, rateAt)))) {
                continue; // the rate of something else: 政府采购管理执行率
            }
            if (rateWord != null && !RATE_FILLER.matcher(context.substring(rateAt + rateWord.length())).matches()) {
                continue; // a rule's or a target's rate: 预算执行率未达到90%, 执行率不低于95%
            }
            if (rateWord == null || !EXECUTION_RATE.matcher(rateWord).matches() || context.contains("指标")) {
                continue;
            }
            if (department && outline.inTaskAnalysis(at)) {
                continue; // a key task's own rate
            }
            if (ROW_PAIR.matcher(text).region(percent.end(), end).lookingAt()) {
                continue; // an indicator's row run into the text: the target, then the actual
            }
            boolean weak = WEAK_RATE.matcher(rateWord).matches();
            int sentenceEnd = sentenceEnd(text, at, end);
            String sentenceText = text.substring(sentenceStart, sentenceEnd);
            boolean withMoney = MONEY.find(MONEY.matcher(sentenceText), sentenceText, 0);
            if (weak && !withMoney) {
                continue;
            }
            BigDecimal value = Decimals.canonical(new BigDecimal(percent.group(1)));
            found.add(new Candidate(Role.RATE, value, at, percent.end(), false, false, null,
                    outline.inIndicators(at) || !withMoney && weak, outline.inFunds(at), sentenceStart, false, !weak,
                    false));
        }
        return found;
    }

    /** The amounts between two positions in their order, those printed and those hidden. */
    private static List<Amount> amounts(String text, int start, int end) {
        List<Amount> amounts = new ArrayList<>();
        Matcher money = MONEY.matcher(text);
        for (int next = start; MONEY.find(money, text, next, end); next = money.end()) {
            amounts.add(new Amount(money.start(), money.end(), money.group(1), money.group(2), false));
        }
        Matcher hidden = HIDDEN.matcher(text).region(start, end);
        boolean any = false;
        while (hidden.find()) {
            amounts.add(new Amount(hidden.start(), hidden.end(), null, null, true));
            any = true;
        }
        if (any) {
            amounts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return amounts;
    }

    private void fill(List<Candidate> candidates, StatedReport.Figures figures, StatedReport report, String path) {
        if (figures.hasTotals() || figures.initialBudget != null) {
            return; // a form's figures stand as read: sentences elsewhere would mix another place's into them
        }
        if (figures.executed == null) {
            figures.executed = value(choose(of(candidates, Role.EXECUTED), report, path + ".executed", "执行数"));
        }
        if (figures.rate == null) {
            figures.rate = value(choose(of(candidates, Role.RATE), report, path + ".executionRate", "执行率"));
        }
        List<Candidate> budgets = of(candidates, Role.BUDGET);
        if (figures.budget == null) {
            Candidate adjusted = null;
            for (Candidate c : budgets) {
                if (c.adjusted()) {
                    adjusted = c;
                }
            }
            // of several amounts, the one the stated rate confirms: 共计12,805万元…支出8,214.53万元…执行率为64%
            Candidate budget = choose(budgets, report, path + ".budget", "预算数",
                    c -> !c.hidden() && FundsCells.rateAgrees(Value.get(figures.executed), c.value(),
                            Value.get(figures.rate)));
            if (budget == null && adjusted != null && !budgets.stream().anyMatch(Candidate::total)) {
                budget = adjusted;
            }
            if (budget != null) {
                figures.budget = value(budget);
                if (budget.adjusted() && figures.initialBudget == null) {
                    for (Candidate c : budgets) {
                        if (c.start() < budget.start() && !c.adjusted() && c.sentence() == budget.sentence()) {
                            figures.initialBudget = value(c);
                            break;
                        }
                    }
                }
            }
        }
        if (figures.initialBudget == null) {
            figures.initialBudget = value(choose(of(candidates, Role.INITIAL), report, path + ".initialBudget", "年初预算数"));
        }
        if (figures.carryover == null && figures.executed != null) {
            figures.carryover = value(choose(of(candidates, Role.CARRYOVER), report, path + ".carryover", "结转结余"));
        }
    }

    /**
     * The unit's spending by nature (基本支出, 人员经费, 公用经费, 项目支出) and its carry-over: read where the text speaks
     * of the unit's whole spending, which a 项目支出 alone does not show.
     */
    private void fillUnit(List<Candidate> candidates, StatedReport.Figures figures, boolean wholeUnit) {
        Candidate basic = firstOf(candidates, Role.BASIC);
        Candidate personnel = firstOf(candidates, Role.PERSONNEL);
        Candidate publicUse = firstOf(candidates, Role.PUBLIC_USE);
        if (!wholeUnit && basic == null && personnel == null && publicUse == null) {
            return;
        }
        figures.basic = StatedReport.first(figures.basic, value(basic));
        figures.project = StatedReport.first(figures.project, value(firstOf(candidates, Role.PROJECT)));
        figures.personnel = StatedReport.first(figures.personnel, value(personnel));
        figures.publicUse = StatedReport.first(figures.publicUse, value(publicUse));
        figures.carryover = StatedReport.first(figures.carryover, value(firstOf(candidates, Role.CARRYOVER)));
    }

    /**
     * The one amount of a role the text means: its total, else the one value all the amounts agree on, preferring
     * what stands outside the indicators' part and then what a part about money says; null and a warning where
     * different amounts remain.
     */
    private Candidate choose(List<Candidate> candidates, StatedReport report, String path, String what) {
        return choose(candidates, report, path, what, c -> false);
    }

    /** As above, where figures read elsewhere can confirm one amount when the words leave several. */
    private Candidate choose(List<Candidate> candidates, StatedReport report, String path, String what,
            Predicate<Candidate> confirmed) {
        Candidate chosen = pick(candidates, report, path, what, confirmed);
        if (chosen != null && chosen.hidden()) {
            warn(List.of(chosen), report, path, what + "被网页隐去（如“点击查看”“(略)”），原文未给出数字");
            return null;
        }
        return chosen;
    }

    private Candidate pick(List<Candidate> candidates, StatedReport report, String path, String what,
            Predicate<Candidate> confirmed) {
        if (candidates.isEmpty()) {
            return null;
        }
        List<Candidate> pool = new ArrayList<>(candidates);
        Set<String> levels = new LinkedHashSet<>();
        for (Candidate c : pool) {
            if (c.level() != null) {
                levels.add(c.level());
            }
        }
        if (levels.size() >= 2) {
            // each level's money is a part; what names no level is the whole only where it says so
            pool.removeIf(c -> c.level() != null || !(c.total() || c.stated()));
            if (pool.isEmpty()) {
                warn(candidates, report, path, what + "分别按中央、省、市县等来源列出，未写合计");
                return null;
            }
        }
        List<Candidate> yearly = pool.stream().filter(c -> !c.lifetime()).toList();
        if (!yearly.isEmpty()) {
            pool = new ArrayList<>(yearly);
        }
        List<Candidate> totals = pool.stream().filter(Candidate::total).toList();
        if (!totals.isEmpty()) {
            pool = new ArrayList<>(totals);
        }
        List<Candidate> outside = pool.stream().filter(c -> !c.inIndicators()).toList();
        if (!outside.isEmpty()) {
            pool = new ArrayList<>(outside);
        }
        if (distinct(pool) == 1) {
            return pool.get(0);
        }
        List<Candidate> undated = pool.stream().filter(c -> !c.dated()).toList();
        if (!undated.isEmpty() && distinct(undated) == 1) {
            return undated.get(0);
        }
        // 部门预算总金额803.74万元 over …批复了绩效目标，项目金额46万元: the words that say what the year's money is
        List<Candidate> stated = pool.stream().filter(Candidate::stated).toList();
        if (!stated.isEmpty() && distinct(stated) == 1) {
            return stated.get(0);
        }
        List<Candidate> adjusted = pool.stream().filter(Candidate::adjusted).toList();
        if (!adjusted.isEmpty() && distinct(adjusted) == 1) {
            return adjusted.get(adjusted.size() - 1);
        }
        List<Candidate> inFunds = pool.stream().filter(Candidate::inFunds).toList();
        if (!inFunds.isEmpty() && distinct(inFunds) == 1) {
            return inFunds.get(0);
        }
        List<Candidate> confirmedOnes = pool.stream().filter(confirmed).toList();
        if (!confirmedOnes.isEmpty() && distinct(confirmedOnes) == 1) {
            return confirmedOnes.get(0);
        }
        warn(pool, report, path, what + "有多个不同的数（" + String.join("、", pool.stream()
                .map(c -> c.hidden() ? "被隐去的金额" : Decimals.plain(c.value())).distinct().limit(4).toList())
                + "），原文未说明哪一个是");
        return null;
    }

    private void warn(List<Candidate> candidates, StatedReport report, String path, String what) {
        if (report != null && !candidates.isEmpty()) {
            report.uncertain(prose.source(), path, prose.offset(candidates.get(0).start()), what);
        }
    }

    private static int distinct(List<Candidate> candidates) {
        return (int) candidates.stream().map(FundsSentences::key).distinct().count();
    }

    /** What tells two amounts apart: their value, and for a hidden one its place (no two hidden ones are known equal). */
    private static String key(Candidate c) {
        return c.hidden() ? "@" + c.start() : c.value().stripTrailingZeros().toPlainString();
    }

    private static List<Candidate> of(List<Candidate> candidates, Role role) {
        return candidates.stream().filter(c -> c.role() == role).toList();
    }

    private static Candidate firstOf(List<Candidate> candidates, Role role) {
        return candidates.stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }

    private Value<BigDecimal> value(Candidate c) {
        return c == null || c.hidden() ? null : prose.valueAt(c.value(), c.start(), c.end());
    }

    /** The role the nearest word gives an amount. */
    private Role role(String word, String context, int wordAt) {
        if (word == null) {
            return Role.NONE;
        }
        String before = context.substring(0, Math.max(0, wordAt));
        if (word.startsWith("上年") || word.startsWith("年初结转") || word.startsWith("以前年度") || word.equals("结转")
                || word.equals("结余") || word.equals("节余")) {
            return Role.NONE;
        }
        if (word.contains("结转") || word.contains("结余")) {
            return EARLIER_YEARS.matcher(before).matches() ? Role.NONE : Role.CARRYOVER;
        }
        if (word.startsWith("人员经费")) {
            return Role.PERSONNEL;
        }
        if (word.contains("公用经费")) {
            return Role.PUBLIC_USE;
        }
        if (word.equals("基本支出")) {
            return department ? Role.BASIC : Role.NONE;
        }
        if (word.equals("项目支出")) {
            return department ? Role.PROJECT : Role.NONE;
        }
        if (NO_ROLE.matcher(word).matches()) {
            return Role.NONE;
        }
        if (word.startsWith("应执行") || word.equals("应支出数")) {
            return Role.BUDGET;
        }
        if (word.startsWith("年初")) {
            return Role.INITIAL;
        }
        if (word.startsWith("调整") || word.startsWith("调减后") || word.startsWith("调增后")) {
            return Role.BUDGET;
        }
        if (SPENT.matcher(word).matches()) {
            return Role.EXECUTED;
        }
        if (word.equals("拨付")) {
            // 财政拨付…资金 is money given to the unit; …已拨付 is money it paid out
            return GIVEN_BY.matcher(before).matches() ? Role.BUDGET : Role.EXECUTED;
        }
        boolean initial = nearestClause(before).contains("年初") && !ADJUSTED.matcher(context).find();
        return initial ? Role.INITIAL : Role.BUDGET;
    }

    private static String levelOf(String word) {
        if (word.startsWith("中央")) {
            return "中央";
        }
        if (word.startsWith("省") || word.startsWith("自治区")) {
            return "省";
        }
        if (word.equals("市县") || word.equals("地方")) {
            return "地方";
        }
        if (word.startsWith("市") || word.startsWith("州")) {
            return "市";
        }
        if (word.startsWith("乡") || word.startsWith("镇")) {
            return "乡";
        }
        return "县";
    }

    /** Whether the words name a year other than the report's, as another year's money: 截止2013年已安排…. */
    private boolean otherYear(String context) {
        if (year == null) {
            return false;
        }
        Matcher m = YEAR.matcher(context);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y != year) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a total closing a sentence of parts is the sum of the amounts before it in the sentence (其中：中央资金
     * 30.9万元，县财政资金30.9万元，共计下达61.8万元): the whole again, not one part's subtotal.
     */
    private static boolean sumsTheParts(String text, int sentenceStart, int at, String number, String unit) {
        BigDecimal total = amount(number, unit);
        if (total == null) {
            return false;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int parts = 0;
        Matcher part = MONEY.matcher(text);
        for (int next = sentenceStart; MONEY.find(part, text, next, at); next = part.end()) {
            BigDecimal value = amount(part.group(1), part.group(2));
            if (value == null) {
                return false;
            }
            sum = sum.add(value);
            parts++;
        }
        return parts >= 2 && sum.compareTo(total) == 0;
    }

    /** Whether a position follows an item's mark ((1), ①) in a paragraph that marks two items or more. */
    private boolean inItemOfList(String text, int at) {
        int from = prose.paragraphStart(at);
        int to = prose.paragraphEnd(at);
        Matcher mark = ITEM_MARK.matcher(text).region(from, to);
        int marks = 0;
        boolean before = false;
        while (mark.find() && marks < 2) {
            marks++;
            before |= mark.start() < at;
        }
        return marks >= 2 && before;
    }

    /** The amount in 万元: 元 and 亿元 converted exactly; 万 alone is 万元. */
    private static BigDecimal amount(String number, String unit) {
        BigDecimal value;
        try {
            value = new BigDecimal(number.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (unit) {
            case "亿元" -> Decimals.canonical(value.multiply(TEN_THOUSAND));
            case "元" -> Money.fromYuan(value);
            default -> Decimals.canonical(value);
        };
    }

    /** Whether the words before a rate make it the money's: nothing, 实际, 项目, or money's own nouns (预算, 资金 …). */
    private static boolean ofTheMoney(String before) {
        String words = NOT_HAN.matcher(before).replaceAll("");
        return words.length() <= 4 || MONEY_NOUN_LAST.matcher(words).matches();
    }

    /** The words with the nouns that only look like a role's word blanked, at the same length. */
    private static String neutral(String context) {
        Matcher m = NEUTRAL.matcher(context);
        if (!m.find()) {
            return context;
        }
        StringBuilder out = new StringBuilder(context);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, '_');
            }
        } while (m.find());
        return out.toString();
    }

    /** Whether the amount ending here is followed by another in a list (、) whose words name no role of money. */
    private static boolean listedPart(String text, int amountEnd, int end) {
        if (amountEnd >= end || text.charAt(amountEnd) != '、') {
            return false;
        }
        Matcher next = MONEY.matcher(text);
        next.region(amountEnd, Math.min(end, amountEnd + 40));
        return next.find() && !ROLE_WORD.matcher(neutral(text.substring(amountEnd, next.start()))).find();
    }

    /** The clause from a position to its end (the next comma or colon), within the context. */
    private static String clauseFrom(String context, int at) {
        int end = at;
        while (end < context.length() && "，,:：".indexOf(context.charAt(end)) < 0) {
            end++;
        }
        return context.substring(at, end);
    }

    private static String nearestClause(String context) {
        int cut = Math.max(Math.max(context.lastIndexOf('，'), context.lastIndexOf(',')), context.lastIndexOf(':'));
        return context.substring(cut + 1);
    }

    private static final Pattern[] BRACKETED = {
        Pattern.compile("\\([^()]{0,80}\\)"), Pattern.compile("《[^《》]{0,80}》"), Pattern.compile("〔[^〔〕]{0,20}〕"),
        Pattern.compile("【[^【】]{0,30}】"), Pattern.compile("\\[[^\\[\\]]{0,30}\\]"),
    };

    /**
     * The words outside brackets (（…）, 《…》, 〔…〕, 【…】): a document's number or title says nothing of the amount.
     * Only brackets that close are taken out; one a page left open stays as a character.
     */
    static String withoutBrackets(String text) {
        String out = text;
        for (int pass = 0; pass < 3; pass++) {
            String before = out;
            for (Pattern bracketed : BRACKETED) {
                out = bracketed.matcher(out).replaceAll("");
            }
            if (out.equals(before)) {
                break;
            }
        }
        return out;
    }

    /** Whether the position lies inside a pair of round brackets closing within the sentence. */
    private static boolean inBrackets(String text, int from, int at) {
        int open = -1;
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                return false;
            }
            if (c == '(') {
                open = i;
                break;
            }
        }
        if (open < 0 || at - open > 80) {
            return false;
        }
        for (int i = at; i < Math.min(text.length(), open + 120); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '。' || c == '\n') {
                return false;
            }
            if (c == ')') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '。' || c == ';' || c == '!' || c == '?' || c == '\n') {
            return true;
        }
        return c == '.' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1)));
    }

    /** Where the sentence holding {@code at} begins; a sentence is read back at most {@value #SENTENCE_MAX} characters. */
    private static int sentenceStart(String text, int at, int floor) {
        int limit = Math.max(floor, at - SENTENCE_MAX);
        for (int i = at - 1; i >= limit; i--) {
            if (isSentenceEnd(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(String text, int at, int ceiling) {
        int limit = Math.min(ceiling, Math.max(0, at) + SENTENCE_MAX);
        for (int i = Math.max(0, at); i < limit; i++) {
            if (isSentenceEnd(text, i)) {
                return i;
            }
        }
        return limit;
    }

    private static int lastDigitEnd(String text, int from, int at) {
        for (int i = at - 1; i >= from; i--) {
            if (Character.isDigit(text.charAt(i)) && i + 1 < at) {
                // the end of the number before: the % of this one belongs to the words after it
                return i + 1;
            }
        }
        return from;
    }
}
