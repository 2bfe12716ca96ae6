package org.jixiao.scoring;

import static org.jixiao.document.FindingCode.APPROVED_INDICATOR_MISSING;
import static org.jixiao.document.FindingCode.FUNDS_MISMATCH;
import static org.jixiao.document.FindingCode.GENERIC_INDICATOR;
import static org.jixiao.document.FindingCode.INPUT_AS_OUTPUT;
import static org.jixiao.document.FindingCode.LOW_EXECUTION;
import static org.jixiao.document.FindingCode.MISSING_BENEFIT;
import static org.jixiao.document.FindingCode.MISSING_OUTPUT;
import static org.jixiao.document.FindingCode.MISSING_SATISFACTION;
import static org.jixiao.document.FindingCode.MISSING_UNIT;
import static org.jixiao.document.FindingCode.NOT_QUANTIFIED;
import static org.jixiao.document.FindingCode.NOT_SCORABLE;
import static org.jixiao.document.FindingCode.NO_ACTUAL_VALUE;
import static org.jixiao.document.FindingCode.STATED_SCORE_DIFFERS;
import static org.jixiao.document.FindingCode.TARGET_CHANGED_FROM_APPROVED;
import static org.jixiao.document.FindingCode.TARGET_TOO_LOW;
import static org.jixiao.document.FindingCode.TOO_MANY_GENERIC;
import static org.jixiao.document.FindingCode.TRIVIAL_TARGET;
import static org.jixiao.document.FindingCode.UNIT_MISMATCH;
import static org.jixiao.document.FindingCode.UNMET_WITHOUT_REASON;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.document.Comparison;
import org.jixiao.document.Decimals;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.FundsConsistency;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Grade;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Money;
import org.jixiao.document.Severity;
import org.jixiao.document.StatedScore;
import org.jixiao.document.Target;
import org.jixiao.scoring.IndicatorPaths.PathField;
import org.jixiao.scoring.LintRules.GenericIndicator;
import org.jixiao.scoring.LintRules.InputPattern;
import org.jixiao.scoring.LintRules.TaskKind;

/**
 * Finds weak indicators and unexplained figures (docs/scoring.md, "Indicator quality"): every finding names its key
 * task and indicator, says in Chinese what is wrong and how a finance officer would set it better. Amounts that
 * do not add up come from {@link FundsConsistency}. The word lists are data ({@link LintRules}); the thresholds
 * come from the scoring profile.
 *
 * <p>Severity: ERROR where the form itself is wrong (FUNDS_MISMATCH; UNMET_WITHOUT_REASON, since the form
 * requires a deviation analysis for every unmet target; NOT_SCORABLE, since a document without indicators cannot
 * be graded), WARNING for the rest.
 */
public final class IndicatorLinter {

    /** Every code this linter reports, FUNDS_MISMATCH included. */
    public static final List<FindingCode> CODES = List.of(FUNDS_MISMATCH, MISSING_OUTPUT, MISSING_BENEFIT,
            MISSING_SATISFACTION, GENERIC_INDICATOR, TOO_MANY_GENERIC, INPUT_AS_OUTPUT, NOT_QUANTIFIED, MISSING_UNIT,
            TARGET_TOO_LOW, TRIVIAL_TARGET, UNMET_WITHOUT_REASON, NO_ACTUAL_VALUE, LOW_EXECUTION, UNIT_MISMATCH,
            NOT_SCORABLE, STATED_SCORE_DIFFERS, TARGET_CHANGED_FROM_APPROVED, APPROVED_INDICATOR_MISSING);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Findings about one indicator that cite its library entry, where it has one. */
    private static final Set<FindingCode> CITING = Set.of(GENERIC_INDICATOR, INPUT_AS_OUTPUT,
            NOT_QUANTIFIED, MISSING_UNIT, TARGET_TOO_LOW, TRIVIAL_TARGET, UNIT_MISMATCH);

    private final ScoringProfile profile;
    private final LintRules rules;
    private final BigDecimal tooLowFactor;
    /** （超出 20% 以上即视为目标偏低）: the profile's threshold in words, the same in every TARGET_TOO_LOW. */
    private final String tooLowThreshold;
    private final IndicatorCatalog catalog;
    /** The computed score a report's own score is held against: only where a report states one. */
    private final Scorer scorer;

    public IndicatorLinter(ScoringProfile profile) {
        this(profile, IndicatorCatalog.NONE);
    }

