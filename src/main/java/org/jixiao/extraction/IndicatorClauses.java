package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Target;

/**
 * Indicators a report tells in sentences rather than in a table, where a sentence pairs a name with its target and
 * its actual value: 有需求的困难残疾人得到残疾人基本康复服务比例年初指标值为不低于85%，全年实际完成值100%; 资助接受托养服务
 * 人次数年初指标值为不低于105人，全年实际完成值116人; 每月中旬发放指标为100%实际完成值为100%. The levels are those the
 * sentence's lead names (产出数量指标：第一，…; 3.时效指标。…), else inferred from the name and the unit
 * ({@link IndicatorLevels#infer}). A sentence naming only an actual, or a target with no name before it, is no
 * indicator here.
 */
final class IndicatorClauses {

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern ONE_CLAUSE = Pattern.compile("[^。;\\n]*");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern TABLE_WORD = Pattern.compile(".*(?:指标|实际|得分|分值).*");

    private static final Pattern TARGET_LABEL = Pattern.compile(
            "(?:年初|年度|全年|预期|计划)(?:绩效)?(?:指标值|目标值|指标)(?:为|是|:)?|(?:绩效)?(?:指标值|目标值)(?:为|是|:)?|指标(?:为|是)");
    private static final Pattern ACTUAL_LABEL = Pattern.compile(
            "(?:全年|年度|年底|年末)?实际(?:完成值|完成数|完成|值|达到)(?:为|是|:|达到|达)?");
    private static final Pattern LEVEL_PHRASE = Pattern.compile(
            "(?:产出|效益|效果|满意度)(?:数量|质量|时效|成本)?指标|(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标");
    private static final Pattern NAME_LEAD = Pattern.compile(
            "^(?:\\d{1,2}[.、]|\\(\\d{1,2}\\)|[一二三四五六七八九十]{1,3}[、是]|\\([一二三四五六七八九十]{1,3}\\)|第[一二三四五六七八九十]{1,3}[，,、:]?)?"
                    + "(?:(?:产出|效益|效果|满意度)?(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)?指标[:。.]?)?"
                    + "(?:第[一二三四五六七八九十]{1,3}[，,、:]?)?(?:其中[:，,]?)?");
    /** What a table's header or a score's words hold, never an indicator's name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("指标|分值|得分|权重|\\|\\(\\d|\\d分\\)");
    private static final Pattern VALUE = Pattern.compile(
            "^(?:不低于|不少于|不高于|不超过|大于等于|小于等于|大于|小于|达到|≥|≤|>=|<=|>|<|=)?\\d+(?:\\.\\d+)?(?:"
                    + IndicatorSentences.UNITS + ")?(?:以上|以下|及以上|及以下|以内)?");

    private IndicatorClauses() {
    }

    /** The indicators the prose states in sentences, in its order. */
    static List<StatedReport.Measure> read(Outline outline) {
        Prose prose = outline.prose();
        String text = prose.text();
        List<StatedReport.Measure> measures = new ArrayList<>();
        Matcher target = TARGET_LABEL.matcher(text);
        int previousEnd = 0;
        while (target.find()) {
            int labelStart = target.start();
            int nameStart = Math.max(previousEnd, clauseStart(text, labelStart));
            int nameEnd = labelStart;
            if (nameStart == labelStart && nameStart > 0 && ",，".indexOf(text.charAt(nameStart - 1)) >= 0) {
                // the name a clause of its own before the label: 项目完成及时率，年初目标值100%，实际完成值100%
                nameEnd = nameStart - 1;
                nameStart = Math.max(previousEnd, clauseStart(text, nameEnd));
                if (HAS_DIGIT.matcher(text.substring(nameStart, nameEnd)).matches()) {
                    continue; // a clause with figures of its own is no name
                }
            }
            String name = text.substring(nameStart, nameEnd);
            Matcher lead = NAME_LEAD.matcher(name);
            if (lead.lookingAt()) {
                nameStart += lead.end();
            }
            if (nameEnd - nameStart < 2 || nameEnd - nameStart > 30
                    || NOT_A_NAME.matcher(text.substring(nameStart, nameEnd)).find()) {
                continue;
            }
            Matcher actual = ACTUAL_LABEL.matcher(text);
            actual.region(target.end(), Math.min(text.length(), target.end() + 60));
            int clauseEnd = clauseEnd(text, target.end());
            int targetEnd = clauseEnd;
            boolean hasActual = actual.find() && actual.start() <= clauseEnd + 1
                    && ONE_CLAUSE.matcher(text.substring(target.end(), actual.start())).matches();
            if (hasActual) {
                targetEnd = Math.min(targetEnd, actual.start());
            }
            int[] targetSpan = value(text, target.end(), targetEnd);
            if (targetSpan == null) {
                continue;
            }
            int[] actualSpan = hasActual ? value(text, actual.end(), clauseEnd(text, actual.end())) : null;
            if (!figure(text, targetSpan) && actualSpan == null) {
                continue; // a target in words with nothing done beside it is no indicator one can tell
            }
            StatedReport.Measure m = new StatedReport.Measure();
            m.name = prose.value(nameStart, nameEnd);
            if (m.name == null) {
                continue;
            }
            m.annual = target(prose, targetSpan);
            m.actual = actualSpan == null ? null : target(prose, actualSpan);
            if (m.annual == null) {
                continue;
            }
            levels(outline, m, nameStart);
            measures.add(m);
            previousEnd = actualSpan != null ? actualSpan[1] : targetSpan[1];
            target.region(previousEnd, text.length());
        }
        return measures;
    }

