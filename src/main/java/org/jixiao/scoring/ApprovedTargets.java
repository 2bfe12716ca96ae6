package org.jixiao.scoring;

import static org.jixiao.document.FindingCode.APPROVED_INDICATOR_MISSING;
import static org.jixiao.document.FindingCode.TARGET_CHANGED_FROM_APPROVED;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Severity;
import org.jixiao.document.Target;
import org.jixiao.scoring.IndicatorPaths.PathField;

/**
 * The self-evaluation held against the goals approved with the budget (docs/goals.md, "Approved goals drive the
 * year"): each annual target other than the approved one, and each approved indicator left out. An indicator is the
 * approved one of the same name (as the linter normalizes names), wherever the document holds it, the second of
 * a name the second; a target is the
 * same where it means the same (≥98% and 98%以上), so that rewording alone is no change.
 */
final class ApprovedTargets {

    private ApprovedTargets() {
    }

    /**
     * An approved indicator as the self-evaluation holds it: where (the key task and the indicator's place, null
     * where it is left out) and whether its annual target differs from the approved one.
     */
    record Held(GoalIndicator goal, Integer task, Integer indicator, boolean changed) {
    }

    static List<Finding> check(EvaluationDocument document, GoalSheet approved) {
        String goals = "批复的绩效目标";
        List<Finding> findings = new ArrayList<>();
        List<KeyTask> tasks = document.keyTasks();
        for (Held held : held(document, approved)) {
            GoalIndicator goal = held.goal();
            if (held.task() == null) {
                findings.add(Finding.at(APPROVED_INDICATOR_MISSING, Severity.WARNING, "$.keyTasks",
                        goals + "中的指标“" + goal.name() + "”" + wording("（年度指标值“", goal.annualTarget(), "”）")
                                + "没有出现在自评中",
                        "补上该指标并按批复的年度指标值填写实际完成值；确已调整的，在偏差原因中说明调整的依据和批复文件"));
                continue;
            }
            if (!held.changed()) {
                continue;
            }
            KeyTask task = tasks.get(held.task());
            Indicator indicator = task.indicators().get(held.indicator());
            String stated = indicator.annualTarget() == null || indicator.annualTarget().text() == null ? "（未填写）"
                    : "“" + indicator.annualTarget().text() + "”";
            String where1 = document.kind() == Kind.PROJECT ? "项目“" + task.name() + "”"
                    : "重点工作任务" + (held.task() + 1) + "“" + task.name() + "”";
            findings.add(new Finding(TARGET_CHANGED_FROM_APPROVED, Severity.WARNING, held.task(), task.name(),
                    indicator.name(), IndicatorPaths.of(held.task(), held.indicator(), PathField.ANNUAL_TARGET),
                    where1 + "的指标“" + indicator.name() + "”：年度指标值" + stated + "与" + goals + "“"
                            + goal.annualTarget().text() + "”不一致",
                    "按批复的年度指标值“" + goal.annualTarget().text() + "”评价；目标确经批准调整的，在偏差原因中写明调整的依据"));
        }
        return findings;
    }

    /**
     * Each approved indicator, found in the document by its name (as the linter normalizes names), the second of a
     * name the second; its annual target changed where it means something other than the approved one.
     */
    static List<Held> held(EvaluationDocument document, GoalSheet approved) {
        if (approved == null) {
            return List.of();
        }
        // each name's indicators in the document's order: the second approved one of a name is the second stated
        Map<String, Deque<int[]>> where = new HashMap<>();
        List<KeyTask> tasks = document.keyTasks();
        for (int i = 0; i < tasks.size(); i++) {
            List<Indicator> indicators = tasks.get(i).indicators();
            for (int j = 0; j < indicators.size(); j++) {
                where.computeIfAbsent(IndicatorNames.normalize(indicators.get(j).name()), n -> new ArrayDeque<>())
                        .add(new int[] {i, j});
            }
        }
        List<Held> held = new ArrayList<>();
        for (GoalIndicator goal : approved.indicators()) {
            String name = IndicatorNames.normalize(goal.name());
            if (name.isEmpty()) {
                continue;
            }
            Deque<int[]> named = where.get(name);
            int[] at = named == null ? null : named.poll();
            if (at == null) {
                held.add(new Held(goal, null, null, false));
                continue;
            }
            Indicator indicator = tasks.get(at[0]).indicators().get(at[1]);
            boolean changed = goal.annualTarget() != null && !same(indicator.annualTarget(), goal.annualTarget());
            held.add(new Held(goal, at[0], at[1], changed));
        }
        return held;
    }

    /** Whether the two mean the same target: comparator, figure and unit, or for words the same words. */
    static boolean same(Target stated, Target approved) {
        if (stated == null) {
            return false;
        }
        if (stated.value() == null || approved.value() == null) {
            return stated.value() == null && approved.value() == null && stated.comparator() == approved.comparator()
                    && Objects.equals(strip(stated.text()), strip(approved.text()));
        }
        return stated.comparator() == approved.comparator() && stated.value().compareTo(approved.value()) == 0
                && Objects.equals(strip(stated.unit()), strip(approved.unit()));
    }

    private static String wording(String before, Target target, String after) {
        return target == null || target.text() == null ? "" : before + target.text() + after;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
