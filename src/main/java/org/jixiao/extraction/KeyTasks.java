package org.jixiao.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;

/**
 * 重点工作任务, mentioned twice in a report: planned under 一（四） (name and 期望达到的目标) and analysed under
 * 二（二） (支出完成情况, 目标实际完成情况及主要成效, 指标完成情况). The two mentions are merged by name, where one
 * of them may carry a trailing 项目 or 专项经费项目 that the other does not.
 */
final class KeyTasks {

    // compiled once: String.matches, replaceAll and split compile their regex at each call
    private static final Pattern MARKS = Pattern.compile("[\\p{P}\\p{S}]");

    private static final Pattern GOAL_LABEL = Pattern.compile(
            "(?:期望达到的目标|预期达到的目标|期望达到目标|预期目标|期望目标|年度目标|绩效目标|目标)[:：]");
    // the spending labels tried only where their first characters stand (预算, 支出, 资金; 年度, 全年)
    private static final FirstChars SPENDING = new FirstChars("预支资",
            "(?:预算)?(?:支出|资金使用|资金支出|预算执行|资金执行)(?:完成)?情况[:：]|预算执行[:：]");
    private static final FirstChars SPENDING_FALLBACK = new FirstChars("年全", "年度支出预算数|年度预算数|全年预算数");
    private static final Pattern OUTCOME = Pattern.compile(
            "(?:目标)?实际完成情况(?:及|和)?(?:主要)?(?:成效)?[:：]?|(?:取得的)?主要成效[:：]|完成情况及成效[:：]?");
    private static final Pattern INDICATORS = Pattern.compile("(?:绩效)?指标(?:的)?完成情况(?:如下)?[:：]?");
    /** 项目负责人 in a paragraph of its own (up to the next label) or, inside a sentence, a name of 2 to 4 characters. */
    private static final Pattern LEADER = Pattern.compile("项目负责人(?:为|是|[:：])([^。；;，,：:]+)");
    private static final Pattern LEADER_IN_SENTENCE = Pattern.compile("项目负责人(?:为|是|[:：])?([\\p{IsHan}]{2,4})");
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?:专项经费项目|专项资金项目|经费项目|资金项目|项目)$");

    static final String TASK_BUDGET = "年度支出预算数|年度预算数|全年预算数|调整后预算数|预算安排数|预算金额|(?<!年初)预算数|年度预算";
    static final String TASK_EXECUTED = "预算完成数|全年执行数|执行数|实际支出(?:数|金额)?|支出数|实际完成数|决算数|完成数";

    private KeyTasks() {
    }

    /** The planned tasks: name and expected goal. */
    static List<KeyTask> planned(String sectionText) {
        List<KeyTask> tasks = new ArrayList<>();
        for (String item : NumberedItems.texts(sectionText)) {
            Matcher goal = GOAL_LABEL.matcher(item);
            String name;
            String expected = null;
            if (goal.find()) {
                name = item.substring(0, goal.start());
                expected = item.substring(goal.end()).strip();
            } else {
                int stop = firstOf(item, "。：:；");
                name = stop < 0 ? item : item.substring(0, stop);
                expected = stop < 0 ? null : Chars.trimPunctuation(item.substring(stop + 1), "").strip();
            }
            name = Chars.trimPunctuation(name, "。：:，,；;");
            if (!name.isEmpty() && !Unfilled.is(name)) {
                tasks.add(new KeyTask(name, Unfilled.orNull(blankToNull(expected)), null, null, null, null, null, List.of(), null));
            }
        }
        return tasks;
    }

    /** The analysed tasks: each begins with its number on a line of its own, before its 支出完成情况. */
    static List<KeyTask> analysed(ReportText text, int from, int to) {
        return analysed(text, from, to, List.of());
    }

    /**
     * The analysed tasks, each with the indicator table that stands in its part of the text, where there is one
     * (the k-th table stands at the k-th 三级指标 of the text; its text is cut from the task's outcome).
     */
    static List<KeyTask> analysed(ReportText text, int from, int to, List<IndicatorTables.Table> tables) {
        String flow = text.flow();
        List<Integer> anchors = anchors(flow.substring(from, to), from);
        List<int[]> blocks = new ArrayList<>(); // block start, name start, anchor
        int limit = from;
        int[] markerEnd = new int[1];
        for (int anchor : anchors) {
            int blockStart = -1;
            int nameStart = anchor;
            for (int p = limit; p < anchor; p = text.nextLineStart(p)) {
                if (text.isLineStart(p) && Numbering.at(flow, p, markerEnd) != null) {
                    blockStart = p;
                    nameStart = markerEnd[0];
                }
            }
            if (blockStart < 0) {
                blockStart = anchor;
            }
            blocks.add(new int[] {blockStart, nameStart, anchor});
            limit = anchor + 1;
        }
        // the k-th table stands where the k-th 三级(指标) header stands: found so even where the header wrapped
        List<Integer> tablePositions = new ArrayList<>();
        for (int at = flow.indexOf("三级"); at >= 0 && tablePositions.size() < tables.size(); at = flow.indexOf("三级", at + 1)) {
            tablePositions.add(at);
        }
        List<KeyTask> tasks = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            int[] b = blocks.get(i);
            int end = i + 1 < blocks.size() ? blocks.get(i + 1)[0] : to;
            if (b[2] >= end) {
                continue;
            }
            String name = Chars.trimPunctuation(flow.substring(b[1], Math.max(b[1], b[2])), "。：:，,；;");
            String block = flow.substring(b[2], end);
            // the task's table, and its rest where it breaks across pages under its heads repeated
            List<Indicator> rows = new ArrayList<>();
            List<Boolean> stated = new ArrayList<>();
            int tableAt = -1;
            for (int t = 0; t < tables.size() && t < tablePositions.size(); t++) {
                int at = tablePositions.get(t);
                if (at >= b[2] && at < end) {
                    rows.addAll(tables.get(t).indicators());
                    stated.addAll(tables.get(t).levelsStated());
                    if (tableAt < 0) { // where the first heads stand, even heads left alone at the foot of a page
                        int lineStart = at;
                        while (lineStart > b[2] && !text.isLineStart(lineStart)) {
                            lineStart--;
                        }
                        tableAt = lineStart - b[2]; // the table's header row begins its line
                    }
                }
            }
            KeyTask task = task(name.isEmpty() ? null : name, tableAt < 0 ? block : block.substring(0, tableAt));
            if (!rows.isEmpty()) {
                task = task.withIndicators(IndicatorMerge.of(rows, stated, task.indicators()));
            }
            tasks.add(task);
        }
        return tasks;
    }

    private static List<Integer> anchors(String section, int offset) {
        List<Integer> anchors = new ArrayList<>();
        Matcher m = SPENDING.matcher(section);
        for (int at = 0; SPENDING.find(m, section, at); at = m.end()) {
            anchors.add(offset + m.start());
        }
        if (anchors.isEmpty()) {
            m = SPENDING_FALLBACK.matcher(section);
            for (int at = 0; SPENDING_FALLBACK.find(m, section, at); at = m.end()) {
                anchors.add(offset + m.start());
            }
        }
        return anchors;
    }

    /** One analysed task from its block, which begins at its 支出完成情况. */
    private static KeyTask task(String name, String block) {
        Matcher outcome = OUTCOME.matcher(block);
        int outcomeStart = outcome.find() ? outcome.start() : -1;
        Matcher indicators = INDICATORS.matcher(block);
        int indicatorsStart = indicators.find(Math.max(0, outcomeStart)) ? indicators.start() : -1;
        int spendingEnd = outcomeStart >= 0 ? outcomeStart : indicatorsStart >= 0 ? indicatorsStart : block.length();
        String spending = Chars.parseView(block.substring(0, spendingEnd));
        Amounts.Unit unit = Amounts.declaredUnit(spending);
        BigDecimal budget = Amounts.money(spending, TASK_BUDGET, unit);
        BigDecimal executed = Amounts.money(spending, TASK_EXECUTED, unit);
        BigDecimal rate = Amounts.rate(spending, FundsReader.RATE);
        String outcomeText = null;
        if (outcomeStart >= 0) {
            int outcomeEnd = indicatorsStart >= 0 ? indicatorsStart : block.length();
            outcomeText = Unfilled.orNull(blankToNull(block.substring(outcome.end(), outcomeEnd).strip()));
        }
        List<Indicator> list = indicatorsStart >= 0 ? IndicatorSentences.read(block.substring(indicators.end()))
                : List.of();
        Matcher leader = LEADER.matcher(block);
        leader.region(0, spendingEnd); // between the spending and the outcome: its own paragraph
        String leaderName = null;
        if (leader.find()) {
            leaderName = Unfilled.orNull(leader.group(1).strip());
        } else {
            Matcher inSentence = LEADER_IN_SENTENCE.matcher(block);
            leaderName = inSentence.find() ? inSentence.group(1) : null;
        }
        return new KeyTask(name, null, budget, executed, rate, outcomeText, leaderName, list, null);
    }

    /** Planned and analysed tasks merged by name, in the plan's order, then those only analysed. */
    static List<KeyTask> merge(List<KeyTask> planned, List<KeyTask> analysed) {
        Map<String, KeyTask> merged = new LinkedHashMap<>();
        List<KeyTask> unmatched = new ArrayList<>(analysed);
        for (KeyTask plan : planned) {
            KeyTask match = null;
            for (KeyTask done : unmatched) {
                if (done.name() != null && key(done.name()).equals(key(plan.name()))) {
                    match = done;
                    break;
                }
            }
            if (match == null) {
                merged.put(plan.name() + "#" + merged.size(), plan);
                continue;
            }
            unmatched.remove(match);
            String name = match.name().length() < plan.name().length() ? match.name() : plan.name();
            merged.put(name + "#" + merged.size(), new KeyTask(name, plan.expectedGoal(), match.budget(), match.executed(),
                    match.executionRate(), match.outcome(), match.leader() != null ? match.leader() : plan.leader(),
                    match.indicators(), null));
        }
        List<KeyTask> tasks = new ArrayList<>(merged.values());
        tasks.addAll(unmatched);
        return tasks;
    }

    /** The name without a trailing 项目 or 专项经费项目 and without punctuation or spaces, for matching. */
    static String key(String name) {
        String compact = MARKS.matcher(Chars.parseView(name)).replaceAll("");
        return NAME_SUFFIX.matcher(compact).replaceFirst("");
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
