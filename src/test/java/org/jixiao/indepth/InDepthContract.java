package org.jixiao.indepth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.account.SecurityEvent;
import org.jixiao.account.SecurityLog;
import org.jixiao.document.Grade;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.scoring.InDepthFramework;
import org.jixiao.scoring.InDepthTally;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An in-depth evaluation from the choice of a project to the published grade, as the service does it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class InDepthContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    InDepthEvaluations inDepth;
    @Autowired
    Evaluations evaluations;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    Accounts accounts;
    @Autowired
    SecurityLog securityLog;
    @Autowired
    InDepthResults results;

    private int run;
    private String region;
    private long approved;
    private long draft;
    private Actor editor;
    private Actor reviewer;
    private Actor farReviewer;
    private Actor evaluator;
    private Actor strangerEvaluator;
    private Actor expertWang;
    private Actor expertZhang;
    private Actor idleExpert;
    private LocalDate today;

    @BeforeEach
    void aRegionWithAnApprovedSelfEvaluation() {
        run = RUN.incrementAndGet();
        region = "广州市重点区" + run;
        approved = evaluations.importDocuments(List.of(Documents.seedOf("重点单位" + run, region, 2025)), "test")
                .get(0).id();
        draft = evaluations.importDocuments(List.of(Documents.seedOf("草稿单位" + run, region, 2025)), "test")
                .get(0).id();
        long unit = evaluations.unit("重点单位" + run, region).orElseThrow().id();
        editor = person("id-editor-", "填报人", Role.UNIT_EDITOR, unit, null);
        reviewer = person("id-reviewer-", "审核人", Role.FINANCE_REVIEWER, null, region);
        farReviewer = person("id-far-", "外区审核人", Role.FINANCE_REVIEWER, null, "广州市别区" + run);
        evaluator = person("id-tp-", "机构人员", Role.THIRD_PARTY_EVALUATOR, null, null);
        strangerEvaluator = person("id-tp2-", "别家机构人员", Role.THIRD_PARTY_EVALUATOR, null, null);
        expertWang = person("id-wang-", "王专家", Role.EXPERT, null, null);
        expertZhang = person("id-zhang-", "张专家", Role.EXPERT, null, null);
        idleExpert = person("id-idle-", "未受邀专家", Role.EXPERT, null, null);
        workflow.submit(editor, approved);
        workflow.approve(reviewer, approved, null);
        today = inDepth.today();
    }

    private Actor person(String prefix, String name, Role role, Long unit, String region) {
        return Actor.of(accounts.create(prefix + run, name, role, unit, region, "secret-pass-1"));
    }

    private long opened() {
        return inDepth.open(reviewer, new InDepthOpening(approved, InDepthKind.FINANCE, "2025 年度项目资金及其绩效",
                today, today.plusDays(60)));
    }

    /** Opened, planned, an institution assigned from today for 30 days, two experts, scoring. */
    private long scoring() {
        long id = opened();
        inDepth.advance(reviewer, id);
        long institution = inDepth.createInstitution(reviewer, "某会计师事务所" + run);
        inDepth.addMember(reviewer, institution, evaluator.username());
        inDepth.assign(reviewer, id, institution, today, today.plusDays(30));
        inDepth.addExpert(reviewer, id, expertWang.username());
        inDepth.addExpert(reviewer, id, expertZhang.username());
        assertThat(inDepth.advance(reviewer, id)).isEqualTo(InDepthStatus.SCORING);
        return id;
    }

    @Test
    void theBureauChoosesAmongItsRegionsApprovedSelfEvaluations() {
        List<InDepthCandidate> all = inDepth.candidates(reviewer, Selection.ALL);
        assertThat(all).extracting(InDepthCandidate::evaluationId).containsExactly(approved);
        InDepthCandidate candidate = all.get(0);
        assertThat(candidate.unitName()).isEqualTo("重点单位" + run);
        assertThat(candidate.lastInDepthYear()).isNull();
        // the budget filter: the candidate's own budget lets it through, a cent more does not
        assertThat(inDepth.candidates(reviewer, new Selection(candidate.budget(), null, null, null))).hasSize(1);
        assertThat(inDepth.candidates(reviewer, new Selection(candidate.budget().add(new BigDecimal("0.01")), null,
                null, null))).isEmpty();
        assertThat(inDepth.candidates(reviewer, new Selection(null, null, null, candidate.findings() + 1))).isEmpty();
        assertThat(inDepth.candidates(reviewer, new Selection(null, candidate.grade(), null, null))).hasSize(1);
        // once evaluated in depth (its year 2025), it passes "at least N years since" only for N ≤ this year − 2025
        opened();
        int years = today.getYear() - 2025;
        assertThat(inDepth.candidates(reviewer, Selection.ALL).get(0).lastInDepthYear()).isEqualTo(2025);
        assertThat(inDepth.candidates(reviewer, new Selection(null, null, years, null))).hasSize(1);
        assertThat(inDepth.candidates(reviewer, new Selection(null, null, years + 1, null))).isEmpty();
        // another region's reviewer sees none of them, and cannot open one
        assertThat(inDepth.candidates(farReviewer, Selection.ALL)).isEmpty();
        assertThatThrownBy(() -> inDepth.open(farReviewer, new InDepthOpening(approved, InDepthKind.FINANCE, "范围",
                today, today))).hasMessage("所选项目不在本区已审核或已公开的自评项目中");
        assertThatThrownBy(() -> inDepth.open(reviewer, new InDepthOpening(draft, InDepthKind.FINANCE, "范围", today,
                today))).hasMessage("所选项目不在本区已审核或已公开的自评项目中");
        assertThatThrownBy(() -> inDepth.candidates(evaluator, Selection.ALL)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void anOpeningIsCheckedAndKeepsTheProjectAsItWas() {
        assertThatThrownBy(() -> inDepth.open(reviewer, new InDepthOpening(approved, InDepthKind.DEPARTMENT, " ", today,
                today))).hasMessage("请填写评价范围");
        assertThatThrownBy(() -> inDepth.open(reviewer, new InDepthOpening(approved, InDepthKind.DEPARTMENT, "范围",
                today, today.minusDays(1)))).hasMessage("评价工作的结束日期 " + today.minusDays(1) + " 早于开始日期 " + today);
        long id = opened();
        InDepthEvaluation evaluation = inDepth.read(reviewer, id);
        InDepthCandidate source = inDepth.candidates(reviewer, Selection.ALL).get(0);
        assertThat(evaluation.status()).isEqualTo(InDepthStatus.OPENED);
        assertThat(evaluation.kind()).isEqualTo(InDepthKind.FINANCE);
        assertThat(evaluation.projectName()).isEqualTo(source.project());
        assertThat(evaluation.amount()).isEqualByComparingTo(source.budget());
        assertThat(evaluation.selfScore()).isEqualByComparingTo(source.selfScore());
        assertThat(inDepth.framework(reviewer, id).total()).isEqualByComparingTo("100");
    }

    @Test
    void theFrameworkIsEditedUntilItAddsUpToAHundredThenFrozen() {
        long id = opened();
        inDepth.advance(reviewer, id);
        inDepth.removeIndicator(reviewer, id, "E_ECOLOGICAL");
        long institution = inDepth.createInstitution(reviewer, "某咨询公司" + run);
        inDepth.assign(reviewer, id, institution, today, today.plusDays(10));
        inDepth.addExpert(reviewer, id, expertWang.username());
        // 100 − 生态效益 5 = 95
        assertThatThrownBy(() -> inDepth.advance(reviewer, id))
                .hasMessage("指标分值合计应为 100，实为 95（决策 20，过程 20，产出 30，效益 25）");
        InDepthFramework.Indicator social = inDepth.framework(reviewer, id).indicator("E_SOCIAL");
        // 社会效益 7 → 12: 95 + 5 = 100, and still kept after a reading back
        inDepth.saveIndicator(reviewer, id, new InDepthFramework.Indicator("E_SOCIAL", social.area(), social.group(),
                social.title(), new BigDecimal("12"), social.rule()));
        assertThat(inDepth.framework(reviewer, id).indicator("E_SOCIAL").weight()).isEqualByComparingTo("12");
        assertThat(inDepth.advance(reviewer, id)).isEqualTo(InDepthStatus.SCORING);
        assertThatThrownBy(() -> inDepth.removeIndicator(reviewer, id, "E_SOCIAL"))
                .hasMessage("评价评分，指标体系已冻结，不能修改");
    }

    @Test
    void expertsScoreOnTheirOwnAndTheAgreedScoresGiveTheGradeAndTheGap() {
        long id = scoring();
        inDepth.score(expertWang, id, Map.of("O_QUANTITY", new BigDecimal("8")));
        inDepth.score(expertZhang, id, Map.of("O_QUANTITY", new BigDecimal("6.1")));
        // independent: each expert sees their own column alone while scoring
        assertThat(row(inDepth.tally(expertWang, id), "O_QUANTITY").byExpert()).containsOnlyKeys(expertWang.username());
        // the bureau and the institution see both: 8 − 6.1 = 1.9 > 20 % × 9 = 1.8, a reason is asked
        InDepthTally.Row quantity = row(inDepth.tally(evaluator, id), "O_QUANTITY");
        assertThat(quantity.byExpert()).hasSize(2);
        assertThat(quantity.spread()).isEqualByComparingTo("1.9");
        assertThat(quantity.wide()).isTrue();
        assertThatThrownBy(() -> inDepth.agree(evaluator, id, "O_QUANTITY", new BigDecimal("7"), ""))
                .hasMessageContaining("请写明确定得分的理由");
        assertThatThrownBy(() -> inDepth.score(expertWang, id, Map.of("O_QUANTITY", new BigDecimal("9.5"))))
                .hasMessage("实际完成率的得分 9.5 超过该指标的分值 9");
        assertThatThrownBy(() -> inDepth.agree(expertWang, id, "O_QUANTITY", new BigDecimal("7"), "理由"))
                .hasMessage("评价评分，您不能确定得分");
        // not complete: the step to the report names what is open
        assertThatThrownBy(() -> inDepth.advance(reviewer, id)).hasMessageStartingWith("尚有 20 项指标未确定得分：");

        // every other indicator: both experts give full marks, agreed at full marks
        Map<String, BigDecimal> full = new LinkedHashMap<>();
        inDepth.framework(reviewer, id).indicators().stream().filter(i -> !i.code().equals("O_QUANTITY"))
                .forEach(i -> full.put(i.code(), i.weight()));
        inDepth.score(expertWang, id, full);
        inDepth.score(expertZhang, id, full);
        full.forEach((code, score) -> inDepth.agree(evaluator, id, code, score, null));
        InDepthEvaluation before = inDepth.read(reviewer, id);
        Instant at = Instant.now();
        inDepth.agree(evaluator, id, "O_QUANTITY", new BigDecimal("7"), "现场核查 2 处未完工");
        InDepthTally tally = inDepth.tally(reviewer, id);
        assertThat(row(tally, "O_QUANTITY").agreed().agreedBy()).isEqualTo(evaluator.username());
        assertThat(row(tally, "O_QUANTITY").agreed().agreedAt()).isBetween(at.minusSeconds(1), Instant.now());
        assertThat(row(tally, "O_QUANTITY").agreed().reason()).isEqualTo("现场核查 2 处未完工");
        // 100 − (9 − 7) = 98.00 → 优
        assertThat(tally.total()).isEqualByComparingTo("98.00");
        assertThat(inDepth.advance(reviewer, id)).isEqualTo(InDepthStatus.REPORTING);
        InDepthEvaluation reporting = inDepth.read(reviewer, id);
        assertThat(reporting.total()).isEqualByComparingTo("98.00");
        assertThat(reporting.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(reporting.version()).isGreaterThan(before.version());
        assertThat(reporting.deviation()).as("the gap waits for publication").isNull();

        // the report: every required section before publication
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        texts.put(ReportSection.BASICS, "项目基本情况");
        inDepth.writeReport(evaluator, id, texts);
        assertThatThrownBy(() -> inDepth.advance(reviewer, id)).hasMessage("评价报告尚缺：二、评价工作开展情况、"
                + "三、综合评价情况及评价结论、四、绩效评价指标分析、五、主要经验及做法、存在的问题及原因分析、六、有关建议");
        for (ReportSection section : ReportSection.values()) {
            texts.put(section, section.required() ? section.heading() + "的内容" : "");
        }
        inDepth.writeReport(evaluator, id, texts);
        assertThat(inDepth.advance(reviewer, id)).isEqualTo(InDepthStatus.PUBLISHED);
        InDepthEvaluation published = inDepth.read(reviewer, id);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(published.report()).doesNotContainKey(ReportSection.OTHER);
        // 再评价偏差: the unit's own score less 98
        assertThat(published.deviation()).isEqualByComparingTo(published.selfScore().subtract(new BigDecimal("98")));
        // the dashboard's gap: one project of the unit, its mean the project's own gap; flagged from 5 points
        Gaps gaps = results.gaps(region);
        assertThat(gaps.projects()).extracting(Gaps.ProjectGap::id).containsExactly(id);
        assertThat(gaps.units().get(0).meanGap()).isEqualByComparingTo(published.deviation());
        assertThat(gaps.units().get(0).high()).isEqualTo(published.deviation().compareTo(new BigDecimal("5")) >= 0);
        assertThat(results.gaps("广州市别区" + run).projects()).isEmpty();
        // the unit reads it once published; the experts see each other's scores now
        assertThat(inDepth.list(editor)).extracting(InDepthEvaluation::id).containsExactly(id);
        assertThat(row(inDepth.tally(expertWang, id), "O_QUANTITY").byExpert()).hasSize(2);
        assertThatThrownBy(() -> inDepth.advance(reviewer, id)).isInstanceOf(InDepthStepRefusedException.class);
    }

    @Test
    void thirdPartiesReachOnlyTheirAssignmentWithinItsPeriodAndEveryAccessIsLogged() {
        long id = opened();
        inDepth.advance(reviewer, id);
        long institution = inDepth.createInstitution(reviewer, "某评估公司" + run);
        inDepth.addMember(reviewer, institution, evaluator.username());
        long other = inDepth.createInstitution(reviewer, "另一评估公司" + run);
        inDepth.addMember(reviewer, other, strangerEvaluator.username());
        inDepth.addExpert(reviewer, id, expertWang.username());
        // assigned from ten days ahead: not yet theirs
        inDepth.assign(reviewer, id, institution, today.plusDays(10), today.plusDays(40));
        assertThatThrownBy(() -> inDepth.read(evaluator, id)).isInstanceOf(InDepthNotFoundException.class);
        assertThatThrownBy(() -> inDepth.read(expertWang, id)).isInstanceOf(InDepthNotFoundException.class);
        assertThat(inDepth.list(evaluator)).isEmpty();
        // within the period: theirs
        inDepth.assign(reviewer, id, institution, today.minusDays(5), today);
        assertThat(inDepth.read(evaluator, id).id()).isEqualTo(id);
        assertThat(inDepth.list(evaluator)).extracting(InDepthEvaluation::id).containsExactly(id);
        assertThat(inDepth.read(expertWang, id).id()).isEqualTo(id);
        // ended yesterday: gone again
        inDepth.assign(reviewer, id, institution, today.minusDays(5), today.minusDays(1));
        assertThatThrownBy(() -> inDepth.tally(evaluator, id)).isInstanceOf(InDepthNotFoundException.class);
        // another institution, an expert not named, another region's reviewer, a unit before publication: none exists
        inDepth.assign(reviewer, id, institution, today, today);
        for (Actor outsider : List.of(strangerEvaluator, idleExpert, farReviewer, editor)) {
            assertThatThrownBy(() -> inDepth.read(outsider, id)).as(outsider.username())
                    .isInstanceOf(InDepthNotFoundException.class);
            assertThatThrownBy(() -> inDepth.framework(outsider, id)).isInstanceOf(InDepthNotFoundException.class);
        }
        assertThatThrownBy(() -> inDepth.read(strangerEvaluator, id + 100000))
                .isInstanceOf(InDepthNotFoundException.class);
        // the institution's person may not step, assign or edit the framework
        assertThatThrownBy(() -> inDepth.advance(evaluator, id)).isInstanceOf(InDepthStepRefusedException.class);
        assertThatThrownBy(() -> inDepth.removeIndicator(evaluator, id, "E_SOCIAL"))
                .isInstanceOf(InDepthStepRefusedException.class);

        List<SecurityEvent> evaluatorsLines = securityLog.find(new SecurityLog.Filter(null, null, evaluator.username(),
                SecurityEvent.Category.THIRD_PARTY, null), 0, 100);
        assertThat(evaluatorsLines).extracting(SecurityEvent::outcome).contains(SecurityEvent.Outcome.SUCCESS,
                SecurityEvent.Outcome.REFUSED);
        assertThat(evaluatorsLines).extracting(SecurityEvent::action).contains("IN_DEPTH_READ", "IN_DEPTH_LIST",
                "IN_DEPTH_READ_SCORES");
        assertThat(securityLog.find(new SecurityLog.Filter(null, null, strangerEvaluator.username(),
                SecurityEvent.Category.THIRD_PARTY, SecurityEvent.Outcome.REFUSED), 0, 100)).hasSizeGreaterThanOrEqualTo(3);
        // the bureau's own work is not a third party's
        assertThat(securityLog.find(new SecurityLog.Filter(null, null, reviewer.username(),
                SecurityEvent.Category.THIRD_PARTY, null), 0, 100)).isEmpty();
    }

    @Test
    void onlyTheRightAccountsJoinAnInstitutionOrAnEvaluation() {
        long id = opened();
        long institution = inDepth.createInstitution(reviewer, "某事务所" + run);
        assertThatThrownBy(() -> inDepth.createInstitution(reviewer, "某事务所" + run))
                .hasMessage("本区已有第三方机构“某事务所" + run + "”");
        assertThatThrownBy(() -> inDepth.addMember(reviewer, institution, expertWang.username()))
                .hasMessage("没有角色为第三方评价人员的可用账号 " + expertWang.username());
        assertThatThrownBy(() -> inDepth.addExpert(reviewer, id, evaluator.username()))
                .hasMessage("没有角色为评审专家的可用账号 " + evaluator.username());
        assertThatThrownBy(() -> inDepth.assign(farReviewer, id, institution, today, today))
                .isInstanceOf(InDepthNotFoundException.class);
        assertThat(inDepth.institutions(farReviewer)).isEmpty();
        assertThat(inDepth.institutions(reviewer)).extracting(Institution::name).containsExactly("某事务所" + run);
    }

    private static InDepthTally.Row row(InDepthTally tally, String code) {
        return tally.rows().stream().filter(r -> r.indicator().code().equals(code)).findFirst().orElseThrow();
    }
}
