package org.jixiao.evaluation.web;

import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The workspace form's fields as the browser posts them, for tests of the pages that take that form. */
public final class FormFields {

    private FormFields() {
    }

    /** The form fields the browser would post for the document. */
    public static MultiValueMap<String, String> of(EvaluationDocument document, long version) {
        EvaluationForm form = EvaluationFormMapper.toForm(document, version);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("version", String.valueOf(version));
        list(fields, "functions", form.getFunctions());
        list(fields, "goals", form.getGoals());
        list(fields, "achievements", form.getAchievements());
        list(fields, "problems", form.getProblems());
        list(fields, "measures", form.getMeasures());
        fields.add("conclusion", form.getConclusion());
        fields.add("statedTotal", form.getStatedTotal());
        fields.add("statedGrade", form.getStatedGrade());
        var f = form.getFunds();
        fields.add("funds.budget", f.getBudget());
        fields.add("funds.executed", f.getExecuted());
        fields.add("funds.executionRate", f.getExecutionRate());
        fields.add("funds.carryover", f.getCarryover());
        fields.add("funds.basic", f.getBasic());
        fields.add("funds.project", f.getProject());
        for (int i = 0; i < f.getSources().size(); i++) {
            fields.add("funds.sources[" + i + "].source", f.getSources().get(i).getSource());
            fields.add("funds.sources[" + i + "].executed", f.getSources().get(i).getExecuted());
        }
        for (int t = 0; t < form.getKeyTasks().size(); t++) {
            var task = form.getKeyTasks().get(t);
            String p = "keyTasks[" + t + "].";
            fields.add(p + "name", task.getName());
            fields.add(p + "expectedGoal", task.getExpectedGoal());
            fields.add(p + "budget", task.getBudget());
            fields.add(p + "executed", task.getExecuted());
            fields.add(p + "executionRate", task.getExecutionRate());
            fields.add(p + "outcome", task.getOutcome());
            fields.add(p + "leader", task.getLeader());
            for (int i = 0; i < task.getIndicators().size(); i++) {
                var ind = task.getIndicators().get(i);
                String q = p + "indicators[" + i + "].";
                fields.add(q + "level1", ind.getLevel1());
                fields.add(q + "level2", ind.getLevel2());
                fields.add(q + "name", ind.getName());
                fields.add(q + "cycleTarget", ind.getCycleTarget());
                fields.add(q + "annualTarget", ind.getAnnualTarget());
                fields.add(q + "actual", ind.getActual());
                fields.add(q + "met", ind.getMet());
            }
        }
        return fields;
    }

    private static void list(MultiValueMap<String, String> fields, String name, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            fields.add(name + "[" + i + "]", values.get(i));
        }
    }
}
