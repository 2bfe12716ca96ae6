package org.jixiao.evaluation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.web.EvaluationForm.IndicatorForm;
import org.jixiao.evaluation.web.EvaluationForm.KeyTaskForm;
import org.jixiao.evaluation.web.EvaluationForm.SourceForm;

/**
 * Where the value of each field of the import form was read: the reader's origins, which are by the document's JSON
 * path ({@code keyTasks[0].indicators[2].actual}), turned into the form's field names
 * ({@code keyTasks[0].indicators[2].actual}, {@code funds.sources[0].budget}, {@code statedTotal}, {@code unitName}).
 *
 * <p>Rows of key tasks, indicators and sources carry the path they were read from ({@code readFrom}, a hidden field),
 * so that a row added or removed on the page moves no origin onto another row. Texts of a list (goals, problems…)
 * have no such field: one keeps its origin while it is still the text read at some place of its list.
 */
final class FieldOrigins {

    private static final Pattern TASK = Pattern.compile("keyTasks\\[\\d+]");
    private static final Pattern INDICATOR = Pattern.compile("keyTasks\\[\\d+]\\.indicators\\[\\d+]");
    private static final Pattern SOURCE = Pattern.compile("funds\\.bySource\\[\\d+]");
    /** Fields of the form outside any row, by the JSON path of their value. */
    private static final Map<String, String> SINGLE = Map.ofEntries(Map.entry("fiscalYear", "fiscalYear"),
            Map.entry("unitName", "department.name"), Map.entry("region", "department.region"),
            Map.entry("funds.budget", "funds.budget"), Map.entry("funds.initialBudget", "funds.initialBudget"),
            Map.entry("funds.executed", "funds.executed"), Map.entry("funds.executionRate", "funds.executionRate"),
            Map.entry("funds.carryover", "funds.carryover"), Map.entry("funds.basic", "funds.byNature.basic"),
            Map.entry("funds.project", "funds.byNature.project"), Map.entry("funds.personnel", "funds.byNature.personnel"),
            Map.entry("funds.publicUse", "funds.byNature.publicUse"), Map.entry("conclusion", "conclusion"),
            Map.entry(EvaluationFormMapper.STATED_TOTAL, "statedScore.total"),
            Map.entry(EvaluationFormMapper.STATED_GRADE, "statedScore.grade"));
    private static final FieldOrigins NONE = new FieldOrigins(Map.of());

    private final Map<String, SourceSpot> byField;

    private FieldOrigins(Map<String, SourceSpot> byField) {
        this.byField = byField;
    }

    /** Marks each row of a form just made from the document read with its own path, before anything moves. */
    static void markRows(EvaluationForm form) {
        List<SourceForm> sources = form.getFunds().getSources();
        for (int i = 0; i < sources.size(); i++) {
            sources.get(i).setReadFrom("funds.bySource[" + i + "]");
        }
        for (int t = 0; t < form.getKeyTasks().size(); t++) {
            KeyTaskForm task = form.getKeyTasks().get(t);
            task.setReadFrom("keyTasks[" + t + "]");
            for (int i = 0; i < task.getIndicators().size(); i++) {
                task.getIndicators().get(i).setReadFrom("keyTasks[" + t + "].indicators[" + i + "]");
            }
        }
    }

    /**
     * The origins of the form's fields.
     *
     * @param form    the form as shown (rows possibly added, removed or corrected)
     * @param read    the document as read, whose lists of texts the form's are matched against
     * @param origins where each value of {@code read} was read, by its JSON path
     */
    static FieldOrigins of(EvaluationForm form, EvaluationDocument read, Map<String, SourceSpot> origins) {
        if (origins.isEmpty()) {
            return NONE;
        }
        Map<String, SourceSpot> byField = new HashMap<>();
        SINGLE.forEach((field, path) -> put(byField, field, origins.get(path)));
        List<SourceForm> sources = form.getFunds() == null ? List.of() : form.getFunds().getSources();
        for (int i = 0; i < sources.size(); i++) {
            String from = rowPath(sources.get(i).getReadFrom(), SOURCE);
            if (from != null) {
                put(byField, "funds.sources[" + i + "].budget", origins.get(from + ".budget"));
                put(byField, "funds.sources[" + i + "].executed", origins.get(from + ".executed"));
            }
        }
        for (int t = 0; t < form.getKeyTasks().size(); t++) {
            KeyTaskForm task = form.getKeyTasks().get(t);
            String at = "keyTasks[" + t + "]";
            fields(byField, at, rowPath(task.getReadFrom(), TASK), FormInputs.KEY_TASK, origins);
            for (int i = 0; i < task.getIndicators().size(); i++) {
                IndicatorForm indicator = task.getIndicators().get(i);
                fields(byField, at + ".indicators[" + i + "]", rowPath(indicator.getReadFrom(), INDICATOR),
                        FormInputs.INDICATOR, origins);
            }
        }
        if (read.kind() == Kind.PROJECT) {
            // a project's form has one field for each of its figures, the funds': where the project's was read
            for (String figure : List.of("budget", "executed", "executionRate")) {
                SourceSpot project = byField.get("keyTasks[0]." + figure);
                if (project != null) {
                    byField.putIfAbsent("funds." + figure, project);
                }
            }
        }
        texts(byField, "functions", form.getFunctions(), read.functions(), origins);
        texts(byField, "goals", form.getGoals(), read.goals(), origins);
        texts(byField, "achievements", form.getAchievements(), read.achievements(), origins);
        texts(byField, "problems", form.getProblems(), read.problems(), origins);
        texts(byField, "measures", form.getMeasures(), read.measures(), origins);
        return new FieldOrigins(Map.copyOf(byField));
    }

    /** Where the field's value was read, or null. */
    public SourceSpot at(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    private static void fields(Map<String, SourceSpot> byField, String at, String from, List<String> names,
            Map<String, SourceSpot> origins) {
        if (from == null) {
            return;
        }
        for (String name : names) {
            put(byField, at + "." + name, origins.get(from + "." + name));
        }
    }

    /** Each text of the list at the place of the list where that same text was read, its own place first. */
    private static void texts(Map<String, SourceSpot> byField, String list, List<String> shown, List<String> read,
            Map<String, SourceSpot> origins) {
        Function<Integer, SourceSpot> originAt = i -> origins.get(list + "[" + i + "]");
        for (int i = 0; i < shown.size(); i++) {
            String text = shown.get(i);
            if (text == null) {
                continue;
            }
            int from = i < read.size() && text.equals(read.get(i)) ? i : read.indexOf(text);
            if (from >= 0) {
                put(byField, list + "[" + i + "]", originAt.apply(from));
            }
        }
    }

    /** The row's path as posted back, if it is one the reader could have given. */
    private static String rowPath(String readFrom, Pattern kind) {
        return readFrom != null && kind.matcher(readFrom).matches() ? readFrom : null;
    }

    private static void put(Map<String, SourceSpot> byField, String field, SourceSpot spot) {
        if (spot != null) {
            byField.put(field, spot);
        }
    }
}
