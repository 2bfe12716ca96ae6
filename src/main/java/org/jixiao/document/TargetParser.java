package org.jixiao.document;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the wording of a target or an actual value (98%以上, ≧95％, 不超过1.5万元, 30余场, 达到预期) into
 * comparator, value and unit. Tolerates what PDF extraction leaves behind: full-width digits and signs,
 * spaces inside numbers, thousands separators.
 */
final class TargetParser {

    /** Longer words first, so that 不低于 wins over 低于 and 大于等于 over 大于. */
    private static final List<Map.Entry<String, Comparison>> PREFIX_WORDS = List.of(
            Map.entry(">=", Comparison.AT_LEAST), Map.entry("≥", Comparison.AT_LEAST),
            Map.entry("<=", Comparison.AT_MOST), Map.entry("≤", Comparison.AT_MOST),
            Map.entry("大于或等于", Comparison.AT_LEAST), Map.entry("大于等于", Comparison.AT_LEAST),
            Map.entry("高于或等于", Comparison.AT_LEAST), Map.entry("高于等于", Comparison.AT_LEAST),
            Map.entry("小于或等于", Comparison.AT_MOST), Map.entry("小于等于", Comparison.AT_MOST),
            Map.entry("低于或等于", Comparison.AT_MOST), Map.entry("低于等于", Comparison.AT_MOST),
            Map.entry("不得低于", Comparison.AT_LEAST), Map.entry("不得少于", Comparison.AT_LEAST),
            Map.entry("不得超过", Comparison.AT_MOST), Map.entry("不得高于", Comparison.AT_MOST),
            Map.entry("不低于", Comparison.AT_LEAST), Map.entry("不少于", Comparison.AT_LEAST),
            Map.entry("不小于", Comparison.AT_LEAST), Map.entry("不超过", Comparison.AT_MOST),
            Map.entry("不高于", Comparison.AT_MOST), Map.entry("不大于", Comparison.AT_MOST),
            Map.entry("不多于", Comparison.AT_MOST), Map.entry("未超过", Comparison.AT_MOST),
            Map.entry("控制在", Comparison.AT_MOST), Map.entry("至多", Comparison.AT_MOST),
            Map.entry("最多", Comparison.AT_MOST), Map.entry("至少", Comparison.AT_LEAST),
            Map.entry("达到", Comparison.AT_LEAST), Map.entry("大于", Comparison.MORE_THAN),
            Map.entry("高于", Comparison.MORE_THAN), Map.entry("超过", Comparison.MORE_THAN),
            Map.entry("多于", Comparison.MORE_THAN), Map.entry("小于", Comparison.LESS_THAN),
            Map.entry("低于", Comparison.LESS_THAN), Map.entry("少于", Comparison.LESS_THAN),
            Map.entry(">", Comparison.MORE_THAN), Map.entry("<", Comparison.LESS_THAN),
            Map.entry("=", Comparison.EQUAL), Map.entry("等于", Comparison.EQUAL),
            Map.entry("达", Comparison.AT_LEAST));

