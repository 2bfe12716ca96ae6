package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.SourceFunds;
import org.jixiao.document.StatedScore;
import org.jixiao.evaluation.Components;
import org.jixiao.evaluation.web.EvaluationForm.FundsForm;
import org.jixiao.evaluation.web.EvaluationForm.IndicatorForm;
import org.jixiao.evaluation.web.EvaluationForm.KeyTaskForm;
import org.jixiao.evaluation.web.EvaluationForm.SourceForm;
import org.jixiao.web.FormNumbers;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;

/**
 * Between the workspace form and the document. Turning a form into a document checks it the way {@code validate}
 * checks a file, and names each error by the form field it concerns, so the page can show it beside the field.
 * What the form does not show (fields beyond the format, the stored score, the sentence a stated score was read from)
 * is taken over from the stored document.
 */
final class EvaluationFormMapper {

    /** The form fields of the stated score. */
    static final String STATED_TOTAL = "statedTotal";
    static final String STATED_GRADE = "statedGrade";
    private static final int STATED_GRADE_LENGTH = 20;
    /** The fields of an indicator's row that are chosen, not typed. */
    private static final Set<String> CHOICES = Set.of("level1", "level2", "met");

    private EvaluationFormMapper() {
    }

    /** The document as a form, numbers as plain figures and targets as their wording. */
    static EvaluationForm toForm(EvaluationDocument document, long version) {
        EvaluationForm form = new EvaluationForm();
        form.setVersion(version);
        form.setFunctions(new ArrayList<>(document.functions()));
        form.setGoals(new ArrayList<>(document.goals()));
        form.setConclusion(document.conclusion());
        form.setAchievements(new ArrayList<>(document.achievements()));
        form.setProblems(new ArrayList<>(document.problems()));
        form.setMeasures(new ArrayList<>(document.measures()));
        StatedScore stated = document.statedScore();
        if (stated != null) {
            form.setStatedTotal(FormNumbers.show(stated.total()));
            form.setStatedGrade(stated.grade());
            form.showStatedText(stated.text());
        }
        Funds funds = document.funds();
        FundsForm f = new FundsForm();
        if (funds != null) {
            f.setBudget(FormNumbers.show(funds.budget()));
            f.setInitialBudget(FormNumbers.show(funds.initialBudget()));
            f.setExecuted(FormNumbers.show(funds.executed()));
            f.setExecutionRate(FormNumbers.show(funds.executionRate()));
            f.setCarryover(FormNumbers.show(funds.carryover()));
            if (funds.byNature() != null) {
                f.setBasic(FormNumbers.show(funds.byNature().basic()));
                f.setProject(FormNumbers.show(funds.byNature().project()));
                f.setPersonnel(FormNumbers.show(funds.byNature().personnel()));
                f.setPublicUse(FormNumbers.show(funds.byNature().publicUse()));
            }
            for (SourceFunds source : funds.bySource()) {
                SourceForm s = new SourceForm();
                s.setSource(source.source().name());
                s.setBudget(FormNumbers.show(source.budget()));
                s.setExecuted(FormNumbers.show(source.executed()));
                f.getSources().add(s);
            }
        }
        form.setFunds(f);
        for (KeyTask task : document.keyTasks()) {
            form.getKeyTasks().add(toForm(task));
        }
        if (document.kind() == Kind.PROJECT && !document.keyTasks().isEmpty()) {
            // the 自评表 shows the project's funds and goal once: where the document states them on the project only
            KeyTask project = document.keyTasks().get(0);
            if (funds == null || funds.budget() == null && funds.executed() == null && funds.executionRate() == null) {
                f.setBudget(FormNumbers.show(project.budget()));
                f.setExecuted(FormNumbers.show(project.executed()));
                f.setExecutionRate(FormNumbers.show(project.executionRate()));
            }
            if (document.goals().isEmpty() && project.expectedGoal() != null) {
                form.getGoals().add(project.expectedGoal());
            }
        }
        return form;
    }

    static KeyTaskForm toForm(KeyTask task) {
        KeyTaskForm t = new KeyTaskForm();
        FormRow.show(task, t);
        for (Indicator indicator : task.indicators()) {
            IndicatorForm i = new IndicatorForm();
            FormRow.show(indicator, i);
            t.getIndicators().add(i);
        }
        return t;
    }

