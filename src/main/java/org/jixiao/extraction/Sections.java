package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a 部门整体支出绩效自评报告, found by their headings. A heading starts a line and is either
 * numbered (一、 （一） 1. ...) and begins with a known title, or is a line of its own holding a known title
 * after a sentence or another heading ended (a wrapped line that happens to read 绩效目标。 is not a heading).
 * Titles are matched by meaning, not letter for letter: 部门职能, 主要职能 and 部门主要职责 are one section.
 * A numbered short line with an unknown title at the level of the current section or above ends it.
 */
final class Sections {

    enum Kind {
        HEAD, BASIC, FUNCTIONS, FUNDS, GOALS, TASKS, EVALUATION, CONCLUSION, TASK_ANALYSIS, ACHIEVEMENTS, PROBLEMS,
        MEASURES, OTHER
    }

    /** One section: its kind, heading level, and where its body begins and ends in the flow. */
    record Section(Kind kind, int level, int headingStart, int start, int end) {
    }

    private static final Map<Kind, Pattern> TITLES = new EnumMap<>(Kind.class);

    static {
        title(Kind.TASK_ANALYSIS, "(?:各|各项)?(?:部门)?(?:年度)?(?:重点|主要)工作任务.{0,10}?(?:完成|实现)情况(?:分析)?"
                + "|(?:各)?(?:重点)?(?:项目|任务)(?:支出)?绩效目标(?:完成|实现)情况(?:分析)?");
        title(Kind.CONCLUSION, "(?:自评|评价|综合)?(?:结论|总体评价|结论综述)(?:综述|概述)?");
        title(Kind.FUNCTIONS, "(?:部门|单位)?(?:主要)?(?:职能|职责)(?:职责|职能|情况|概况)?");
        title(Kind.FUNDS, "(?:部门|单位|项目)?(?:整体)?(?:年度)?(?:预算)?(?:收支|支出|预算执行|资金使用|资金)(?:预算)?(?:执行)?情况");
        title(Kind.GOALS, "(?:部门|单位)?(?:整体)?(?:支出)?(?:年度)?(?:整体)?(?:支出)?绩效目标(?!的?完成|实现|及|和)"
                + "|(?:项目)?(?:年度)?总体目标(?!的?完成|实现|及|和)");
        title(Kind.TASKS, "(?:部门|单位)?(?:年度)?(?:重点|主要)工作任务(?!.{0,10}?(?:完成|实现)情况)");
        title(Kind.ACHIEVEMENTS, "(?:取得的)?(?:主要)?(?:工作|绩效)?(?:成效|成绩|亮点)(?:及经验|和经验)?|主要绩效");
        title(Kind.PROBLEMS, "(?:存在的?)?(?:主要)?问题(?:及原因分析|及原因|和原因|和不足|及不足|与不足)?|存在的?(?:主要)?不足");
        title(Kind.MEASURES, "(?:下一步)?(?:的)?(?:工作)?(?:改进|整改|完善)(?:措施|意见|方向|建议|计划|举措)"
                + "|下一步(?:工作)?(?:计划|措施|打算|安排|方向)|(?:相关)?(?:意见|建议)(?:和|及)?(?:建议|措施)?");
        title(Kind.BASIC, "(?:部门|单位)?(?:基本情况|概况|总体情况)");
        title(Kind.EVALUATION, "(?:综合评价|评价分析|绩效自评|自评情况|综合分析)(?:分析|情况|结果)?"
                + "|(?:部门)?整体支出绩效(?:自评)?(?:情况|分析)");
        title(Kind.OTHER, "其他(?:需要)?说明|(?:自评)?结果(?:的)?(?:应用|拟应用|公开)|绩效自评结果");
    }

    private static void title(Kind kind, String regex) {
        TITLES.put(kind, Pattern.compile(regex));
    }

    private static final String AFTER_TITLE = "：:。.";
    private static final int SHORT_HEADING = 18;

    private Sections() {
    }

    /** The sections in the order of the text; the text before the first heading is the HEAD. */
    static List<Section> of(ReportText text) {
        String flow = text.flow();
        List<int[]> headings = new ArrayList<>(); // kind ordinal, level, headingStart, bodyStart
        int currentLevel = 0;
        int[] markerEnd = new int[1];
        for (int p = 0; p < flow.length(); p = text.nextLineStart(p)) {
            if (!text.isLineStart(p)) {
                continue;
            }
            int lineEnd = text.nextLineStart(p);
            Numbering numbering = Numbering.at(flow, p, markerEnd);
            int titleStart = numbering == null ? p : markerEnd[0];
            int level = numbering == null ? 0 : numbering.level();
            boolean afterBreak = p == 0 || "。；;！？!?：:".indexOf(flow.charAt(p - 1)) >= 0
                    || (!headings.isEmpty() && headings.get(headings.size() - 1)[3] == p);
            int[] heading = numbering != null || afterBreak ? known(flow, titleStart, lineEnd, numbering != null) : null;
            if (heading != null) {
                int headingLevel = numbering == null ? Math.max(currentLevel, 1) : level;
                headings.add(new int[] {heading[0], headingLevel, p, heading[1]});
                currentLevel = headingLevel;
            } else if (numbering != null && afterBreak && currentLevel > 0 && level <= currentLevel && titleStart <= lineEnd
                    && isShortTitle(flow.substring(titleStart, lineEnd))) {
                headings.add(new int[] {Kind.OTHER.ordinal(), level, p, lineEnd});
                currentLevel = level;
            }
        }
        List<Section> sections = new ArrayList<>();
        int headEnd = headings.isEmpty() ? flow.length() : headings.get(0)[2];
        sections.add(new Section(Kind.HEAD, 0, 0, 0, headEnd));
        for (int i = 0; i < headings.size(); i++) {
            int[] h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1)[2] : flow.length();
            sections.add(new Section(Kind.values()[h[0]], h[1], h[2], Math.min(h[3], end), end));
        }
        return sections;
    }

    /** {kind, body start} of a known title at {@code from}, or null. */
    private static int[] known(String flow, int from, int lineEnd, boolean numbered) {
        if (from >= lineEnd) {
            return null;
        }
        for (Map.Entry<Kind, Pattern> title : TITLES.entrySet()) {
            Matcher m = title.getValue().matcher(flow);
            m.region(from, lineEnd);
            if (!m.lookingAt() || m.end() == from) {
                continue;
            }
            int after = m.end();
            if (after == lineEnd) {
                return new int[] {title.getKey().ordinal(), after};
            }
            char next = flow.charAt(after);
            if (numbered ? AFTER_TITLE.indexOf(next) >= 0 : (next == '：' || next == ':') && after + 1 == lineEnd) {
                return new int[] {title.getKey().ordinal(), after + 1};
            }
        }
        return null;
    }

    private static boolean isShortTitle(String line) {
        return line.length() <= SHORT_HEADING && line.chars().noneMatch(c -> "。；;，,：:".indexOf(c) >= 0);
    }
}