    /** A linter whose advice cites the catalog's entry of an indicator where there is one. */
    public IndicatorLinter(ScoringProfile profile, IndicatorCatalog catalog) {
        this.profile = profile;
        this.rules = LintRules.get();
        this.tooLowFactor = BigDecimal.ONE.add(profile.lint().targetTooLowPercent().movePointLeft(2));
        this.tooLowThreshold = "%（超出 " + Decimals.plain(profile.lint().targetTooLowPercent()) + "% 以上即视为目标偏低）";
        this.catalog = catalog == null ? IndicatorCatalog.NONE : catalog;
        this.scorer = new Scorer(profile);
    }

    /** Whether the linter's own list of generic indicators (generic-indicators.json) names this indicator. */
    public static boolean isGeneric(String indicatorName) {
        return LintRules.get().generic().containsKey(IndicatorNames.normalize(indicatorName));
    }

    public List<Finding> lint(EvaluationDocument document) {
        return lint(document, null);
    }

    /**
     * The findings of a document, document-wide ones first, then each key task's in order.
     *
     * @param previousYear the same unit's (or project's) document of the year before, where one exists: annual
     *                     targets below last year's actual values are then reported too; may be null
     */
    public List<Finding> lint(EvaluationDocument document, EvaluationDocument previousYear) {
        return lint(document, previousYear, null, null);
    }

    /**
     * The score of a document (this linter's profile) and its findings, scored once: each indicator's achievement
     * and the reasoning of one that fell short are found by the scoring and used by the findings, and a report's
     * own score is held against that score rather than a second one. Both are what {@link Scorer#score} and
     * {@link #lint(EvaluationDocument, EvaluationDocument)} give.
     */
    public Assessment assess(EvaluationDocument document, EvaluationDocument previousYear) {
        return assess(document, previousYear, null);
    }

    /**
     * The same, with the goals approved with the budget: each annual target other than the approved one and each
     * approved indicator left out are reported too, after the rest.
     *
     * @param approved the unit's approved (or published) goal sheet of the year and subject, or null
     */
    public Assessment assess(EvaluationDocument document, EvaluationDocument previousYear, GoalSheet approved) {
        Achievement[][] achievements = new Achievement[document.keyTasks().size()][];
        EvaluationScore score = scorer.score(document, achievements);
        List<Finding> findings = lint(document, previousYear, score, achievements);
        return new Assessment(score, withApproved(findings, document, approved));
    }

    /** The findings, with those against the approved goal sheet (null: none) after the rest. */
    public List<Finding> lint(EvaluationDocument document, EvaluationDocument previousYear, GoalSheet approved) {
        return withApproved(lint(document, previousYear), document, approved);
    }