    /**
     * The form as a document, over the stored one. Errors by form field name; with any error the document is
     * not to be saved.
     */
    static Conversion toDocument(EvaluationForm form, EvaluationDocument stored) {
        Map<String, String> errors = new LinkedHashMap<>();
        Numbers numbers = new Numbers(errors);
        FundsForm f = form.getFunds() == null ? new FundsForm() : form.getFunds();
        List<SourceFunds> sources = new ArrayList<>();
        for (int i = 0; i < f.getSources().size(); i++) {
            SourceForm s = f.getSources().get(i);
            String at = "funds.sources[" + i + "]";
            if (blank(s.getSource()) && blank(s.getBudget()) && blank(s.getExecuted())) {
                continue;
            }
            FundSource source = enumOf(FundSource.class, s.getSource());
            if (source == null) {
                errors.put(at + ".source", "请选择资金来源");
                continue;
            }
            sources.add(new SourceFunds(source, numbers.amount(at + ".budget", s.getBudget()),
                    numbers.amount(at + ".executed", s.getExecuted()), keptSource(stored, i, source)));
        }
        Funds storedFunds = stored.funds();
        FundsByNature nature = new FundsByNature(numbers.amount("funds.basic", f.getBasic()),
                numbers.amount("funds.project", f.getProject()), numbers.amount("funds.personnel", f.getPersonnel()),
                numbers.amount("funds.publicUse", f.getPublicUse()),
                storedFunds == null || storedFunds.byNature() == null ? null : storedFunds.byNature().extensions());
        Funds funds = new Funds(numbers.amount("funds.budget", f.getBudget()),
                numbers.amount("funds.initialBudget", f.getInitialBudget()),
                numbers.amount("funds.executed", f.getExecuted()),
                numbers.amount("funds.executionRate", f.getExecutionRate()), sources, nature,
                numbers.amount("funds.carryover", f.getCarryover()),
                storedFunds == null ? null : storedFunds.extensions());
        List<KeyTask> tasks = new ArrayList<>();
        for (int i = 0; i < form.getKeyTasks().size(); i++) {
            KeyTask task = toKeyTask(form.getKeyTasks().get(i), "keyTasks[" + i + "]", taskAt(stored, i), numbers);
            if (task != null) {
                tasks.add(task);
            }
        }
        boolean project = stored.kind() == Kind.PROJECT;
        if (project) {
            // the 自评表 has no 部门职能, 支出性质 or 结转结余: what the document holds of them stays as it is
            funds = new Funds(funds.budget(), funds.initialBudget(), funds.executed(), funds.executionRate(),
                    funds.bySource(), storedFunds == null ? null : storedFunds.byNature(),
                    storedFunds == null ? null : storedFunds.carryover(), funds.extensions());
        }
        EvaluationDocument document = new EvaluationDocument(stored.schema(), stored.kind(), stored.fiscalYear(),
                stored.department(), project ? stored.functions() : texts(form.getFunctions()), funds,
                texts(form.getGoals()), tasks, text(form.getConclusion()), texts(form.getAchievements()),
                texts(form.getProblems()), texts(form.getMeasures()), stored.score(), statedScore(form, stored, errors),
                stored.extensions());
        if (project) {
            document = asProject(document, stored);
        }
        for (Finding finding : DocumentJson.validate(DocumentJson.mapper().valueToTree(document))) {
            errors.putIfAbsent(fieldOf(finding.path()), finding.message());
        }
        return new Conversion(document, errors);
    }

