package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.document.Finding;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;

/**
 * What {@link GoalSheetExtractor} read from one 绩效目标申报表.
 *
 * @param sheet      the goal sheet ({@code jixiao/goals/v1}); what the file does not state is absent
 * @param sourceText the form as it was read, the title then one row of cells a line (cells separated by tabs), which
 *                   the warnings' line numbers (第 9 行) count
 * @param warnings   what was left empty and why (a figure that is no figure, a label standing twice), and what the
 *                   format would refuse in the sheet as the file has it; the sheet is still usable
 */
public record GoalSheetReading(GoalSheet sheet, String sourceText, List<Finding> warnings) {

    public GoalSheetReading {
        warnings = List.copyOf(warnings);
    }

    /** One line: 读出 预算年度、单位名称…（6 个指标）；未读出 实施期限 (for the command line). */
    public String summary() {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean project = sheet.kind() != Kind.DEPARTMENT_OVERALL;
        part(sheet.fiscalYear() != null, "预算年度", found, missing);
        part(sheet.department() != null && sheet.department().name() != null, "单位名称", found, missing);
        if (project) {
            part(sheet.project() != null, "项目名称", found, missing);
            part(sheet.period() != null, "实施期限", found, missing);
        } else {
            part(!sheet.functions().isEmpty(), "部门职能", found, missing);
            part(!sheet.tasks().isEmpty(), "年度主要任务", found, missing);
        }
        part(sheet.funds() != null && sheet.funds().total() != null, "年度资金总额", found, missing);
        if (project) {
            part(sheet.longTermGoal() != null, "中长期目标", found, missing);
        }
        part(sheet.annualGoal() != null, project ? "年度目标" : "年度总体目标", found, missing);
        part(!sheet.indicators().isEmpty(), "绩效指标", found, missing);
        StringBuilder line = new StringBuilder("读出 ").append(String.join("、", found));
        if (!sheet.indicators().isEmpty()) {
            line.append("（").append(sheet.indicators().size()).append(" 个指标）");
        }
        if (!missing.isEmpty()) {
            line.append("；未读出 ").append(String.join("、", missing));
        }
        return line.toString();
    }

    private static void part(boolean read, String label, List<String> found, List<String> missing) {
        (read ? found : missing).add(label);
    }
}
