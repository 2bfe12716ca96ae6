package org.jixiao.evaluation.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Where on the workspace page a finding's field is: the id of its input ({@code th:field} names the input
 * {@code keyTasks[0].executionRate} and gives it the id {@code keyTasks0.executionRate}), or, for a finding about a
 * whole part (the sources of funds, a key task's indicators), the id of that part's box. A link to the page with it
 * as its fragment scrolls to the field and a click there puts the cursor in it.
 */
@Component("fieldAnchors")
class FieldAnchors {

    /** The form fields that are inputs of their own. */
    private static final Pattern INPUT = Pattern.compile(String.join("|",
            "funds\\.(" + anyOf(FormInputs.FUNDS) + ")",
            "funds\\.sources\\[\\d+]\\.(" + anyOf(FormInputs.SOURCE) + ")",
            "keyTasks\\[\\d+]\\.(" + anyOf(FormInputs.KEY_TASK) + ")",
            "keyTasks\\[\\d+]\\.indicators\\[\\d+]\\.(" + anyOf(FormInputs.INDICATOR) + ")",
            "(functions|goals|achievements|problems|measures)\\[\\d+]",
            "conclusion|statedTotal|statedGrade"));
    private static final Pattern KEY_TASK = Pattern.compile("keyTasks\\[(\\d+)].*");
    private static final Pattern PART = Pattern.compile("(funds|keyTasks|functions|goals|achievements|problems|measures"
            + "|statedScore)\\b.*");

    /** The anchor of the field a finding's JSON path names ({@code $.keyTasks[0].budget}); null where none is shown. */
    public String of(String jsonPath) {
        if (jsonPath == null) {
            return null;
        }
        String field = EvaluationFormMapper.fieldOf(jsonPath);
        if (INPUT.matcher(field).matches()) {
            return field.replace("[", "").replace("]", "");
        }
        Matcher task = KEY_TASK.matcher(field);
        if (task.matches()) {
            return "task-" + task.group(1);
        }
        Matcher part = PART.matcher(field);
        return part.matches() ? "part-" + part.group(1) : null;
    }

    private static String anyOf(List<String> names) {
        return String.join("|", names);
    }
}
