package org.jixiao.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * FUNDS_MISMATCH (docs/scoring.md): amounts of a document that do not add up. Reports print amounts rounded to
 * two decimals, so a sum of n parts may differ from the printed total by up to n × 0.005 万元 without error.
 */
public final class FundsConsistency {


    private static final BigDecimal HALF_CENT_OF_WAN = new BigDecimal("0.005");
    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.01");

    private FundsConsistency() {
    }

    public static List<Finding> check(EvaluationDocument document) {
        List<Finding> findings = new ArrayList<>();
        Funds funds = document.funds();
        if (funds != null) {
            checkFunds(funds, findings);
        }
        List<KeyTask> keyTasks = document.keyTasks();
        for (int i = 0; i < keyTasks.size(); i++) {
            checkKeyTask(i, keyTasks.get(i), findings);
        }
        if (document.kind() == Kind.DEPARTMENT_OVERALL && funds != null && funds.byNature() != null) {
            BigDecimal taskBudgets = Money.sumOrNull(keyTasks.stream().map(KeyTask::budget)
                    .filter(Objects::nonNull).toList());
            BigDecimal project = funds.byNature().project();
            if (project != null && !keyTasks.isEmpty() && taskBudgets.compareTo(project) > 0) {
                findings.add(Finding.at(FindingCode.FUNDS_MISMATCH, Severity.ERROR, "$.keyTasks",
                        "重点工作任务预算合计 " + Money.format(taskBudgets) + " 万元，超过项目支出 " + Money.format(project) + " 万元",
                        "核对各重点工作任务的年度支出预算数与部门项目支出金额"));
            }
        }
        if (document.kind() == Kind.PROJECT && funds != null && keyTasks.size() == 1) {
            KeyTask project = keyTasks.get(0);
            mismatch(funds.budget(), project.budget(), "$.keyTasks[0].budget", "项目全年预算数", "资金情况全年预算数", 1, findings);
            mismatch(funds.executed(), project.executed(), "$.keyTasks[0].executed", "项目全年执行数", "资金情况全年执行数", 1, findings);
        }
        return List.copyOf(findings);
    }

    private static void checkFunds(Funds funds, List<Finding> findings) {
        checkRate(funds.executionRate(), funds.executed(), funds.budget(), "$.funds.executionRate", null, null, findings);
        List<SourceFunds> sources = funds.bySource();
        if (!sources.isEmpty()) {
            BigDecimal executed = Money.sumOrNull(sources.stream().map(SourceFunds::executed).toList());
            mismatch(funds.executed(), executed, "$.funds.bySource", "按资金来源分的支出合计", "全年执行数", sources.size(), findings);
            BigDecimal budget = Money.sumOrNull(sources.stream().map(SourceFunds::budget).toList());
            mismatch(funds.budget(), budget, "$.funds.bySource", "按资金来源分的预算合计", "全年预算数", sources.size(), findings);
        }
        FundsByNature nature = funds.byNature();
        if (nature != null) {
            if (nature.basic() != null && nature.project() != null) {
                mismatch(funds.executed(), nature.basic().add(nature.project()), "$.funds.byNature", "基本支出与项目支出合计", "全年执行数", 2, findings);
            }
            if (nature.basic() != null && nature.personnel() != null && nature.publicUse() != null) {
                mismatch(nature.basic(), nature.personnel().add(nature.publicUse()), "$.funds.byNature", "人员经费与公用经费合计", "基本支出", 2, findings);
            }
        }
    }

    private static void checkKeyTask(int index, KeyTask task, List<Finding> findings) {
        String path = "$.keyTasks[" + index + "]";
        if (task.budget() != null && task.executed() != null && task.executed().compareTo(task.budget()) > 0) {
            findings.add(new Finding(FindingCode.FUNDS_MISMATCH, Severity.ERROR, index, task.name(), null, path + ".executed",
                    "预算完成数 " + Money.format(task.executed()) + " 万元超过年度支出预算数 " + Money.format(task.budget()) + " 万元",
                    "核对预算调整后的年度支出预算数，或说明超支原因"));
        }
        checkRate(task.executionRate(), task.executed(), task.budget(), path + ".executionRate", index, task.name(), findings);
    }

    /** The stated rate against executed ÷ budget: within 0.01 points, or the exact rate rounded as stated. */
    private static void checkRate(BigDecimal stated, BigDecimal executed, BigDecimal budget, String path,
            Integer keyTask, String keyTaskName, List<Finding> findings) {
        if (!rateAgrees(stated, executed, budget)) {
            findings.add(new Finding(FindingCode.FUNDS_MISMATCH, Severity.ERROR, keyTask, keyTaskName, null, path,
                    "执行率写为 " + Decimals.plain(stated) + "%，但执行数 " + Money.format(executed) + " ÷ 预算数 "
                            + Money.format(budget) + " = " + Money.rate(executed, budget).toPlainString() + "%",
                    "执行率应为执行数除以预算数"));
        }
    }

    /**
     * Whether a stated rate (in %) is executed ÷ budget: within 0.01 points, or the exact rate rounded to the
     * decimals stated (94.4 and 94.43 for 94.4301 %, not 94). True where any of the three is not stated.
     */
    public static boolean rateAgrees(BigDecimal stated, BigDecimal executed, BigDecimal budget) {
        BigDecimal exact = Money.exactRate(executed, budget);
        if (stated == null || exact == null) {
            return true;
        }
        return Money.within(stated, exact, RATE_TOLERANCE)
                || stated.scale() > 0 && exact.setScale(stated.scale(), RoundingMode.HALF_UP).compareTo(stated) == 0;
    }

    private static void mismatch(BigDecimal total, BigDecimal sum, String path, String sumName, String totalName,
            int parts, List<Finding> findings) {
        if (total == null || sum == null) {
            return;
        }
        BigDecimal tolerance = HALF_CENT_OF_WAN.multiply(BigDecimal.valueOf(parts));
        if (!Money.within(total, sum, tolerance)) {
            findings.add(Finding.at(FindingCode.FUNDS_MISMATCH, Severity.ERROR, path,
                    sumName + " " + Money.format(sum) + " 万元，与" + totalName + " " + Money.format(total) + " 万元不符（相差 "
                            + Money.format(sum.subtract(total).abs()) + " 万元）",
                    "核对各项金额，使" + sumName + "等于" + totalName));
        }
    }
}
