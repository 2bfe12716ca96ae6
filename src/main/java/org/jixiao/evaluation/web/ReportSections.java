package org.jixiao.evaluation.web;

import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.rendering.ReportElement;
import org.jixiao.review.ReviewSection;

/**
 * Which section of the report a heading begins, as reviewers comment on them ({@link ReviewSection}): the place of
 * each comment box beside the report. A department's report and a project's word their headings differently
 * (部门职能 / 单位职能); each section begins at one heading of either.
 */
final class ReportSections {

    /** 一、 or （一） before a heading's words. */
    private static final Pattern NUMBER = Pattern.compile("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)");
    private static final Map<String, ReviewSection> BY_HEADING = Map.ofEntries(
            Map.entry("部门职能", ReviewSection.FUNCTIONS), Map.entry("单位职能", ReviewSection.FUNCTIONS),
            Map.entry("部门整体收支情况", ReviewSection.FUNDS), Map.entry("项目资金情况", ReviewSection.FUNDS),
            Map.entry("部门整体支出绩效目标", ReviewSection.GOALS), Map.entry("年度总体目标", ReviewSection.GOALS),
            // the indicators' tables are under the analysis of the tasks, not their list in 基本情况
            Map.entry("各重点工作任务绩效目标完成情况分析", ReviewSection.KEY_TASKS),
            Map.entry("项目绩效目标完成情况", ReviewSection.KEY_TASKS),
            Map.entry("自评结论综述", ReviewSection.CONCLUSION), Map.entry("自评结论", ReviewSection.CONCLUSION),
            Map.entry("主要工作成效", ReviewSection.ACHIEVEMENTS),
            Map.entry("存在的主要问题", ReviewSection.PROBLEMS),
            Map.entry("下一步改进措施", ReviewSection.MEASURES));

    private ReportSections() {
    }

    /** The section the element begins; null for an element that begins none. */
    static ReviewSection of(ReportElement element) {
        return element instanceof ReportElement.Heading heading && heading.level() <= 2
                ? BY_HEADING.get(NUMBER.matcher(heading.text()).replaceFirst("")) : null;
    }
}
