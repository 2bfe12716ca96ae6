package org.jixiao.extraction;

import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.KeyTask;

/**
 * A 项目支出绩效自评表 followed by its report text (单位职能, 年度总体目标, 资金情况, the project's completion, 主要工作成效,
 * 自评结论, problems, measures): the form gives the project, its unit and its indicators; the text adds what the
 * form has no cell for, and the project's figures as the unit wrote them.
 */
final class ProjectReport {

    private ProjectReport() {
    }

    /**
     * The project with what its text states.
     *
     * @param form      the project read from its form
     * @param text      the report text read section by section, or null where the form stands alone
     * @param fundsText whether the text has a funds section (which may say that the funds are not filled in)
     * @param levelsStated for each indicator row of the form, whether it states its levels
     */
    static EvaluationDocument of(EvaluationDocument form, EvaluationDocument text, boolean fundsText,
            List<Boolean> levelsStated) {
        if (text == null) {
            return form;
        }
        KeyTask project = form.keyTasks().isEmpty() ? null : form.keyTasks().get(0);
        KeyTask told = text.keyTasks().isEmpty() ? null : text.keyTasks().get(0);
        KeyTask merged = project;
        if (project != null && told != null) {
            boolean toldFunds = told.budget() != null || told.executed() != null || told.executionRate() != null;
            merged = new KeyTask(project.name() != null ? project.name() : told.name(), project.expectedGoal(),
                    toldFunds ? told.budget() : project.budget(), toldFunds ? told.executed() : project.executed(),
                    toldFunds ? told.executionRate() : project.executionRate(),
                    told.outcome() != null ? told.outcome() : project.outcome(),
                    project.leader() != null ? project.leader() : told.leader(),
                    IndicatorMerge.of(project.indicators(), levelsStated, told.indicators()), null);
        }
        Funds funds = text.funds() != null || fundsText ? text.funds() : form.funds();
        List<String> goals = text.goals().isEmpty() ? form.goals() : text.goals();
        return new EvaluationDocument(form.schema(), form.kind(), form.fiscalYear(), form.department(), text.functions(),
                funds, goals, merged == null ? form.keyTasks() : List.of(merged), text.conclusion(), text.achievements(),
                text.problems(), text.measures(), null, null);
    }
}
