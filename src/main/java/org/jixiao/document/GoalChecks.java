package org.jixiao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a goal sheet, each finding naming its field by JSON path and saying in Chinese what to change.
 * Two tiers: {@link #format} is what no stored sheet may hold (a year out of range, a negative or over-precise
 * amount, text too long, a hidden character in a name); {@link #check} adds what a sheet must state before the unit
 * submits it (the project and its period, the funds, the goals, every indicator with its levels, its annual target and
 * the basis of that target).
 */
public final class GoalChecks {

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    private static final int SHORT_TEXT = 500;
    private static final int LONG_TEXT = 20_000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999"); // NUMERIC(18,6) in 万元
    private static final int MAX_SCALE = 6;

    private final List<Finding> findings = new ArrayList<>();

    private GoalChecks() {
    }

    /** What makes the sheet unfit to store at all; a draft may be incomplete, but never wrong in these. */
    public static List<Finding> format(GoalSheet sheet) {
        GoalChecks checks = new GoalChecks();
        checks.formatOf(sheet);
        return List.copyOf(checks.findings);
    }

    /** Everything the sheet must be to be submitted: {@link #format} and what it must state. */
    public static List<Finding> check(GoalSheet sheet) {
        GoalChecks checks = new GoalChecks();
        checks.formatOf(sheet);
        checks.completenessOf(sheet);
        return List.copyOf(checks.findings);
    }

    private void formatOf(GoalSheet sheet) {
        if (!GoalSheet.SCHEMA.equals(sheet.schema())) {
            error(FindingCode.INVALID_FIELD, "$.schema", "不支持的格式 " + sheet.schema() + "，应为 " + GoalSheet.SCHEMA);
        }
        if (sheet.kind() == null) {
            error(FindingCode.MISSING_FIELD, "$.kind", "缺少申报表类型 kind（PROJECT 项目支出或 DEPARTMENT_OVERALL 部门整体支出）");
        }
        if (sheet.fiscalYear() == null) {
            error(FindingCode.MISSING_FIELD, "$.fiscalYear", "缺少预算年度");
        } else if (sheet.fiscalYear() < MIN_YEAR || sheet.fiscalYear() > MAX_YEAR) {
            error(FindingCode.INVALID_FIELD, "$.fiscalYear",
                    "预算年度应在 " + MIN_YEAR + " 至 " + MAX_YEAR + " 之间，实为 " + sheet.fiscalYear());
        }
        Department unit = sheet.department();
        if (unit == null || unit.name() == null || unit.name().isBlank()) {
            error(FindingCode.MISSING_FIELD, "$.department.name", "缺少单位名称");
        } else {
            name(unit.name(), "$.department.name", "单位名称");
            name(unit.parent(), "$.department.parent", "主管部门");
        }
        name(sheet.project(), "$.project", "项目名称");
        text(sheet.period(), "$.period", "实施期限", SHORT_TEXT);
        text(sheet.longTermGoal(), "$.longTermGoal", "中长期目标", LONG_TEXT);
        text(sheet.annualGoal(), "$.annualGoal", goalLabel(sheet), LONG_TEXT);
        if (sheet.funds() != null) {
            amount(sheet.funds().total(), "$.funds.total", "年度资金总额");
            amount(sheet.funds().appropriation(), "$.funds.appropriation", "财政拨款");
            amount(sheet.funds().other(), "$.funds.other", "其他资金");
        }
        for (int i = 0; i < sheet.functions().size(); i++) {
            text(sheet.functions().get(i), "$.functions[" + i + "]", "第 " + (i + 1) + " 项部门职能", LONG_TEXT);
        }
        for (int i = 0; i < sheet.tasks().size(); i++) {
            PlannedTask task = sheet.tasks().get(i);
            String at = "$.tasks[" + i + "]";
            String which = "第 " + (i + 1) + " 项年度主要任务";
            if (task == null) {
                error(FindingCode.INVALID_FIELD, at, which + "为空");
                continue;
            }
            name(task.name(), at + ".name", which + "的名称");
            text(task.content(), at + ".content", which + "的主要内容", LONG_TEXT);
            amount(task.budget(), at + ".budget", which + "的预算金额");
        }
        for (int i = 0; i < sheet.indicators().size(); i++) {
            GoalIndicator indicator = sheet.indicators().get(i);
            String at = "$.indicators[" + i + "]";
            if (indicator == null) {
                error(FindingCode.INVALID_FIELD, at, "第 " + (i + 1) + " 个指标为空");
                continue;
            }
            String which = indicatorLabel(i, indicator);
            name(indicator.name(), at + ".name", which + "的名称");
            if (indicator.level1() != null && indicator.level2() != null && !indicator.level2().fits(indicator.level1())) {
                error(FindingCode.INVALID_FIELD, at + ".level2", which + "的二级指标“" + indicator.level2().label()
                        + "”不属于一级指标“" + indicator.level1().label() + "”");
            }
            target(indicator.annualTarget(), at + ".annualTarget", which + "的年度指标值");
            target(indicator.cycleTarget(), at + ".cycleTarget", which + "的实施周期指标值");
            text(indicator.basisNote(), at + ".basisNote", which + "的设定依据说明", SHORT_TEXT);
        }
    }

    private void completenessOf(GoalSheet sheet) {
        if (sheet.kind() == Kind.PROJECT) {
            if (sheet.project() == null) {
                error(FindingCode.MISSING_FIELD, "$.project", "项目支出绩效目标申报表应填写项目名称");
            }
            if (sheet.period() == null) {
                error(FindingCode.MISSING_FIELD, "$.period", "请填写项目的实施期限，如 2026年1月至2026年12月");
            }
        } else if (sheet.kind() == Kind.DEPARTMENT_OVERALL) {
            if (sheet.functions().isEmpty()) {
                error(FindingCode.MISSING_FIELD, "$.functions", "请填写部门职能");
            }
            if (sheet.tasks().isEmpty()) {
                error(FindingCode.MISSING_FIELD, "$.tasks", "请填写至少一项年度主要任务及其预算金额");
            }
            for (int i = 0; i < sheet.tasks().size(); i++) {
                PlannedTask task = sheet.tasks().get(i);
                if (task != null && (task.name() == null || task.name().isBlank())) {
                    error(FindingCode.MISSING_FIELD, "$.tasks[" + i + "].name", "第 " + (i + 1) + " 项年度主要任务缺少名称");
                }
            }
        }
        if (sheet.annualGoal() == null) {
            error(FindingCode.MISSING_FIELD, "$.annualGoal", "请填写" + goalLabel(sheet));
        }
        GoalFunds funds = sheet.funds();
        if (funds == null || funds.total() == null) {
            error(FindingCode.MISSING_FIELD, "$.funds.total", "请填写年度资金总额（万元）");
        } else {
            if (funds.partsDifferFromTotal()) {
                error(FindingCode.FUNDS_MISMATCH, "$.funds.total", "财政拨款与其他资金之和 "
                        + Decimals.plain(zeroIfNull(funds.appropriation()).add(zeroIfNull(funds.other())))
                        + " 万元不等于年度资金总额 " + Decimals.plain(funds.total()) + " 万元");
            }
            BigDecimal tasks = sheet.tasks().stream().filter(t -> t != null && t.budget() != null)
                    .map(PlannedTask::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (tasks.compareTo(funds.total()) > 0) {
                warning(FindingCode.FUNDS_MISMATCH, "$.tasks", "年度主要任务的预算合计 " + Decimals.plain(tasks)
                        + " 万元超过年度资金总额 " + Decimals.plain(funds.total()) + " 万元");
            }
        }
        if (sheet.indicators().isEmpty()) {
            error(FindingCode.MISSING_FIELD, "$.indicators", "请至少设置一个绩效指标");
        }
        for (int i = 0; i < sheet.indicators().size(); i++) {
            GoalIndicator indicator = sheet.indicators().get(i);
            if (indicator == null) {
                continue;
            }
            String at = "$.indicators[" + i + "]";
            String which = indicatorLabel(i, indicator);
            if (indicator.name() == null || indicator.name().isBlank()) {
                error(FindingCode.MISSING_FIELD, at + ".name", which + "缺少三级指标名称");
            }
            if (indicator.level1() == null) {
                error(FindingCode.MISSING_FIELD, at + ".level1", which + "缺少一级指标（产出、效益、满意度或成本）");
            }
            if (indicator.annualTarget() == null || indicator.annualTarget().text() == null) {
                error(FindingCode.MISSING_FIELD, at + ".annualTarget", which + "缺少年度指标值");
            }
            if (indicator.basis() == null) {
                error(FindingCode.MISSING_FIELD, at + ".basis",
                        which + "缺少指标值设定依据（历史标准、行业标准、计划标准或其他）");
            } else if (indicator.basis() == TargetBasis.OTHER && indicator.basisNote() == null) {
                error(FindingCode.MISSING_FIELD, at + ".basisNote", which + "的设定依据为“其他”，请说明依据");
            }
        }
    }

    private static String goalLabel(GoalSheet sheet) {
        return sheet.kind() == Kind.DEPARTMENT_OVERALL ? "年度总体目标" : "年度目标";
    }

    private static String indicatorLabel(int index, GoalIndicator indicator) {
        String name = indicator.name() == null || indicator.name().isBlank() ? "" : "“" + indicator.name() + "”";
        return "第 " + (index + 1) + " 个指标" + name;
    }

    private void name(String value, String path, String what) {
        text(value, path, what, SHORT_TEXT);
        String hidden = HiddenCharacters.problem(what, value);
        if (hidden != null) {
            error(FindingCode.INVALID_FIELD, path, hidden);
        }
    }

    private void text(String value, String path, String what, int max) {
        if (value != null && value.length() > max) {
            error(FindingCode.INVALID_FIELD, path, what + "超过 " + max + " 字，实为 " + value.length() + " 字");
        }
    }

    private void target(Target target, String path, String what) {
        if (target != null) {
            text(target.text(), path, what, SHORT_TEXT);
        }
    }

    private void amount(BigDecimal value, String path, String what) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            error(FindingCode.INVALID_FIELD, path, what + "不应为负数，实为 " + Decimals.plain(value) + " 万元");
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            error(FindingCode.INVALID_FIELD, path, what + "超出可保存的范围（万元）");
        } else if (value.stripTrailingZeros().scale() > MAX_SCALE) {
            error(FindingCode.INVALID_FIELD, path, what + "最多六位小数（0.000001 万元为一分），实为 " + Decimals.plain(value));
        }
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private void error(FindingCode code, String path, String message) {
        findings.add(Finding.at(code, Severity.ERROR, path, message, null));
    }

    private void warning(FindingCode code, String path, String message) {
        findings.add(Finding.at(code, Severity.WARNING, path, message, null));
    }
}
