package org.jixiao.rendering;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.EvaluationScore.IndicatorScore;
import org.jixiao.document.EvaluationScore.KeyTaskScore;
import org.jixiao.document.Funds;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.SourceFunds;
import org.jixiao.document.Target;

/**
 * The 自评表 of a document: one for a project, one per key task of a department. Scores come from the
 * document's {@code score} (written by {@code score}), matched to key tasks and indicators by position and name.
 */
final class Forms {

    private Forms() {
    }

    /** The form of a project document: the project's funds are the document's. */
    static SelfEvaluationForm ofProject(EvaluationDocument document) {
        KeyTask project = document.keyTasks().isEmpty() ? null : document.keyTasks().get(0);
        Funds funds = document.funds();
        EvaluationScore score = document.score();
        KeyTaskScore taskScore = taskScore(score, 0, project);
        BigDecimal executionScore = score == null ? null
                : score.execution() != null ? score.execution() : taskScore == null ? null : taskScore.execution();
        String goal = project != null && project.expectedGoal() != null ? project.expectedGoal()
                : document.goals().isEmpty() ? null : String.join("", numbered(document.goals()));
        return new SelfEvaluationForm(null, document.fiscalYear(), project == null ? null : project.name(),
                parent(document), unit(document), project == null ? null : project.leader(),
                funds == null ? null : funds.initialBudget(),
                funds != null ? funds.budget() : project == null ? null : project.budget(),
                funds != null ? funds.executed() : project == null ? null : project.executed(),
                funds != null ? funds.executionRate() : project == null ? null : project.executionRate(),
                sources(funds), executionScore, goal, project == null ? null : project.outcome(),
                project == null ? List.of() : rows(project, taskScore),
                score == null ? null : score.total(), score == null ? null : score.grade());
    }

    /** The form of the key task at {@code index} of a department document. */
    static SelfEvaluationForm ofKeyTask(EvaluationDocument document, int index) {
        KeyTask task = document.keyTasks().get(index);
        KeyTaskScore taskScore = taskScore(document.score(), index, task);
        return new SelfEvaluationForm("项目支出绩效自评表（" + (index + 1) + "." + task.name() + "）",
                document.fiscalYear(), task.name(), parent(document), unit(document), task.leader(), null, task.budget(),
                task.executed(), task.executionRate(), List.of(), taskScore == null ? null : taskScore.execution(),
                task.expectedGoal(), task.outcome(), rows(task, taskScore),
                taskScore == null ? null : taskScore.total(), taskScore == null ? null : taskScore.grade());
    }

    /** The project's money by source, as the rows under 年度资金总额: 其中： before the first. */
    private static List<SelfEvaluationForm.SourceLine> sources(Funds funds) {
        if (funds == null) {
            return List.of();
        }
        List<SelfEvaluationForm.SourceLine> lines = new ArrayList<>();
        for (SourceFunds source : funds.bySource()) {
            String label = (lines.isEmpty() ? "其中：" : "") + source.source().label();
            lines.add(new SelfEvaluationForm.SourceLine(label, source.budget(), source.executed()));
        }
        return lines;
    }

    private static List<SelfEvaluationForm.Row> rows(KeyTask task, KeyTaskScore taskScore) {
        List<SelfEvaluationForm.Row> rows = new ArrayList<>();
        List<Indicator> indicators = task.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            IndicatorScore scored = indicatorScore(taskScore, i, indicator);
            BigDecimal points = scored == null ? null : scored.points();
            BigDecimal score = scored == null ? null : scored.score();
            List<String> levels = levels(indicator);
            rows.add(new SelfEvaluationForm.Row(levels.get(0), levels.get(1),
                    Boolean.TRUE.equals(indicator.levelInferred()), indicator.name(),
                    text(indicator.cycleTarget()), text(indicator.annualTarget()), text(indicator.actual()),
                    indicator.met(),
                    indicator.weight() != null ? indicator.weight() : points,
                    indicator.weight() == null && points != null,
                    indicator.score() != null ? indicator.score() : score,
                    indicator.score() == null && score != null,
                    indicator.deviationReason()));
        }
        return rows;
    }

    /** The score of the key task at {@code index}, if the score has one for it (by position, then name). */
    private static KeyTaskScore taskScore(EvaluationScore score, int index, KeyTask task) {
        if (score == null || task == null || index >= score.keyTasks().size()) {
            return null;
        }
        KeyTaskScore candidate = score.keyTasks().get(index);
        return candidate.name() == null || Objects.equals(candidate.name(), task.name()) ? candidate : null;
    }

    private static IndicatorScore indicatorScore(KeyTaskScore taskScore, int index, Indicator indicator) {
        if (taskScore == null || index >= taskScore.indicators().size()) {
            return null;
        }
        IndicatorScore candidate = taskScore.indicators().get(index);
        return candidate.name() == null || Objects.equals(candidate.name(), indicator.name()) ? candidate : null;
    }

    /**
     * 一级 and 二级指标 as printed; levels the program inferred say so in the first of them (产出指标（推断）), so that
     * a reader, and extraction, can tell them from levels the unit stated.
     */
    static List<String> levels(Indicator indicator) {
        if (indicator.level1() == null && indicator.level2() == null) {
            return List.of(NO_LEVEL, NO_LEVEL); // not blank: a blank cell in a table reads as merged with the one above
        }
        String level1 = indicator.level1() == null ? "" : indicator.level1().label();
        String level2 = indicator.level2() == null ? "" : indicator.level2().label();
        if (Boolean.TRUE.equals(indicator.levelInferred())) {
            if (!level1.isEmpty()) {
                level1 += INFERRED_MARK;
            } else if (!level2.isEmpty()) {
                level2 += INFERRED_MARK;
            }
        }
        return List.of(level1, level2);
    }

    /** In the level cells of an indicator whose levels are neither stated nor inferred. */
    static final String NO_LEVEL = "—";

    /** After a level the program inferred. */
    static final String INFERRED_MARK = "（推断）";

    static String text(Target target) {
        return target == null || target.text() == null ? "" : target.text();
    }

    private static String parent(EvaluationDocument document) {
        return document.department() == null ? null : document.department().parent();
    }

    private static String unit(EvaluationDocument document) {
        return document.department() == null ? null : document.department().name();
    }

    /** 1.… 2.… as the report numbers duties and goals; a single item is not numbered. */
    static List<String> numbered(List<String> items) {
        if (items.size() == 1) {
            return items;
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            numbered.add((i + 1) + "." + items.get(i));
        }
        return numbered;
    }
}
