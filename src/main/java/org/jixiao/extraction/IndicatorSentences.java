package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Decimals;
import org.jixiao.document.Indicator;
import org.jixiao.document.Target;

/**
 * 指标完成情况 written as sentences: "一是案件办结率：实施周期指标值 98%以上，年度指标值 100%，完成绩效目标；" or with
 * the actual value after the name ("召开会议次数 1次，实施周期指标值 1次…", "达标率达 100%") or labelled
 * (实际完成值 93%), the verdict (完成/未完成绩效目标) and a reason for a shortfall (偏差原因：…).
 */
final class IndicatorSentences {

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern CLAUSE_END = Pattern.compile("[；;。]");

    private static final Pattern CYCLE = Pattern.compile("实施周期指标值|实施周期目标值|周期指标值");
    private static final Pattern ANNUAL = Pattern.compile("年度指标值|年度目标值|年度指标|年度目标");
    private static final Pattern ACTUAL = Pattern.compile("实际完成值|实际完成数|实际完成|实际值|完成值");
    private static final Pattern VALUE_LEAD = Pattern.compile("^(?:为|是|[:：])*");
    static final String UNITS = "%|‰|[万亿千]?(?:人次|户次|场次|架次|公顷|立方米|个工作日|工作日|平方米|公里|千米|元|个|次|场|户|人|名|项|期|家|件|天|日|"
            + "小时|篇|所|份|套|台|处|条|本|部|册|宗|批|幅|吨|辆|周|个月|月|年|亩|分钟|课时|学时|张|间|座|棵|株|只|头|班|届|支|组|例|起|米|分|架|艘|栋|盏|眼)";
    private static final Pattern HEAD_ACTUAL = Pattern.compile(
            "^(.*?)(?:[:：]|达到|达|为|完成)?(\\d+(?:\\.\\d+)?(?:" + UNITS + ")(?:以上|以下|左右)?)$");
    private static final Pattern NOT_MET = Pattern.compile("未完成|未达到|未达成|未实现|没有完成|部分完成|基本完成|部分达成|基本达成|未能完成");
    private static final Pattern MET = Pattern.compile("完成绩效目标|已完成|完成目标|达到目标|已达到|达成|实现目标|完成年度目标|已实现|完成");
    /** The evaluator's rating of a qualitative indicator: 评分比例80%. */
    private static final Pattern RATING = Pattern.compile("评分比例(?:为|[:：])?(\\d+(?:\\.\\d+)?)%");
    private static final Pattern REASON = Pattern.compile(
            "(?:偏差原因(?:分析)?(?:及改进措施)?|未完成(?:的)?原因|主要原因|原因(?:分析)?)(?:是|为|[:：])*");

    private IndicatorSentences() {
    }

    static List<Indicator> read(String text) {
        List<Indicator> indicators = new ArrayList<>();
        for (String item : items(text)) {
            Indicator indicator = indicator(Chars.parseView(item));
            if (indicator != null) {
                indicators.add(indicator);
            }
        }
        return indicators;
    }

    private static List<String> items(String text) {
        List<String> numbered = NumberedItems.texts(text);
        if (numbered.size() > 1 || NumberedItems.find(text, p -> false).size() == 1) {
            return numbered;
        }
        List<String> clauses = new ArrayList<>();
        for (String clause : CLAUSE_END.split(text)) {
            if (!clause.isBlank()) {
                clauses.add(clause);
            }
        }
        return clauses;
    }

