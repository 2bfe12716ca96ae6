package org.jixiao.goals.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.PlannedTask;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;
import org.jixiao.web.FormNumbers;
import org.jixiao.web.IndicatorCells;

/**
 * The goal sheet's editor as typed: every value text, so that a wrong entry is shown back with its error beside it.
 * {@link #from} fills it from a sheet; {@link #toSheet} reads it back, each amount exact or an error on its field.
 */
public class GoalSheetForm {

    private long version;
    private String period;
    private String total;
    private String appropriation;
    private String other;
    private String functions;
    private String longTermGoal;
    private String annualGoal;
    private List<TaskRow> tasks = new ArrayList<>();
    private List<IndicatorRow> indicators = new ArrayList<>();

    static GoalSheetForm from(GoalSheet sheet, long version) {
        GoalSheetForm form = new GoalSheetForm();
        form.version = version;
        form.period = sheet.period();
        GoalFunds funds = sheet.funds();
        if (funds != null) {
            form.total = FormNumbers.show(funds.total());
            form.appropriation = FormNumbers.show(funds.appropriation());
            form.other = FormNumbers.show(funds.other());
        }
        form.functions = String.join("\n", sheet.functions());
        form.longTermGoal = sheet.longTermGoal();
        form.annualGoal = sheet.annualGoal();
        for (PlannedTask task : sheet.tasks()) {
            TaskRow row = new TaskRow();
            row.name = task.name();
            row.content = task.content();
            row.budget = FormNumbers.show(task.budget());
            form.tasks.add(row);
        }
        for (GoalIndicator indicator : sheet.indicators()) {
            IndicatorRow row = new IndicatorRow();
            row.setLevel1(indicator.level1() == null ? "" : indicator.level1().name());
            row.setLevel2(indicator.level2() == null ? "" : indicator.level2().name());
            row.setName(indicator.name());
            row.setCycleTarget(indicator.cycleTarget() == null ? null : indicator.cycleTarget().text());
            row.setAnnualTarget(indicator.annualTarget() == null ? null : indicator.annualTarget().text());
            row.basis = indicator.basis() == null ? "" : indicator.basis().name();
            row.basisNote = indicator.basisNote();
            form.indicators.add(row);
        }
        return form;
    }

    /** The sheet as typed, on the stored one (whose unit, year, kind and project stay); errors by field name. */
    GoalSheet toSheet(GoalSheet stored, Map<String, String> errors) {
        GoalFunds funds = new GoalFunds(amount("total", "年度资金总额", total, errors),
                amount("appropriation", "财政拨款", appropriation, errors), amount("other", "其他资金", other, errors));
        List<String> duties = functions == null ? List.of()
                : Arrays.stream(functions.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<PlannedTask> planned = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            TaskRow row = tasks.get(i);
            if (row.isBlank()) {
                continue; // an empty row added and left: not a task
            }
            planned.add(new PlannedTask(row.name, row.content, amount("tasks[" + i + "].budget",
                    "第 " + (i + 1) + " 项任务的预算金额", row.budget, errors)));
        }
        List<GoalIndicator> goals = new ArrayList<>();
        for (IndicatorRow row : indicators) {
            if (row.isBlank()) {
                continue;
            }
            goals.add(new GoalIndicator(choice(IndicatorCategory.class, row.getLevel1()),
                    choice(IndicatorSubcategory.class, row.getLevel2()), row.getName(),
                    Target.parse(row.getCycleTarget()), Target.parse(row.getAnnualTarget()),
                    choice(TargetBasis.class, row.basis), row.basisNote, null));
        }
        return new GoalSheet(GoalSheet.SCHEMA, stored.kind(), stored.fiscalYear(), stored.department(),
                stored.project(), period, funds, duties, planned, longTermGoal, annualGoal, goals, stored.extensions());
    }

    private static BigDecimal amount(String field, String label, String typed, Map<String, String> errors) {
        try {
            return FormNumbers.parse(typed);
        } catch (NumberFormatException e) {
            errors.put(field, "“" + label + "”应为金额（万元），如 120.5，实为“" + typed.strip() + "”");
            return null;
        }
    }

    /** A choice the page offers, by its name; anything else (none chosen, or a made-up value) is none. */
    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        throw new IllegalArgumentException("选项“" + name + "”不在可选范围内");
    }

    static Map<String, String> noErrors() {
        return new LinkedHashMap<>();
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getTotal() {
        return total;
    }

    public void setTotal(String total) {
        this.total = total;
    }

    public String getAppropriation() {
        return appropriation;
    }

    public void setAppropriation(String appropriation) {
        this.appropriation = appropriation;
    }

    public String getOther() {
        return other;
    }

    public void setOther(String other) {
        this.other = other;
    }

    public String getFunctions() {
        return functions;
    }

    public void setFunctions(String functions) {
        this.functions = functions;
    }

    public String getLongTermGoal() {
        return longTermGoal;
    }

    public void setLongTermGoal(String longTermGoal) {
        this.longTermGoal = longTermGoal;
    }

    public String getAnnualGoal() {
        return annualGoal;
    }

    public void setAnnualGoal(String annualGoal) {
        this.annualGoal = annualGoal;
    }

    public List<TaskRow> getTasks() {
        return tasks;
    }

    public void setTasks(List<TaskRow> tasks) {
        this.tasks = tasks;
    }

    public List<IndicatorRow> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<IndicatorRow> indicators) {
        this.indicators = indicators;
    }

    /** A row of 年度主要任务. */
    public static class TaskRow {

        private String name;
        private String content;
        private String budget;

        boolean isBlank() {
            return blank(name) && blank(content) && blank(budget);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public String getBudget() {
            return budget;
        }

        public void setBudget(String budget) {
            this.budget = budget;
        }
    }

    /** A row of the indicator table. */
    public static class IndicatorRow extends IndicatorCells {
        private String basis;
        private String basisNote;

        /** A row from a suggestion of the library. */
        static IndicatorRow of(IndicatorCategory level1, IndicatorSubcategory level2, String name, String target) {
            IndicatorRow row = new IndicatorRow();
            row.setLevel1(level1 == null ? "" : level1.name());
            row.setLevel2(level2 == null ? "" : level2.name());
            row.setName(name);
            row.setAnnualTarget(target);
            row.basis = "";
            return row;
        }

        boolean isBlank() {
            return blank(getName()) && blank(getAnnualTarget()) && blank(getCycleTarget()) && blank(basisNote);
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }

        public String getBasisNote() {
            return basisNote;
        }

        public void setBasisNote(String basisNote) {
            this.basisNote = basisNote;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
