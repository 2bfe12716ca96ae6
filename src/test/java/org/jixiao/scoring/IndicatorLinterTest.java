package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.Documents.benefit;
import static org.jixiao.scoring.Documents.dec;
import static org.jixiao.scoring.Documents.indicator;
import static org.jixiao.scoring.Documents.output;
import static org.jixiao.scoring.Documents.satisfaction;
import static org.jixiao.scoring.Documents.task;
import static org.jixiao.scoring.Documents.withMet;
import static org.jixiao.scoring.Documents.withReason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.FundSource;
import org.jixiao.document.Funds;
import org.jixiao.document.FundsByNature;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Severity;
import org.jixiao.document.SourceFunds;
import org.jixiao.document.StatedScore;
import org.jixiao.document.Target;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality findings of docs/scoring.md: the seed's own weaknesses, a unit with every code, and a sound unit. */
class IndicatorLinterTest {

    private final IndicatorLinter linter = new IndicatorLinter(ScoringProfiles.builtIn().defaultProfile());

    @Test
    void theSeedHasTheWeaknessesItAdmits() {
        List<Finding> findings = linter.lint(SeedDocument.load());

        assertThat(findings).filteredOn(f -> f.code().equals("MISSING_BENEFIT"))
                .extracting(Finding::keyTask).containsExactly(0, 1);
        assertThat(findings).filteredOn(f -> f.code().equals("GENERIC_INDICATOR"))
                .extracting(Finding::indicator).containsExactly("服务对象满意度（%）", "召开会议次数", "开展主题活动");
        assertThat(findings).filteredOn(f -> f.code().equals("TOO_MANY_GENERIC"))
                .extracting(Finding::keyTask).containsExactly(1);
        assertThat(findings).filteredOn(f -> f.code().equals("TRIVIAL_TARGET"))
                .extracting(Finding::indicator).containsExactly("召开会议次数");
        // task 1 states met for its four indicators but no actual values
        assertThat(findings).filteredOn(f -> f.code().equals("NO_ACTUAL_VALUE"))
                .extracting(Finding::path).containsExactly("$.keyTasks[0].indicators[0].actual",
                        "$.keyTasks[0].indicators[1].actual", "$.keyTasks[0].indicators[2].actual",
                        "$.keyTasks[0].indicators[3].actual");
        assertThat(findings).noneMatch(Finding::isError);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.message()).contains("重点工作任务" + (f.keyTask() + 1));
            assertThat(f.suggestion()).isNotBlank();
        });
    }

    /** The goals approved for the unit's year: its own, but one target higher and one indicator it left out. */
    private static GoalSheet approvedOf(EvaluationDocument document) {
        GoalSheet own = GoalSheet.fromSelfEvaluation(document, document.fiscalYear());
        List<GoalIndicator> indicators = new ArrayList<>(own.indicators());
        GoalIndicator first = indicators.get(0);
        indicators.set(0, new GoalIndicator(first.level1(), first.level2(), first.name(), first.cycleTarget(),
                Target.parse("≥99999次"), null, null, null));
        indicators.add(new GoalIndicator(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL, "受益群众人数", null,
                Target.parse("≥500人"), null, null, null));
        return own.withIndicators(indicators);
    }

    @Test
    void aUnitWithEveryWeakness() {
        List<Finding> findings = linter.lint(weakUnit(), null, approvedOf(weakUnit()));

        Set<String> codes = findings.stream().map(Finding::code).collect(Collectors.toSet());
        // every code but NOT_SCORABLE, which a document with indicators never has (see below)
        assertThat(codes).containsExactlyInAnyOrderElementsOf(IndicatorLinter.CODES.stream()
                .filter(code -> code != FindingCode.NOT_SCORABLE).map(FindingCode::name).toList());
        assertThat(find(findings, "FUNDS_MISMATCH", null).severity()).isEqualTo(Severity.ERROR);
        assertThat(find(findings, "UNMET_WITHOUT_REASON", "就业人数").severity()).isEqualTo(Severity.ERROR);
        // the document-wide execution first, then key task 1's, pointing at the fields concerned
        assertThat(findings).filteredOn(f -> f.code().equals("LOW_EXECUTION")).extracting(Finding::path)
                .containsExactly("$.funds.executionRate", "$.keyTasks[0].executionRate");
        assertThat(find(findings, "INPUT_AS_OUTPUT", "资金到位率").path()).isEqualTo("$.keyTasks[0].indicators[0].name");
        assertThat(find(findings, "TRIVIAL_TARGET", "召开会议次数").message()).contains("1次");
        assertThat(find(findings, "MISSING_UNIT", "培训合格率").path()).isEqualTo("$.keyTasks[0].indicators[3].annualTarget");
        assertThat(find(findings, "NOT_QUANTIFIED", "社会影响").message()).contains("明显提升", "明显");
        assertThat(find(findings, "NO_ACTUAL_VALUE", "学员满意度").path()).isEqualTo("$.keyTasks[0].indicators[6].actual");
        assertThat(find(findings, "UNIT_MISMATCH", "培训课时").message()).contains("95%", "≥20学时");
        assertThat(findings).filteredOn(f -> f.keyTask() != null && f.keyTask() == 1).extracting(Finding::code)
                .containsExactly("MISSING_OUTPUT", "MISSING_BENEFIT", "MISSING_SATISFACTION");
        assertThat(find(findings, "TOO_MANY_GENERIC", null).message()).contains("2 个指标中有 2 个", "满意度", "开展活动次数");
    }

    @Test
    void targetTooLowSuggestsTheTargetTheActualShows() {
        Finding tooLow = find(linter.lint(weakUnit()), "TARGET_TOO_LOW", "培训人次");

        // 150 against ≥ 100: 50 % above, over the 20 % of MOF_2020
        assertThat(tooLow.message()).contains("实际完成 150人次", "100人次", "50%");
        assertThat(tooLow.suggestion()).contains("不低于 150人次");
        assertThat(tooLow.path()).isEqualTo("$.keyTasks[0].indicators[2].annualTarget");
    }

    @Test
    void suggestionsGiveExamplesForTheKindOfTask() {
        List<Finding> findings = linter.lint(weakUnit());

        // 妇女技能培训 is training: the generic meeting count should become a count of what training delivered
        assertThat(find(findings, "GENERIC_INDICATOR", "召开会议次数").suggestion()).contains("培训人次");
        // 巾帼宣传活动 is publicity: a benefit indicator could measure who now knows of it
        assertThat(findings).filteredOn(f -> f.code().equals("MISSING_BENEFIT") && f.keyTask() == 1)
                .singleElement().satisfies(f -> assertThat(f.suggestion()).contains("知晓率"));
    }

    @Test
    void aSoundUnitHasNoFindings() {
        assertThat(linter.lint(soundUnit())).isEmpty();
    }

    @Test
    void aTargetBelowLastYearsActualIsTooLow() {
        EvaluationDocument lastYear = department(2022, task("家庭教育指导服务", "100", "100",
                output("家庭教育指导服务场次", "≥30场", "50场")));

        List<Finding> findings = linter.lint(soundUnit(), lastYear);

        // this year's annual target ≥ 40场 is below last year's 50场
        Finding tooLow = find(findings, "TARGET_TOO_LOW", "家庭教育指导服务场次");
        assertThat(tooLow.message()).contains("≥40场", "上年（2022年）实际完成值 50场");
        assertThat(tooLow.suggestion()).contains("不低于 50场");
        assertThat(findings).hasSize(1);
    }

    @Test
    void theProfileSetsTheTooLowThreshold(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("strict.json"), """
                {"name": "STRICT", "basedOn": "MOF_2020", "lint": {"targetTooLowPercent": 10}}""",
                StandardCharsets.UTF_8);
        IndicatorLinter strict = new IndicatorLinter(ScoringProfiles.load(dir).get("STRICT"));

        // 45 场 against ≥ 40 场 is 12.5 % above: below MOF_2020's 20 %, above STRICT's 10 %
        assertThat(strict.lint(soundUnit())).extracting(Finding::code).containsExactly("TARGET_TOO_LOW");
    }

    @Test
    void anExplainedLowExecutionIsNotReported() {
        EvaluationDocument document = weakUnit();
        EvaluationDocument explained = new EvaluationDocument(document.schema(), document.kind(),
                document.fiscalYear(), document.department(), document.functions(), document.funds(), document.goals(),
                document.keyTasks(), document.conclusion(), document.achievements(),
                List.of("部分培训因场地改造延期，资金结转下年使用，执行率偏低。"), document.measures(), null, null);

        assertThat(linter.lint(explained)).filteredOn(f -> f.code().equals("LOW_EXECUTION"))
                .extracting(Finding::path).containsExactly("$.keyTasks[0].executionRate");
    }

    @Test
    void aDocumentWithoutKeyTasksIsNotScorableAndSaysSo() {
        EvaluationDocument empty = soundUnit().withKeyTasks(List.of());

        Finding finding = find(linter.lint(empty), "NOT_SCORABLE", null);

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).isEqualTo("没有重点工作任务，无法评分");
        assertThat(finding.suggestion()).contains("重点工作任务", "绩效指标（产出、效益、满意度指标）");
        assertThat(finding.path()).isEqualTo("$.keyTasks");
    }

    @Test
    void keyTasksWithoutIndicatorsAreNotScorableOnceForTheDocument() {
        EvaluationDocument bare = soundUnit().withKeyTasks(List.of(task("家庭教育指导服务", "60", "60"),
                task("巾帼宣传活动", "40", "40")));

        List<Finding> findings = linter.lint(bare);

        assertThat(findings).filteredOn(f -> f.code().equals("NOT_SCORABLE")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("重点工作任务均无绩效指标，无法评分"));
        assertThat(findings).filteredOn(Finding::isError).extracting(Finding::code).containsExactly("NOT_SCORABLE");
    }

    @Test
    void aStatedTotalMoreThanOnePointFromTheComputedOneIsReportedWithBothFigures() {
        // the sound unit scores 100.00
        EvaluationDocument stated = soundUnit().withStatedScore(new StatedScore(dec("98.14"), "优", null));

        Finding differs = find(linter.lint(stated), "STATED_SCORE_DIFFERS", null);

        assertThat(differs.severity()).isEqualTo(Severity.WARNING);
        assertThat(differs.path()).isEqualTo("$.statedScore.total");
        assertThat(differs.message()).isEqualTo(
                "报告自评得分 98.14 分，按评分规则（MOF_2020）计算为 100.00 分（优），相差 1.86 分（超过 1 分）");
        assertThat(differs.suggestion()).contains("重新计算自评得分");
    }

    @Test
    void aStatedTotalWithinOnePointIsNotReported() {
        EvaluationDocument close = soundUnit().withStatedScore(new StatedScore(dec("99"), null, null));

        assertThat(linter.lint(close)).extracting(Finding::code).doesNotContain("STATED_SCORE_DIFFERS");
    }

    @Test
    void aStatedGradeAloneIsHeldAgainstTheComputedGrade() {
        EvaluationDocument saysGood = soundUnit().withStatedScore(new StatedScore(null, "良好", "自评等级为良好"));
        EvaluationDocument saysExcellent = soundUnit().withStatedScore(new StatedScore(null, "优秀", null));

        Finding differs = find(linter.lint(saysGood), "STATED_SCORE_DIFFERS", null);

        assertThat(differs.path()).isEqualTo("$.statedScore.grade");
        assertThat(differs.message()).isEqualTo("报告自评等级为“良好”，按评分规则（MOF_2020）计算为 100.00 分（优），等级不同");
        assertThat(differs.suggestion()).contains("90分及以上为优", "其余为差");
        assertThat(linter.lint(saysExcellent)).extracting(Finding::code).doesNotContain("STATED_SCORE_DIFFERS");
    }

    @Test
    void theProfileSetsHowFarAStatedTotalMayBe(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lenient.json"), """
                {"name": "LENIENT", "basedOn": "MOF_2020", "lint": {"statedScoreTolerance": 2}}""",
                StandardCharsets.UTF_8);
        IndicatorLinter lenient = new IndicatorLinter(ScoringProfiles.load(dir).get("LENIENT"));
        EvaluationDocument stated = soundUnit().withStatedScore(new StatedScore(dec("98.14"), null, null));

        assertThat(lenient.lint(stated)).extracting(Finding::code).doesNotContain("STATED_SCORE_DIFFERS");
    }

    /** A department whose indicators have every weakness of docs/scoring.md. */
    static EvaluationDocument weakUnit() {
        KeyTask training = new KeyTask("妇女技能培训", null, dec("50"), dec("30"), dec("60"), "完成培训。", null, List.of(
                output("资金到位率", "≥100%", "100%"),
                output("召开会议次数", "1次", "1次"),
                output("培训人次", "≥100人次", "150人次"),
                output("培训合格率", "≥95", "96"),
                withMet(benefit("社会影响", "明显提升", "效果良好"), true),
                withMet(benefit("就业人数", "≥50人", "40人"), false),
                withMet(satisfaction("学员满意度", "≥90%", null), true),
                output("培训课时", "≥20学时", "95%")), null);
        KeyTask publicity = task("巾帼宣传活动", "5", "5");
        KeyTask law = task("普法宣传", "5", "5",
                satisfaction("满意度", "≥90%", "95%"),
                output("开展活动次数", "≥10次", "10次"));
        Funds funds = new Funds(dec("100"), null, dec("60"), dec("60"),
                List.of(new SourceFunds(FundSource.GENERAL_PUBLIC_BUDGET, dec("100"), dec("60"), null)),
                new FundsByNature(dec("10"), dec("40"), null, null, null), null, null);
        return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.DEPARTMENT_OVERALL, 2023,
                new Department("广州市某区妇女联合会", null, "广州市某区", null, null), List.of(), funds, List.of(),
                List.of(training, publicity, law), null, List.of(), List.of(), List.of(), null, null)
                // it scores itself far above what its indicators earn
                .withStatedScore(new StatedScore(dec("98"), "优", "自评得分98分，等级为优。"));
    }

    /** A department whose indicators say what the task delivered, how well, and what it changed. */
    static EvaluationDocument soundUnit() {
        return department(2023, task("家庭教育指导服务", "100", "100",
                output("家庭教育指导服务场次", "≥40场", "45场"),
                indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUALITY, "指导站点建设达到市级标准的比例", "≥90%",
                        "95%", true),
                withReason(benefit("受指导家庭育儿能力测评提升比例", "≥60%", "65%"), null),
                satisfaction("受服务家庭对指导服务的满意度", "≥90%", "93%")));
    }

    private static EvaluationDocument department(int year, KeyTask task) {
        return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.DEPARTMENT_OVERALL, year,
                new Department("广州市某区妇女联合会", null, "广州市某区", null, null), List.of(),
                new Funds(dec("100"), null, dec("100"), dec("100"), List.of(), null, null, null), List.of(),
                List.of(task), null, List.of(), List.of(), List.of(), null, null);
    }

    private static Finding find(List<Finding> findings, String code, String indicator) {
        return findings.stream()
                .filter(f -> f.code().equals(code) && (indicator == null || indicator.equals(f.indicator())))
                .findFirst().orElseThrow(() -> new AssertionError("no " + code + " for " + indicator + " in " + findings));
    }
}