    /**
     * Targets listed after their level, as a 绩效目标设定 part lists them: 质量指标:项目验收合格率100%;
     * 社会效益指标:受益人数≥27人;集中供水率≥98%. Each item ends in its target, a figure with its comparator and unit;
     * the name is the words before it. An item that ends in words states no target here and is left out. Such a list
     * sets targets; an item gives an actual value only where a clause of its own after the target says 实际 (布防飞机
     * 数量≥6架,实际布防6架).
     */
    static List<StatedReport.Measure> levelledTargets(Outline outline) {
        Prose prose = outline.prose();
        String text = prose.text();
        List<StatedReport.Measure> measures = new ArrayList<>();
        Matcher label = LEVEL_LABEL.matcher(text);
        while (label.find()) {
            String phrase = label.group(1);
            IndicatorSubcategory level2 = IndicatorLevels.subcategory(phrase);
            IndicatorCategory level1 = level2 != null ? level2.category() : IndicatorLevels.category(phrase);
            int end = label.end();
            while (end < text.length() && "。\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            Matcher next = LEVEL_LABEL.matcher(text);
            next.region(label.end(), end);
            if (next.find()) {
                end = next.start(); // the next level's label on the same line
            }
            int from = label.end();
            for (int i = label.end(); i <= end; i++) {
                if (i == end || ";；".indexOf(text.charAt(i)) >= 0) {
                    StatedReport.Measure m = listed(prose, from, i);
                    if (m != null) {
                        m.level1 = level1 == null ? null : prose.valueAt(level1, label.start(1), label.end(1));
                        m.level2 = level2 == null ? null : prose.valueAt(level2, label.start(1), label.end(1));
                        m.levelInferred = false;
                        measures.add(m);
                    }
                    from = i + 1;
                }
            }
        }
        return measures;
    }

    /** One listed item: its name and the target that ends it, or null where it ends in no figure. */
    private static StatedReport.Measure listed(Prose prose, int from, int to) {
        Matcher item = LISTED.matcher(prose.text());
        item.region(from, to);
        Matcher actual = null;
        if (!item.matches()) {
            // the target, then what was done in a clause of its own: 飞机飞行时长≥928小时,实际飞行时长909.93小时
            Matcher tail = ACTUAL_TAIL.matcher(prose.text());
            tail.region(from, to);
            if (!tail.find() || tail.end() != to) {
                return null;
            }
            item.region(from, tail.start());
            if (!item.matches()) {
                return null;
            }
            actual = tail;
            to = tail.start();
        }
        if (NOT_A_NAME.matcher(item.group(1)).find()) {
            return null;
        }
        StatedReport.Measure m = new StatedReport.Measure();
        m.name = prose.value(item.start(1), item.end(1));
        // a comparator printed twice (≥≥98%) is one
        String wording = prose.original(item.start(2), to).replaceAll("^([≥≤])\\1+", "$1");
        Target target = Target.parse(wording);
        if (m.name == null || target == null || target.value() == null) {
            return null;
        }
        m.annual = prose.valueAt(target, item.start(2), to);
        if (actual != null) {
            Target done = Target.parse(prose.original(actual.start(1), actual.end(1)));
            m.actual = done == null || done.value() == null ? null : prose.valueAt(done, actual.start(1), actual.end(1));
        }
        return m;
    }

    private static final Pattern LEVEL_LABEL = Pattern.compile("(?<=^|\n|[。;；])(?:\\d{1,2}[.、]|\\(\\d{1,2}\\))?"
            + "((?:产出|效益|效果|满意度)?(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标)[:：]");
    private static final Pattern LISTED = Pattern.compile("(\\p{IsHan}[^:：;；,，。]{1,29}?)((?:不低于|不少于|不高于|不超过|≥+|≤+|>=|<=|>|<|=)?"
            + "\\d+(?:\\.\\d+)?(?:" + IndicatorSentences.UNITS + ")?(?:以上|以下|及以上|及以下|以内)?)");

    /** An actual value after a listed target: ,实际布防6架, ，全年实际完成98%. */
    private static final Pattern ACTUAL_TAIL = Pattern.compile("[,，]\\s*(?:全年|年度|年末)?实际[\\p{IsHan}]{0,8}?(?:为|是|:|达到|达)?"
            + "(\\d+(?:\\.\\d+)?(?:" + IndicatorSentences.UNITS + ")?)");

    private static boolean figure(String text, int[] span) {
        return HAS_DIGIT.matcher(text.substring(span[0], span[1])).matches();
    }

    /** The value's span: a figure with its comparator and unit, else the words up to the clause's end. */
    private static int[] value(String text, int from, int to) {
        int start = from;
        while (start < to && "为是:".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        if (start >= to) {
            return null;
        }
        Matcher figure = VALUE.matcher(text);
        figure.region(start, to);
        if (figure.lookingAt() && figure.end() > start) {
            // a date goes on past its year: 2023年12月底
            return new int[] {start, to - figure.end() <= 6 ? to : figure.end()};
        }
        int end = to;
        String words = text.substring(start, end);
        if (end - start > 16 || words.startsWith("(") || TABLE_WORD.matcher(words).matches()) {
            return null;
        }
        return new int[] {start, end};
    }

    private static Value<Target> target(Prose prose, int[] span) {
        String wording = prose.original(span[0], span[1]);
        Target target = wording.isBlank() ? null : Target.parse(wording);
        return target == null ? null : prose.valueAt(target, span[0], span[1]);
    }

    /** The levels the sentence's lead or heading names, else inferred. */
    private static void levels(Outline outline, StatedReport.Measure m, int nameStart) {
        Prose prose = outline.prose();
        String text = prose.text();
        int from = Math.max(prose.paragraphStart(nameStart), nameStart - 200);
        String phrase = null;
        Matcher level = LEVEL_PHRASE.matcher(text);
        level.region(from, nameStart);
        int at = -1;
        while (level.find()) {
            phrase = level.group();
            at = level.start();
        }
        if (phrase == null) {
            Outline.Heading h = outline.enclosing(nameStart);
            if (h != null && h.kind() == Outline.Kind.INDICATORS) {
                String title = text.substring(h.titleStart(), h.titleEnd());
                Matcher inTitle = LEVEL_PHRASE.matcher(title);
                if (inTitle.find()) {
                    phrase = inTitle.group();
                    at = h.titleStart() + inTitle.start();
                }
            }
        }
        String name = m.name.value();
        String unit = IndicatorSentences.unitOf(Value.get(m.annual), Value.get(m.actual));
        IndicatorCategory level1 = phrase == null ? null : IndicatorLevels.category(phrase);
        IndicatorSubcategory level2 = phrase == null ? null : IndicatorLevels.subcategory(phrase);
        if (level2 != null) {
            IndicatorCategory category = level1 != null ? level1 : level2.category();
            m.level1 = prose.valueAt(category, at, at + phrase.length());
            m.level2 = prose.valueAt(level2, at, at + phrase.length());
            m.levelInferred = false;
            return;
        }
        IndicatorLevels.Levels inferred = IndicatorLevels.infer(name, unit);
        if (level1 != null) {
            m.level1 = prose.valueAt(level1, at, at + phrase.length());
            if (inferred.level2() != null && inferred.level2().fits(level1)) {
                m.level2 = Value.of(inferred.level2(), -1, -1);
                m.levelInferred = true;
            }
            return;
        }
        if (inferred.level1() != null) {
            m.level1 = Value.of(inferred.level1(), -1, -1);
            m.level2 = Value.of(inferred.level2(), -1, -1);
            m.levelInferred = true;
        }
    }

    private static int clauseStart(String text, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 80); i--) {
            if ("。;:，,\n".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return Math.max(0, at - 80);
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < Math.min(text.length(), from + 80); i++) {
            if ("。;，,\n".indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return Math.min(text.length(), from + 80);
    }
}