    /** One indicator from its sentence, or null if the sentence states no target. */
    static Indicator indicator(String item) {
        if (item.contains("三级指标") || item.contains("一级指标")) {
            return null; // the header of an indicator table, which this reader does not read
        }
        Matcher cycle = CYCLE.matcher(item);
        Matcher annual = ANNUAL.matcher(item);
        Matcher actual = ACTUAL.matcher(item);
        int cycleAt = cycle.find() ? cycle.start() : -1;
        int annualAt = annual.find() ? annual.start() : -1;
        int actualAt = actual.find() ? actual.start() : -1;
        if (cycleAt < 0 && annualAt < 0) {
            return null;
        }
        int headEnd = min(cycleAt, annualAt, actualAt);
        int[] labels = {cycleAt, annualAt, actualAt};
        int[] labelEnds = {cycleAt < 0 ? -1 : cycle.end(), annualAt < 0 ? -1 : annual.end(), actualAt < 0 ? -1 : actual.end()};
        String[] values = new String[3];
        StringBuilder said = new StringBuilder(item); // the item with its labels and values blanked: what else it says
        int tailStart = headEnd;
        for (int i = 0; i < 3; i++) {
            if (labels[i] < 0) {
                continue;
            }
            int end = valueEnd(item, labelEnds[i], labels);
            Matcher lead = VALUE_LEAD.matcher(item);
            lead.region(labelEnds[i], end);
            int start = lead.lookingAt() ? lead.end() : labelEnds[i];
            values[i] = Chars.trimPunctuation(item.substring(start, end), "，,；;。：:");
            for (int k = labels[i]; k < end; k++) {
                said.setCharAt(k, ' ');
            }
            tailStart = Math.max(tailStart, end);
        }
        String head = Chars.trimPunctuation(item.substring(0, headEnd), "，,；;。：:");
        String name = head;
        Matcher headActual = HEAD_ACTUAL.matcher(head);
        if (values[2] == null && headActual.matches() && !headActual.group(1).isBlank()) {
            name = Chars.trimPunctuation(headActual.group(1), "，,；;。：:");
            values[2] = headActual.group(2);
        }
        String tail = item.substring(Math.min(tailStart, item.length()));
        Matcher reasonLabel = REASON.matcher(tail);
        int reasonAt = reasonLabel.find() ? tailStart + reasonLabel.start() : item.length();
        String beforeReason = item.substring(headEnd, Math.max(headEnd, reasonAt));
        // the verdict is what the sentence says besides its values (an actual may read 基本达成) and before its reason
        // (which may well say what was not completed)
        Boolean met = verdict(said.substring(headEnd, Math.max(headEnd, reasonAt)));
        Matcher rating = RATING.matcher(beforeReason);
        BigDecimal ratingValue = rating.find() ? Decimals.canonical(new BigDecimal(rating.group(1))) : null;
        String reason = reason(tail);
        Target cycleTarget = target(values[0]);
        Target annualTarget = target(values[1]);
        Target actualValue = target(values[2]);
        String unit = unitOf(annualTarget, cycleTarget, actualValue);
        IndicatorLevels.Levels levels = IndicatorLevels.infer(name, unit);
        return Indicator.builder().levels(levels.level1(), levels.level2(), levels.inferred())
                .name(name.isEmpty() ? null : name).cycleTarget(cycleTarget).annualTarget(annualTarget)
                .actual(actualValue).met(met).rating(ratingValue).deviationReason(reason).build();
    }

    static String unitOf(Target... targets) {
        for (Target target : targets) {
            if (target != null && target.unit() != null) {
                return target.unit();
            }
        }
        return null;
    }

    private static Target target(String text) {
        return text == null || text.isBlank() ? null : Target.parse(text);
    }

    private static int valueEnd(String item, int from, int[] labels) {
        int end = item.length();
        for (int label : labels) {
            if (label >= from && label < end) {
                end = label;
            }
        }
        for (int i = from; i < end; i++) {
            if ("，,；;。".indexOf(item.charAt(i)) >= 0) {
                return i;
            }
        }
        return end;
    }

    static Boolean verdict(String tail) {
        if (NOT_MET.matcher(tail).find()) {
            return false;
        }
        return MET.matcher(tail).find() ? true : null;
    }

    private static String reason(String tail) {
        Matcher m = REASON.matcher(tail);
        if (!m.find()) {
            return null;
        }
        String reason = Chars.trimPunctuation(tail.substring(m.end()), "，,；;。：:");
        return reason.isEmpty() ? null : reason;
    }

    private static int min(int... positions) {
        int min = Integer.MAX_VALUE;
        for (int p : positions) {
            if (p >= 0 && p < min) {
                min = p;
            }
        }
        return min;
    }
}
