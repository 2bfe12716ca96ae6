package org.jixiao.scoring;

import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Severity;

/**
 * Too little to score (docs/scoring.md): a document is graded only where at least one of its key tasks has at least
 * one indicator, and at least one indicator states what was achieved (an actual value, a verdict or a rating).
 * Without any key task, where no key task has an indicator, or where no indicator has a result yet (a new draft,
 * next year's goals begun from this year's), a total would be the execution points alone and read as 差; such a
 * document is not graded, and {@code score} and {@code lint} say what is missing (NOT_SCORABLE, an ERROR). This is
 * the one place that decides it.
 */
public enum Unscorable {

    /** The document has no key task (for a project: no project). */
    NO_KEY_TASKS,
    /** It has key tasks, none of them with an indicator. */
    NO_INDICATORS,
    /**
     * It has indicators, none of them with a result yet: no actual value, no verdict (完成/未完成), no rating. A
     * fresh draft, or next year's goals begun from this year's, before the year's results are entered.
     */
    NO_ACTUALS;

    /** What the document lacks to be scored, or null where it can be scored. */
    public static Unscorable of(EvaluationDocument document) {
        if (document.keyTasks().isEmpty()) {
            return NO_KEY_TASKS;
        }
        boolean indicators = false;
        for (KeyTask task : document.keyTasks()) {
            for (Indicator indicator : task.indicators()) {
                if (indicator.actual() != null || indicator.met() != null || indicator.rating() != null) {
                    return null;
                }
                indicators = true;
            }
        }
        return indicators ? NO_ACTUALS : NO_INDICATORS;
    }

    /**
     * What is missing, in Chinese: 没有重点工作任务, 重点工作任务均无绩效指标, 绩效指标尚未填写实际完成值 (a project:
     * 项目没有绩效指标, 项目绩效指标尚未填写实际完成值).
     */
    public String missing(Kind kind) {
        boolean project = kind == Kind.PROJECT;
        return switch (this) {
            case NO_KEY_TASKS -> project ? "没有项目及其绩效指标" : "没有重点工作任务";
            case NO_INDICATORS -> project ? "项目没有绩效指标" : "重点工作任务均无绩效指标";
            case NO_ACTUALS -> project ? "项目绩效指标尚未填写实际完成值" : "绩效指标尚未填写实际完成值";
        };
    }

    /** The finding's message: what is missing, and that the document is therefore not graded. */
    public String message(Kind kind) {
        return missing(kind) + "，无法评分";
    }

    /** What to add, in Chinese. */
    public String suggestion(Kind kind) {
        String indicators = "为每项" + (kind == Kind.PROJECT ? "项目" : "重点工作任务")
                + "设定绩效指标（产出、效益、满意度指标），填写年度指标值和实际完成值，然后再评分";
        return switch (this) {
            case NO_KEY_TASKS -> (kind == Kind.PROJECT ? "填写项目名称、预算和年度总体目标；"
                    : "填写部门年度重点工作任务（任务名称、预算数、期望达到的目标）；") + indicators;
            case NO_INDICATORS -> indicators;
            case NO_ACTUALS -> "年度执行后，填写各项绩效指标的实际完成值和完成情况（未完成的写明偏差原因），然后再评分";
        };
    }

    /** The finding NOT_SCORABLE about the document: an ERROR, since the document cannot be graded. */
    public Finding finding(Kind kind) {
        return Finding.at(FindingCode.NOT_SCORABLE, Severity.ERROR, "$.keyTasks", message(kind), suggestion(kind));
    }

    /** The reason as the score object carries it. */
    public EvaluationScore.NotScorable toScore(Kind kind) {
        return new EvaluationScore.NotScorable(name(), message(kind), suggestion(kind));
    }
}