    private static final List<Map.Entry<String, Comparison>> SUFFIX_WORDS = List.of(
            Map.entry("及以上", Comparison.AT_LEAST), Map.entry("或以上", Comparison.AT_LEAST),
            Map.entry("以上", Comparison.AT_LEAST), Map.entry("及以下", Comparison.AT_MOST),
            Map.entry("或以下", Comparison.AT_MOST), Map.entry("以下", Comparison.AT_MOST),
            Map.entry("以内", Comparison.AT_MOST), Map.entry("之内", Comparison.AT_MOST),
            Map.entry("内", Comparison.AT_MOST), Map.entry("左右", Comparison.EQUAL),
            Map.entry("+", Comparison.AT_LEAST));

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])-?\\d+(?:\\.\\d+)?");
    private static final Pattern RANGE_TAIL = Pattern.compile("^[%]?[-~～至到]\\d+(?:\\.\\d+)?");
    private static final Pattern DEADLINE = Pattern.compile("\\d{4}年|\\d{1,2}月(?:底|末|份|中旬|上旬|下旬|\\d{1,2}日)|\\d{1,2}月前");
    /** Compiled once: String.replaceAll compiles its regex at each call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern CHINESE_COUNT = Pattern.compile(
            "^(.*?)([零〇一二两三四五六七八九十百千]+)(余|多)?(人次|户次|场次|个工作日|工作日|个月|课时|小时|次|场|个|项|期|批|篇|家|户|人|名|件|所|份|套|台|处|条|本|部|册|天|日|周|月|年|季度|轮|届)(.*)$");
    /** What may follow a count in words: nothing, a comparator word, a period (一次/年) or a remark in brackets. */
    private static final Pattern COUNT_TAIL = Pattern.compile("^(|及以上|或以上|以上|以下|以内|内|左右|/.*|[（(,，].*)$");
    private static final Pattern ZERO_WORD = Pattern.compile("^零[\\p{IsHan}]+$");
    private static final Pattern UNIT_STOP = Pattern.compile("[,，。；;（(）)、:：\"“”]");

    private TargetParser() {
    }

    static Target parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = normalize(text);
        if (s.isEmpty() || DEADLINE.matcher(s).find()) {
            return qualitative(text);
        }
        Matcher number = NUMBER.matcher(s);
        if (number.find()) {
            return fromNumber(text, s, number);
        }
        Target chinese = fromChineseCount(text, s);
        return chinese != null ? chinese : qualitative(text);
    }

    /** Half-width digits and signs, no whitespace, no thousands separators. */
    static String normalize(String text) {
        String s = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('≧', '≥').replace('⩾', '≥').replace('≦', '≤').replace('⩽', '≤')
                .replace('～', '~').replace('—', '-').replace('–', '-').replace('－', '-')).replaceAll("");
        return THOUSANDS.matcher(s).replaceAll("");
    }

    private static Target fromNumber(String text, String s, Matcher number) {
        String prefix = s.substring(0, number.start());
        String suffix = s.substring(number.end());
        BigDecimal value = new BigDecimal(number.group());
        Comparison comparison = prefixComparison(prefix);
        Matcher range = RANGE_TAIL.matcher(suffix);
        if (range.find()) {
            // 95%-100%: the lower bound is the target to reach.
            suffix = suffix.substring(range.end());
            comparison = Comparison.AT_LEAST;
        }
        boolean approximatelyMore = suffix.startsWith("余") || suffix.startsWith("多");
        if (approximatelyMore) {
            suffix = suffix.substring(1);
        }
        String unit = unitOf(suffix);
        Comparison fromSuffix = suffixComparison(suffix.substring(unit == null ? 0 : unit.length()));
        if (comparison == null) {
            comparison = fromSuffix != null ? fromSuffix : approximatelyMore ? Comparison.AT_LEAST : Comparison.EQUAL;
        }
        return new Target(text, comparison, value, unit, null);
    }

    private static Target fromChineseCount(String text, String s) {
        Matcher m = CHINESE_COUNT.matcher(s);
        if (m.matches() && COUNT_TAIL.matcher(m.group(5)).matches()) {
            Long n = ChineseNumerals.parse(m.group(2));
            if (n != null) {
                Comparison comparison = prefixComparison(m.group(1));
                if (comparison == null) {
                    Comparison fromSuffix = suffixComparison(m.group(5));
                    comparison = fromSuffix != null ? fromSuffix : m.group(3) != null ? Comparison.AT_LEAST : Comparison.EQUAL;
                }
                return new Target(text, comparison, BigDecimal.valueOf(n), m.group(4), null);
            }
        }
        if (ZERO_WORD.matcher(s).matches()) {
            // 零投诉, 零事故: none at all.
            return new Target(text, Comparison.EQUAL, BigDecimal.ZERO, null, null);
        }
        return null;
    }

    private static Target qualitative(String text) {
        return new Target(text, Comparison.QUALITATIVE, null, null, null);
    }

    private static Comparison prefixComparison(String prefix) {
        for (Map.Entry<String, Comparison> word : PREFIX_WORDS) {
            if (prefix.contains(word.getKey())) {
                return word.getValue();
            }
        }
        return null;
    }

    private static Comparison suffixComparison(String rest) {
        for (Map.Entry<String, Comparison> word : SUFFIX_WORDS) {
            if (rest.startsWith(word.getKey()) || rest.contains(word.getKey())) {
                return word.getValue();
            }
        }
        return null;
    }

    /** The unit as written after the number (%, 次, 万元, 万人次, 次/年), without comparator words. */
    private static String unitOf(String suffix) {
        if (suffix.startsWith("%") || suffix.startsWith("‰")) {
            return suffix.substring(0, 1);
        }
        Matcher stop = UNIT_STOP.matcher(suffix);
        String unit = stop.find() ? suffix.substring(0, stop.start()) : suffix;
        for (Map.Entry<String, Comparison> word : SUFFIX_WORDS) {
            int at = unit.indexOf(word.getKey());
            if (at >= 0) {
                unit = unit.substring(0, at);
            }
        }
        return unit.isEmpty() ? null : measureWord(unit);
    }

    /** Units that words may follow in a target's wording: 2次宣传 counts 次, 5家企业 counts 家. */
    private static final List<String> MEASURE_WORDS = Stream.of("人次", "户次", "场次", "万人次", "万人",
            "万元", "亿元", "万亩", "个工作日", "人/次", "万册",
            "平方米", "立方米", "平方公里", "公里", "个月", "工作日", "小时", "课时", "学时", "次", "场", "个", "户", "人", "名",
            "项", "件", "家", "所", "篇", "期", "批", "套", "台", "处", "条", "本", "部", "册", "天", "日", "周", "年", "吨",
            "辆", "亩", "座", "间", "张", "份", "元", "米", "株", "棵", "头", "只", "例", "起", "宗", "支", "班", "组", "类", "种")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    /** The unit a wording counts in, where words follow it (次宣传 → 次); a unit of its own words stays whole. */
    private static String measureWord(String unit) {
        if (unit.length() < 2 || Character.UnicodeScript.of(unit.charAt(unit.length() - 1)) != Character.UnicodeScript.HAN) {
            return unit;
        }
        for (String word : MEASURE_WORDS) {
            if (unit.equals(word)) {
                return unit;
            }
            if (unit.startsWith(word)) {
                String rest = unit.substring(word.length());
                // a unit per something (元/人, 次/年) or a wording of its own (百分比) is kept as written
                return rest.startsWith("/") || rest.startsWith("每") ? unit : word;
            }
        }
        return unit;
    }
}