    /**
     * 单位自评得分 and 自评等级 as typed, the total exact; the sentence they were read from (and what the format does
     * not know) kept while anything is stated. Both blank: the report states no score.
     */
    private static StatedScore statedScore(EvaluationForm form, EvaluationDocument stored, Map<String, String> errors) {
        String typedTotal = form.getStatedTotal();
        BigDecimal total = null;
        try {
            total = FormNumbers.parse(typedTotal == null ? null : typedTotal.strip().replaceFirst("分$", ""));
        } catch (NumberFormatException e) {
            errors.put(STATED_TOTAL, "单位自评得分应为 0 至 100 之间的数字，例如 98.14，而不是“" + typedTotal + "”");
        }
        if (total != null && (total.signum() < 0 || total.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.put(STATED_TOTAL, "单位自评得分应在 0 至 100 之间，而不是“" + typedTotal + "”");
            total = null;
        }
        String grade = text(form.getStatedGrade());
        if (grade != null && grade.length() > STATED_GRADE_LENGTH) {
            errors.put(STATED_GRADE, "自评等级最多 " + STATED_GRADE_LENGTH + " 字，如“优”“良好”，而不是“" + grade + "”");
        }
        if (total == null && grade == null) {
            return null;
        }
        StatedScore before = stored.statedScore();
        return new StatedScore(total, grade, before == null ? null : before.text(),
                before == null ? null : before.extensions());
    }

    /**
     * A project's document as its 自评表 describes it (docs/document-format.md): the project, keyTasks[0], spends
     * the document's funds (its budget, executed and rate kept equal to them), and its 预期目标 is the document's
     * goals (as the stored one where they did not change, else one goal as it is, several numbered 1.… 2.…). The
     * form has no field of its own for them, so that they cannot differ.
     */
    static EvaluationDocument asProject(EvaluationDocument document, EvaluationDocument stored) {
        if (document.keyTasks().isEmpty()) {
            return document;
        }
        KeyTask project = document.keyTasks().get(0);
        Funds funds = document.funds();
        KeyTask before = stored.keyTasks().isEmpty() ? null : stored.keyTasks().get(0);
        String goal = document.goals().equals(stored.goals()) && before != null ? before.expectedGoal()
                : document.goals().isEmpty() ? null : document.goals().size() == 1 ? document.goals().get(0)
                : numbered(document.goals());
        KeyTask filled = new KeyTask(project.name(), goal, funds == null ? null : funds.budget(),
                funds == null ? null : funds.executed(), funds == null ? null : funds.executionRate(), project.outcome(),
                project.leader(), project.indicators(), project.extensions());
        List<KeyTask> tasks = new ArrayList<>(document.keyTasks());
        tasks.set(0, filled);
        return document.withKeyTasks(tasks);
    }

    private static String numbered(List<String> items) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            text.append(i + 1).append('.').append(items.get(i));
        }
        return text.toString();
    }

    /** One key task of the form (the project leader's part), checked as part of the stored document. */
    static KeyTask toKeyTask(KeyTaskForm t, String at, KeyTask stored, Numbers numbers) {
        if (t == null || (blank(t.getName()) && t.getIndicators().stream().allMatch(EvaluationFormMapper::isBlank)
                && blank(t.getOutcome()) && blank(t.getBudget()))) {
            return null;
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int j = 0; j < t.getIndicators().size(); j++) {
            IndicatorForm i = t.getIndicators().get(j);
            if (isBlank(i)) {
                continue;
            }
            Indicator before = stored == null ? null : stored.indicators().stream()
                    .filter(old -> Objects.equals(old.name(), text(i.getName()))).findFirst().orElse(null);
            IndicatorCategory level1 = enumOf(IndicatorCategory.class, i.getLevel1());
            IndicatorSubcategory level2 = enumOf(IndicatorSubcategory.class, i.getLevel2());
            Boolean inferred = before != null && before.level1() == level1 && before.level2() == level2
                    ? before.levelInferred() : (level1 == null && level2 == null ? null : Boolean.FALSE);
            FormRow<Indicator> row = new FormRow<>(Indicator.class, i, before, at + ".indicators[" + j + "]",
                    numbers::number);
            indicators.add(Components.make(Indicator.class, name -> switch (name) {
                case "level1" -> level1;
                case "level2" -> level2;
                case "levelInferred" -> inferred;
                case "extensions" -> before == null ? null : before.extensions();
                // the report's own 得分 of the indicator: no field on the page, so as stored (never cleared by a save)
                case "rating", "score" -> before == null ? null : Components.get(before, name);
                default -> row.read(name);
            }));
        }
        boolean same = stored != null && Objects.equals(stored.name(), text(t.getName()));
        FormRow<KeyTask> row = new FormRow<>(KeyTask.class, t, stored, at, numbers::amount);
        return Components.make(KeyTask.class, name -> switch (name) {
            case "indicators" -> indicators;
            case "extensions" -> same ? stored.extensions() : null;
            default -> row.read(name);
        });
    }

    /** The form field a JSON path of the document concerns ($.funds.bySource[1].executed → funds.sources[1].executed). */
    static String fieldOf(String jsonPath) {
        String field = jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath.equals("$") ? "" : jsonPath;
        field = field.replace("funds.bySource", "funds.sources").replace("funds.byNature.", "funds.")
                .replace("statedScore.total", STATED_TOTAL).replace("statedScore.grade", STATED_GRADE);
        return field.replaceAll("\\.(cycleTarget|annualTarget|actual)\\..*$", ".$1");
    }

    private static KeyTask taskAt(EvaluationDocument stored, int index) {
        return index < stored.keyTasks().size() ? stored.keyTasks().get(index) : null;
    }

    private static Map<String, Object> keptSource(EvaluationDocument stored, int index, FundSource source) {
        if (stored.funds() == null || index >= stored.funds().bySource().size()) {
            return null;
        }
        SourceFunds old = stored.funds().bySource().get(index);
        return old.source() == source ? old.extensions() : null;
    }

    /** A row with nothing typed in, whatever its choices (levels, verdict) say: left out. */
    private static boolean isBlank(IndicatorForm i) {
        BeanWrapper typed = new BeanWrapperImpl(i);
        return FormInputs.INDICATOR.stream().filter(name -> !CHOICES.contains(name))
                .allMatch(name -> blank((String) typed.getPropertyValue(name)));
    }

    private static List<String> texts(List<String> typed) {
        return typed == null ? List.of() : typed.stream().map(EvaluationFormMapper::text).filter(Objects::nonNull).toList();
    }

    static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        if (blank(name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The document the form describes, and what is wrong with it by form field. */
    record Conversion(EvaluationDocument document, Map<String, String> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** Reads typed numbers, noting an error for each field that is not one. */
    static final class Numbers {

        private final Map<String, String> errors;

        Numbers(Map<String, String> errors) {
            this.errors = errors;
        }

        BigDecimal amount(String field, String typed) {
            return parse(field, typed, "应为金额（万元），例如 688.34");
        }

        BigDecimal number(String field, String typed) {
            return parse(field, typed, "应为数字");
        }

        private BigDecimal parse(String field, String typed, String message) {
            try {
                return FormNumbers.parse(typed);
            } catch (NumberFormatException e) {
                errors.put(field, message + "，而不是“" + typed + "”");
                return null;
            }
        }
    }
}
