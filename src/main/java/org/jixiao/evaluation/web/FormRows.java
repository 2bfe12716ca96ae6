package org.jixiao.evaluation.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.evaluation.web.EvaluationForm.IndicatorForm;
import org.jixiao.evaluation.web.EvaluationForm.KeyTaskForm;
import org.jixiao.evaluation.web.EvaluationForm.SourceForm;

/**
 * Adding and removing rows of the workspace form before it is saved: {@code add:functions},
 * {@code remove:goals:2}, {@code add:indicators:0}, {@code remove:indicators:0:3}, {@code add:keyTasks} …
 */
final class FormRows {

    private FormRows() {
    }

    /** Applies the operation; an operation that names no row of this form changes nothing. */
    static void apply(EvaluationForm form, String operation) {
        String[] parts = operation == null ? new String[0] : operation.split(":");
        if (parts.length < 2) {
            return;
        }
        boolean add = parts[0].equals("add");
        int[] at = new int[parts.length - 2];
        for (int i = 2; i < parts.length; i++) {
            try {
                at[i - 2] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                return;
            }
        }
        switch (parts[1]) {
            case "functions" -> texts(form.getFunctions(), add, at);
            case "goals" -> texts(form.getGoals(), add, at);
            case "achievements" -> texts(form.getAchievements(), add, at);
            case "problems" -> texts(form.getProblems(), add, at);
            case "measures" -> texts(form.getMeasures(), add, at);
            case "sources" -> rows(form.getFunds().getSources(), add, at, SourceForm::new);
            case "keyTasks" -> rows(form.getKeyTasks(), add, at, KeyTaskForm::new);
            case "indicators" -> {
                if (at.length >= 1 && at[0] >= 0 && at[0] < form.getKeyTasks().size()) {
                    int[] rest = Arrays.copyOfRange(at, 1, at.length);
                    rows(form.getKeyTasks().get(at[0]).getIndicators(), add, rest, IndicatorForm::new);
                }
            }
            default -> {
                // not a row of this form
            }
        }
    }

    private static void texts(List<String> list, boolean add, int[] at) {
        rows(list, add, at, () -> "");
    }

    private static <T> void rows(List<T> list, boolean add, int[] at, Supplier<T> blank) {
        if (add) {
            list.add(blank.get());
        } else if (at.length == 1 && at[0] >= 0 && at[0] < list.size()) {
            list.remove(at[0]);
        }
    }
}