    private static List<Finding> withApproved(List<Finding> findings, EvaluationDocument document, GoalSheet approved) {
        List<Finding> against = ApprovedTargets.check(document, approved);
        if (against.isEmpty()) {
            return findings;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(against);
        return List.copyOf(all);
    }

    /** @param score the document's score where already computed, else null; achievements with it */
    private List<Finding> lint(EvaluationDocument document, EvaluationDocument previousYear, EvaluationScore score,
            Achievement[][] achievements) {
        List<Finding> findings = new ArrayList<>(FundsConsistency.check(document));
        History history = History.of(previousYear);
        lowExecution(document, findings);
        Unscorable unscorable = Unscorable.of(document);
        if (unscorable != null) {
            findings.add(unscorable.finding(document.kind()));
        } else {
            statedScore(document, score, findings);
        }
        List<KeyTask> tasks = document.keyTasks();
        for (int i = 0; i < tasks.size(); i++) {
            new TaskLint(document, i, history, achievements == null ? null : achievements[i], findings).run();
        }
        return List.copyOf(findings);
    }

    private void lowExecution(EvaluationDocument document, List<Finding> findings) {
        BigDecimal rate = null;
        if (document.funds() != null) {
            rate = document.funds().executionRate() != null ? document.funds().executionRate()
                    : Money.exactRate(document.funds().executed(), document.funds().budget());
        }
        boolean project = document.kind() == Kind.PROJECT;
        KeyTask only = project && document.keyTasks().size() == 1 ? document.keyTasks().get(0) : null;
        if (rate == null && only != null) {
            rate = only.executionRate() != null ? only.executionRate() : Money.exactRate(only.executed(), only.budget());
        }
        if (rate == null || rate.compareTo(profile.lint().lowExecutionRate()) >= 0) {
            return;
        }
        List<String> texts = new ArrayList<>();
        texts.add(document.conclusion());
        texts.addAll(document.problems());
        texts.addAll(document.measures());
        if (only != null) {
            texts.add(only.outcome());
            only.indicators().forEach(indicator -> texts.add(indicator.deviationReason()));
        }
        if (explained(texts)) {
            return;
        }
        String what = project ? "项目" : "部门整体支出";
        findings.add(Finding.at(LOW_EXECUTION, Severity.WARNING,
                document.funds() != null ? "$.funds.executionRate" : "$.keyTasks[0].executionRate",
                what + "执行率为 " + percent(rate) + "，低于 " + percent(profile.lint().lowExecutionRate())
                        + "，但自评结论、存在的问题和改进措施中没有说明原因",
                "在“存在的主要问题”中说明预算未执行的原因（如项目延期、政府采购节余、资金收回），并在“下一步改进措施”中写明加快支出进度的办法"));
    }

    /**
     * The report's own total more than the tolerance (1 point under MOF_2020) from the computed total; where it
     * states only a grade, that grade other than the computed one.
     */
    private void statedScore(EvaluationDocument document, EvaluationScore computedScore, List<Finding> findings) {
        StatedScore stated = document.statedScore();
        if (stated == null) {
            return;
        }
        EvaluationScore score = computedScore != null ? computedScore : scorer.score(document);
        String computed = "按评分规则（" + profile.name() + "）计算为 " + Decimals.twoDecimals(score.total()) + " 分（"
                + score.grade().label() + "）";
        if (stated.total() != null) {
            BigDecimal gap = stated.total().subtract(score.total()).abs();
            if (gap.compareTo(profile.lint().statedScoreTolerance()) > 0) {
                findings.add(Finding.at(STATED_SCORE_DIFFERS, Severity.WARNING, "$.statedScore.total",
                        "报告自评得分 " + Decimals.plain(stated.total()) + " 分，" + computed + "，相差 "
                                + Decimals.twoDecimals(gap) + " 分（超过 " + Decimals.plain(profile.lint().statedScoreTolerance())
                                + " 分）",
                        "逐项核对各指标的分值、实际完成值和得分，按评分规则重新计算自评得分；差异确有依据的（如按地方评分办法计分），在自评结论中说明计分方法"));
            }
            return;
        }
        Grade said = Grade.ofWord(stated.grade());
        if (said != null && said != score.grade()) {
            findings.add(Finding.at(STATED_SCORE_DIFFERS, Severity.WARNING, "$.statedScore.grade",
                    "报告自评等级为“" + stated.grade() + "”，" + computed + "，等级不同",
                    "先按评分规则计算总分，再按总分确定等级（" + gradeLines() + "），并在报告中写明自评得分"));
        }
    }

    /** 90分及以上为优、80分及以上为良…: the profile's grade lines as a sentence. */
    private String gradeLines() {
        List<String> lines = new ArrayList<>();
        for (Grade grade : List.of(Grade.EXCELLENT, Grade.GOOD, Grade.FAIR)) {
            lines.add(Decimals.plain(profile.grades().get(grade)) + "分及以上为" + grade.label());
        }
        lines.add("其余为" + Grade.POOR.label());
        return String.join("、", lines);
    }

    private boolean explained(List<String> texts) {
        for (String text : texts) {
            if (rules.explanationWords().in(text)) {
                return true;
            }
        }
        return false;
    }

    /** The findings of one key task: its execution, its categories, each indicator, its share of generic ones. */
    private final class TaskLint {

        private final EvaluationDocument document;
        private final int index;
        private final KeyTask task;
        private final History history;
        /** Each indicator's achievement as the scoring found it, or null: found here. */
        private final Achievement[] achievements;
        private final List<Finding> findings;
        private final String where;
        /** The indicator being linted, its name as word lists and the catalog know it. */
        private String normalizedName;
        /** 重点工作任务1“…”的指标“…” of the indicator being linted, once it has a finding; a weak one has several. */
        private String about;
        private final List<Finding> indicatorFindings = new ArrayList<>();
        private final List<String> genericNames = new ArrayList<>();
        private TaskKind kind;

        TaskLint(EvaluationDocument document, int index, History history, Achievement[] achievements,
                List<Finding> findings) {
            this.document = document;
            this.index = index;
            this.task = document.keyTasks().get(index);
            this.history = history;
            this.achievements = achievements;
            this.findings = findings;
            this.where = document.kind() == Kind.PROJECT ? "项目“" + task.name() + "”"
                    : "重点工作任务" + (index + 1) + "“" + task.name() + "”";
        }

        void run() {
            boolean output = false;
            boolean benefit = false;
            boolean satisfaction = false;
            List<Indicator> indicators = task.indicators();
            for (int j = 0; j < indicators.size(); j++) {
                Indicator indicator = indicators.get(j);
                IndicatorCategory category = indicator.effectiveCategory();
                output |= category == IndicatorCategory.OUTPUT || category == IndicatorCategory.COST;
                benefit |= category == IndicatorCategory.BENEFIT;
                satisfaction |= category == IndicatorCategory.SATISFACTION;
                indicator(j, indicator);
            }
            String path = "$.keyTasks[" + index + "]";
            if (document.kind() != Kind.PROJECT) {
                taskExecution(path);
            }
            if (!output) {
                taskFinding(MISSING_OUTPUT, path + ".indicators", where + "没有产出指标，看不出交付了什么",
                        "增加产出指标，写明交付了什么、多少、何时、达到什么标准，例如：数量——" + example("QUANTITY") + "；质量——"
                                + example("QUALITY") + "；时效——" + example("TIMELINESS"));
            }
            if (!benefit) {
                taskFinding(MISSING_BENEFIT, path + ".indicators", where + "没有效益指标，看不出任务带来了什么变化",
                        "增加效益指标，衡量任务给服务对象或社会带来的可衡量变化，例如：" + example("BENEFIT")
                                + "；目标值宜参照上年实际设定");
            }
            if (!satisfaction) {
                taskFinding(MISSING_SATISFACTION, path + ".indicators", where + "没有满意度指标",
                        "增加写明具体对象和服务内容的满意度指标，例如：" + example("SATISFACTION") + "；并说明调查方式和样本量");
            }
            int n = indicators.size();
            if (n > 0 && BigDecimal.valueOf(genericNames.size())
                    .compareTo(profile.lint().tooManyGenericShare().multiply(BigDecimal.valueOf(n))) >= 0) {
                taskFinding(TOO_MANY_GENERIC, path + ".indicators", where + "的 " + n + " 个指标中有 " + genericNames.size()
                                + " 个是通用指标（" + String.join("、", genericNames) + "），看不出本任务的具体产出和效果",
                        "保留能说明本任务成果的指标，把通用指标换成具体指标，例如：" + example("QUANTITY") + "；" + example("BENEFIT"));
            }
            findings.addAll(indicatorFindings);
        }

        private void taskExecution(String path) {
            BigDecimal rate = task.executionRate() != null ? task.executionRate()
                    : Money.exactRate(task.executed(), task.budget());
            if (rate == null || rate.compareTo(profile.lint().lowExecutionRate()) >= 0) {
                return;
            }
            List<String> texts = new ArrayList<>();
            texts.add(task.outcome());
            task.indicators().forEach(indicator -> texts.add(indicator.deviationReason()));
            if (!explained(texts)) {
                taskFinding(LOW_EXECUTION, path + ".executionRate", where + "执行率为 " + percent(rate) + "，低于 "
                                + percent(profile.lint().lowExecutionRate()) + "，但没有说明原因",
                        "在目标实际完成情况或偏差原因中说明资金未执行的原因（如项目延期、采购节余、资金收回），并写明加快支出进度的措施");
            }
        }

        private void indicator(int j, Indicator indicator) {
            String name = IndicatorNames.normalize(indicator.name());
            normalizedName = name;
            about = null;
            InputPattern input = rules.inputPattern(name);
            if (input != null) {
                add(INPUT_AS_OUTPUT, Severity.WARNING, indicator, at(j, PathField.NAME),
                        about(indicator) + "衡量的是" + input.what() + "，属于投入而不是产出",
                        "预算执行情况已单独计分；改为衡量投入后交付的成果，例如：" + example("QUANTITY"));
            }
            GenericIndicator generic = rules.generic().get(name);
            if (generic != null) {
                genericNames.add(indicator.name());
                if (input == null) {
                    add(GENERIC_INDICATOR, Severity.WARNING, indicator, at(j, PathField.NAME), about(indicator) + "是通用指标：" + generic.why(),
                            "改为反映本任务（" + kind().label() + "）特点的具体指标，例如：" + example(generic.slot()));
                }
            }
            notQuantified(indicator, j);
            missingUnit(indicator, j);
            Achievement achievement = achievements != null ? achievements[j]
                    : Achievement.of(indicator, profile.qualitative());
            if (!targetTooLow(indicator, achievement, j)) {
                belowLastYear(indicator, j);
            }
            trivialTarget(indicator, j);
            boolean noReason = indicator.deviationReason() == null || indicator.deviationReason().isBlank();
            if (achievement.unmet() && noReason) {
                add(UNMET_WITHOUT_REASON, Severity.ERROR, indicator, at(j, PathField.DEVIATION_REASON),
                        about(indicator) + "未完成（" + achievement.basis() + "），但没有填写偏差原因分析及改进措施",
                        "说明未完成的原因（客观原因或主观原因）和下一步改进措施，填入“偏差原因分析及改进措施”");
            }
            switch (achievement.how()) {
                case CLAIMED -> add(NO_ACTUAL_VALUE, Severity.WARNING, indicator, at(j, PathField.ACTUAL),
                        about(indicator) + "没有填写实际完成值，得分只凭“完成”的自评结论",
                        "填写实际完成值（数字和单位，或定性指标的完成情况），并留存佐证材料");
                case NOT_STATED -> add(NO_ACTUAL_VALUE, Severity.WARNING, indicator, at(j, PathField.ACTUAL),
                        about(indicator) + "没有填写实际完成值，也没有注明已完成，按0分计",
                        "填写实际完成值（数字和单位，或定性指标的完成情况），并留存佐证材料");
                case UNIT_MISMATCH -> add(UNIT_MISMATCH, Severity.WARNING, indicator, at(j, PathField.ACTUAL),
                        about(indicator) + "的实际完成值“" + indicator.actual().text() + "”与指标值“" + indicator.target().text()
                                + "”单位不同，无法比较，只能按自评结论计分",
                        "实际完成值应使用与指标值相同的计量单位");
                default -> {
                }
            }
        }

        private void notQuantified(Indicator indicator, int j) {
            for (Field field : Field.TARGETS) {
                Target target = field.of(indicator);
                if (target == null || !target.isQualitative() || target.text() == null) {
                    continue;
                }
                String vague = rules.vagueWords().first(target.text());
                if (vague != null && !rules.gradingMarkers().in(target.text())) {
                    add(NOT_QUANTIFIED, Severity.WARNING, indicator, at(j, field.path),
                            about(indicator) + "的" + field.label + "“" + target.text() + "”含模糊表述“" + vague + "”，又没有评判标准，无法判断是否达成",
                            "改为可衡量的目标值（如“较上年提高5个百分点”“不少于20场”），或写明分档评判标准（如优：…；良：…；差：…）");
                    return;
                }
            }
        }

        private void missingUnit(Indicator indicator, int j) {
            for (Field field : Field.TARGETS) {
                Target target = field.of(indicator);
                if (target != null && !target.isQualitative() && target.value() != null && target.value().signum() != 0
                        && target.unit() == null) {
                    add(MISSING_UNIT, Severity.WARNING, indicator, at(j, field.path),
                            about(indicator) + "的" + field.label + "“" + target.text() + "”只有数字，没有计量单位",
                            isRate(normalizedName) ? "这是比率类指标，写明单位“%”，如“≥" + Achievement.figure(target.value()) + "%”"
                                    : "写明计量单位，如 %、次、人次、户、万元、天");
                    return;
                }
            }
        }

        /** The actual far above a higher-is-better target (or a target of 0): the target was set too low. */
        private boolean targetTooLow(Indicator indicator, Achievement achievement, int j) {
            if (achievement.how() != Achievement.How.MEASURED || !achievement.comparator().isHigherBetter()) {
                return false;
            }
            BigDecimal actual = achievement.actual();
            BigDecimal target = achievement.target();
            String unit = unit(achievement.unit());
            Field field = indicator.annualTarget() != null ? Field.ANNUAL : Field.CYCLE;
            String label = field.label;
            if (target.signum() == 0 && actual.signum() > 0) {
                add(TARGET_TOO_LOW, Severity.WARNING, indicator, at(j, field.path),
                        about(indicator) + "的" + label + "为0，任何结果都能达到（实际完成 " + Achievement.figure(actual) + unit + "）",
                        "按实际完成情况设定目标：建议" + label + "不低于 " + suggested(actual, unit) + unit);
                return true;
            }
            if (target.signum() <= 0 || actual.compareTo(target.multiply(tooLowFactor)) < 0) {
                return false;
            }
            BigDecimal over = actual.subtract(target).multiply(HUNDRED).divide(target, 0, RoundingMode.HALF_UP);
            add(TARGET_TOO_LOW, Severity.WARNING, indicator, at(j, field.path),
                    about(indicator) + "实际完成 " + Achievement.figure(actual) + unit + "，超出" + label + " "
                            + Achievement.figure(target) + unit + " " + over + tooLowThreshold,
                    "按实际完成情况调高目标：建议下一年度" + (field == Field.ANNUAL ? "指标值" : "的" + label)
                            + "不低于 " + suggested(actual, unit) + unit);
            return true;
        }

        /** This year's annual target below last year's actual (above it, for a lower-is-better target). */
        private void belowLastYear(Indicator indicator, int j) {
            Indicator last = history.find(task.name(), indicator.name());
            Target target = indicator.annualTarget();
            if (last == null || last.actual() == null || target == null || target.value() == null
                    || target.isQualitative() || last.actual().value() == null || last.actual().isQualitative()) {
                return;
            }
            Achievement compared = Achievement.of(Indicator.builder().name(indicator.name()).annualTarget(target)
                    .actual(last.actual()).build(), profile.qualitative());
            if (compared.how() != Achievement.How.MEASURED) {
                return;
            }
            BigDecimal lastActual = compared.actual();
            BigDecimal thisTarget = compared.target();
            String unit = unit(compared.unit());
            Comparison comparator = target.comparator();
            String year = history.year == null ? "上年" : "上年（" + history.year + "年）";
            if (comparator.isLowerBetter()) {
                if (thisTarget.compareTo(lastActual) > 0) {
                    add(TARGET_TOO_LOW, Severity.WARNING, indicator, at(j, PathField.ANNUAL_TARGET),
                            about(indicator) + "的年度指标值 " + target.text() + " 宽于" + year + "实际完成值 " + Achievement.figure(lastActual) + unit,
                            "目标不宜比上年实际更宽松，建议年度指标值不高于 " + Achievement.figure(lastActual) + unit);
                }
            } else if (thisTarget.compareTo(lastActual) < 0) {
                add(TARGET_TOO_LOW, Severity.WARNING, indicator, at(j, PathField.ANNUAL_TARGET),
                        about(indicator) + "的年度指标值 " + target.text() + " 低于" + year + "实际完成值 " + Achievement.figure(lastActual) + unit,
                        "目标值不宜低于上年实际，建议年度指标值不低于 " + suggested(lastActual, unit) + unit);
            }
        }

        private void trivialTarget(Indicator indicator, int j) {
            Target target = indicator.target();
            if (target == null || target.isQualitative() || target.value() == null
                    || target.value().compareTo(BigDecimal.ONE) != 0 || target.comparator().isLowerBetter()
                    || target.unit() == null || !rules.countUnits().contains(target.unit())) {
                return;
            }
            String word = rules.recurringWords().first(indicator.name());
            if (word == null) {
                return;
            }
            add(TRIVIAL_TARGET, Severity.WARNING, indicator,
                    at(j, indicator.annualTarget() != null ? PathField.ANNUAL_TARGET : PathField.CYCLE_TARGET),
                    about(indicator) + "的目标只有 1" + target.unit() + "：" + word + "是经常性工作，一次即可达到，目标没有约束力",
                    "按实际工作频次设定目标（如每季度1次，全年即为4次），或改为衡量" + word + "成果的指标，例如："
                            + example("QUANTITY"));
        }

        /** The JSON path of a field of indicator j. */
        private String at(int j, PathField field) {
            return IndicatorPaths.of(index, j, field);
        }

        /** 重点工作任务1“…”的指标“…”: built only for a finding, once per indicator. */
        private String about(Indicator indicator) {
            if (about == null) {
                about = where + "的指标“" + indicator.name() + "”";
            }
            return about;
        }

        private void taskFinding(FindingCode code, String path, String message, String suggestion) {
            findings.add(new Finding(code, Severity.WARNING, index, task.name(), null, path, message, suggestion));
        }

        private void add(FindingCode code, Severity severity, Indicator indicator, String path, String message,
                String suggestion) {
            indicatorFindings.add(new Finding(code, severity, index, task.name(), indicator.name(), path, message,
                    cite(code, suggestion)));
        }

        /** The suggestion with the library's entry of the indicator, where the catalog has one. */
        private String cite(FindingCode code, String suggestion) {
            if (catalog == IndicatorCatalog.NONE || !CITING.contains(code)) {
                return suggestion;
            }
            IndicatorCatalog.Entry entry = catalog.find(normalizedName);
            if (entry == null) {
                return suggestion;
            }
            return suggestion == null ? entry.citation() : suggestion + "。" + entry.citation();
        }

        private String example(String slot) {
            String example = kind().example(slot);
            return example != null ? example : last(rules.kinds()).example(slot);
        }

        /** The kind of this task, found on first need: by its name, else its goal and indicators. */
        private TaskKind kind() {
            if (kind == null) {
                kind = TaskKinds.classify(task, rules);
            }
            return kind;
        }
    }

    /** A target field of an indicator. */
    private enum Field {
        ANNUAL("年度指标值", PathField.ANNUAL_TARGET), CYCLE("实施周期指标值", PathField.CYCLE_TARGET);

        /** Annual first; a constant rather than values(), which copies. */
        static final Field[] TARGETS = {ANNUAL, CYCLE};

        final String label;
        final PathField path;

        Field(String label, PathField path) {
            this.label = label;
            this.path = path;
        }

        Target of(Indicator indicator) {
            return this == ANNUAL ? indicator.annualTarget() : indicator.cycleTarget();
        }
    }

    /** Last year's indicators by key task and name. */
    private static final class History {

        static final History NONE = new History(null, Map.of(), Map.of());

        final Integer year;
        final Map<String, Map<String, Indicator>> byTask;
        final Map<String, Indicator> byName;

        private History(Integer year, Map<String, Map<String, Indicator>> byTask, Map<String, Indicator> byName) {
            this.year = year;
            this.byTask = byTask;
            this.byName = byName;
        }

        static History of(EvaluationDocument previous) {
            if (previous == null) {
                return NONE;
            }
            Map<String, Map<String, Indicator>> byTask = new HashMap<>();
            Map<String, Indicator> byName = new HashMap<>();
            Map<String, Integer> seen = new HashMap<>();
            for (KeyTask task : previous.keyTasks()) {
                Map<String, Indicator> indicators = byTask.computeIfAbsent(IndicatorNames.normalize(task.name()),
                        t -> new HashMap<>());
                for (Indicator indicator : task.indicators()) {
                    String name = IndicatorNames.normalize(indicator.name());
                    indicators.putIfAbsent(name, indicator);
                    byName.putIfAbsent(name, indicator);
                    seen.merge(name, 1, Integer::sum);
                }
            }
            seen.forEach((name, count) -> {
                if (count > 1) {
                    byName.remove(name);
                }
            });
            return new History(previous.fiscalYear(), byTask, byName);
        }

        /** The same indicator of the same key task; else the one indicator of that name in the whole document. */
        Indicator find(String task, String indicator) {
            if (byName.isEmpty() && byTask.isEmpty()) {
                return null;
            }
            String name = IndicatorNames.normalize(indicator);
            Map<String, Indicator> sameTask = byTask.get(IndicatorNames.normalize(task));
            Indicator found = sameTask == null ? null : sameTask.get(name);
            return found != null ? found : byName.get(name);
        }
    }

    /** The target an actual suggests: the actual itself, a percentage never above 100. */
    private static String suggested(BigDecimal actual, String unit) {
        BigDecimal value = "%".equals(unit) ? actual.min(HUNDRED) : actual;
        return Achievement.figure(value);
    }

    /** 办结率, 满意度, 覆盖面: names of indicators measured in percent (the name as normalised). */
    private static boolean isRate(String n) {
        return n.endsWith("率") || n.endsWith("度") || n.endsWith("比例") || n.endsWith("覆盖面");
    }

    private static String unit(String unit) {
        return unit == null ? "" : unit;
    }

    private static String percent(BigDecimal rate) {
        return Decimals.plain(rate.setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
