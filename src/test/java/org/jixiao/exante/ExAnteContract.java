package org.jixiao.exante;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.goals.ExAnteGate;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.scoring.ExAnteConclusion;
import org.jixiao.scoring.ExAnteScore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A request's way from the unit to the bureau's conclusion, as the service does it, on H2 and on PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class ExAnteContract {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    ExAnteRequests requests;
    @Autowired
    ExAnteHistory histories;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ExAnteThresholds thresholds;
    @Autowired
    ExAnteGate gate;

    private Actor editor;
    private Actor otherEditor;
    private Actor reviewer;
    private Actor otherReviewer;
    private Actor leader;
    private Actor admin;
    private String region;

    @BeforeEach
    void aUnitAndItsBureau() {
        int run = RUN.incrementAndGet();
        region = "广州市事前区" + run;
        long unit = evaluations.createUnit("事前单位" + run, region, null, null).id();
        long other = evaluations.createUnit("事前另一单位" + run, region, null, null).id();
        editor = Actor.of(accounts.create("ea-editor-" + run, "填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1"));
        otherEditor = Actor.of(accounts.create("ea-other-" + run, "别人", Role.UNIT_EDITOR, other, null, "secret-pass-1"));
        leader = Actor.of(accounts.create("ea-leader-" + run, "负责人", Role.PROJECT_LEADER, unit, null, "secret-pass-1"));
        reviewer = Actor.of(accounts.create("ea-reviewer-" + run, "审核人", Role.FINANCE_REVIEWER, null, region,
                "secret-pass-1"));
        otherReviewer = Actor.of(accounts.create("ea-far-" + run, "外区审核人", Role.FINANCE_REVIEWER, null,
                "广州市别处" + run, "secret-pass-1"));
        admin = Actor.of(accounts.create("ea-admin-" + run, "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1"));
    }

    private long submitted() {
        long id = requests.file(editor, ExAnteExamples.filing());
        requests.submit(editor, id, requests.read(editor, id).version());
        return id;
    }

    @Test
    void aDraftIsKeptExactlyAndSubmittedOnlyOnceComplete() {
        ExAnteFiling partial = new ExAnteFiling("老旧小区加装电梯补助", 2027, new BigDecimal("123.456789"),
                List.of(new Funding("本级财政资金", new BigDecimal("100"))), "", "", List.of(), "");
        long id = requests.file(editor, partial);
        ExAnteRequest draft = requests.read(editor, id);
        assertThat(draft.status()).isEqualTo(ExAnteStatus.DRAFT);
        assertThat(draft.amount()).isEqualByComparingTo("123.456789");
        assertThat(draft.unitName()).startsWith("事前单位");

        assertThatThrownBy(() -> requests.submit(editor, id, draft.version()))
                .isInstanceOfSatisfying(InvalidFilingException.class, e -> assertThat(e.errors())
                        .containsEntry("fundings", "各项资金来源合计 100 万元，与申请金额 123.456789 万元不一致")
                        .containsKeys("necessity", "goals", "plan", "indicators"));
        // the reviewer does not see a draft, in the list or by its number
        assertThat(requests.list(reviewer)).isEmpty();
        assertThatThrownBy(() -> requests.read(reviewer, id)).isInstanceOf(ExAnteNotFoundException.class);

        requests.update(editor, id, draft.version(), ExAnteExamples.filing());
        requests.submit(editor, id, requests.read(editor, id).version());
        ExAnteRequest sent = requests.read(reviewer, id);
        assertThat(sent.status()).isEqualTo(ExAnteStatus.SUBMITTED);
        assertThat(sent.fundings()).extracting(Funding::source).containsExactly("本级财政资金", "上级补助资金");
        assertThat(sent.indicators()).containsExactly("新增普惠托位数：≥300个", "家长满意度：≥90%");
        assertThat(requests.list(reviewer)).extracting(ExAnteRequest::id).containsExactly(id);
        assertThatThrownBy(() -> requests.update(editor, id, sent.version(), ExAnteExamples.filing()))
                .isInstanceOf(ExAnteStepRefusedException.class).hasMessage("申请待评估，不能再修改");
    }

    @Test
    void theReviewerScoresConcludesAndTheUnitReadsTheConclusion() throws Exception {
        long id = submitted();
        Map<String, BigDecimal> partial = Map.of("NECESSITY_POLICY", new BigDecimal("7.5"));
        ExAnteScore saved = requests.saveAssessment(reviewer, id, requests.read(reviewer, id).version(), partial,
                Map.of("NECESSITY", "政策依据充分。"), null);
        assertThat(saved.total()).isEqualByComparingTo("7.50");
        ExAnteRequest after = requests.read(reviewer, id);
        assertThat(after.assessment().scores()).containsEntry("NECESSITY_POLICY", new BigDecimal("7.5"));
        assertThat(after.assessment().assessor()).isEqualTo("审核人");

        long version = after.version();
        assertThatThrownBy(() -> requests.saveAssessment(reviewer, id, version,
                Map.of("FUNDING_SHARING", new BigDecimal("3.5")), Map.of(), null))
                .hasMessage("筹资合规性·分担机制的得分 3.5 超过该要点的分值 3");
        assertThatThrownBy(() -> requests.conclude(reviewer, id, version, partial, Map.of(), null))
                .hasMessageContaining("尚未评分");
        Map<String, String> noReason = new HashMap<>(ExAnteExamples.reasons());
        noReason.remove("GOALS");
        assertThatThrownBy(() -> requests.conclude(reviewer, id, version, ExAnteExamples.scoresOf85(), noReason, null))
                .hasMessage("请填写“绩效目标合理性”的评估理由后再出具结论");
        // neither the unit nor another region's reviewer assesses
        assertThatThrownBy(() -> requests.saveAssessment(editor, id, version, partial, Map.of(), null))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> requests.saveAssessment(otherReviewer, id, version, partial, Map.of(), null))
                .isInstanceOf(ExAnteNotFoundException.class);
        // the unit does not see the scores while the bureau assesses
        assertThatThrownBy(() -> requests.report(editor, id, ReportFormat.PDF)).isInstanceOf(NotPermittedException.class);

        // 100 − 6 − 4 − 3 − 2 = 85 ≥ 80: 予以支持
        ExAnteScore concluded = requests.conclude(reviewer, id, version, ExAnteExamples.scoresOf85(),
                ExAnteExamples.reasons(), "建议压减设备购置费后安排。");
        assertThat(concluded.conclusion()).isEqualTo(ExAnteConclusion.SUPPORT);
        ExAnteRequest seen = requests.read(editor, id);
        assertThat(seen.status()).isEqualTo(ExAnteStatus.CONCLUDED);
        assertThat(seen.assessment().total()).isEqualByComparingTo("85.00");
        assertThat(seen.assessment().conclusion()).isEqualTo(ExAnteConclusion.SUPPORT);
        assertThat(seen.assessment().reasons()).containsEntry("ECONOMY", "单个托位的建设成本高于同类项目，测算依据不足。");
        assertThat(requests.report(editor, id, ReportFormat.PDF).content()).startsWith("%PDF".getBytes());
        assertThat(requests.reportFileName(editor, id, ReportFormat.DOCX)).isEqualTo("社区托育服务补助事前绩效评估报告.docx");
        assertThatThrownBy(() -> requests.returnForInformation(reviewer, id, seen.version(), "再补充"))
                .isInstanceOf(ExAnteStepRefusedException.class);
    }

    @Test
    void aReturnedRequestGoesBackToTheUnitWhichSubmitsItAgain() {
        long id = submitted();
        long version = requests.read(reviewer, id).version();
        assertThatThrownBy(() -> requests.returnForInformation(reviewer, id, version, " "))
                .hasMessage("退回时请写明需要单位补充的内容");
        requests.returnForInformation(reviewer, id, version, "请补充托位建设的单价依据");
        ExAnteRequest returned = requests.read(editor, id);
        assertThat(returned.status()).isEqualTo(ExAnteStatus.RETURNED);
        assertThat(returned.returnNote()).isEqualTo("请补充托位建设的单价依据");
        // a form read before the return is refused, not written over it
        assertThatThrownBy(() -> requests.update(editor, id, version, ExAnteExamples.filing()))
                .isInstanceOf(ExAnteStepRefusedException.class).hasMessageContaining("已被他人修改");
        requests.submit(editor, id, returned.version());
        assertThat(requests.read(reviewer, id).status()).isEqualTo(ExAnteStatus.SUBMITTED);
    }

    @Test
    void theUnitsListCarriesEachRequestsOwnFundingsAndScores() {
        long first = submitted();
        long second = requests.file(editor, new ExAnteFiling("老年助餐服务补助", 2028, new BigDecimal("800"),
                List.of(new Funding("单位自有资金", new BigDecimal("800"))), "", "", List.of(), ""));
        requests.saveAssessment(reviewer, first, requests.read(reviewer, first).version(),
                Map.of("GOALS_CLEAR", new BigDecimal("6.25")), Map.of("GOALS", "目标清楚。"), null);
        List<ExAnteRequest> list = requests.list(editor);
        assertThat(list).extracting(ExAnteRequest::id).containsExactly(second, first); // the later year first
        assertThat(list.get(0).fundings()).extracting(Funding::source).containsExactly("单位自有资金");
        assertThat(list.get(1).fundings()).extracting(Funding::source).containsExactly("本级财政资金", "上级补助资金");
        assertThat(list.get(1).assessment().scores()).containsEntry("GOALS_CLEAR", new BigDecimal("6.25"));
        assertThat(list.get(0).assessment().scores()).isEmpty();
    }

    @Test
    void onlyTheUnitsEditorFilesAndReadsItsOwn() {
        long id = requests.file(editor, ExAnteExamples.filing());
        assertThatThrownBy(() -> requests.file(reviewer, ExAnteExamples.filing())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> requests.file(leader, ExAnteExamples.filing())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> requests.read(otherEditor, id)).isInstanceOf(ExAnteNotFoundException.class);
        assertThatThrownBy(() -> requests.list(leader)).isInstanceOf(NotPermittedException.class);
        assertThat(requests.list(otherEditor)).isEmpty();
        assertThat(requests.list(editor)).extracting(ExAnteRequest::id).containsExactly(id);
    }

    @Test
    void theCycleReadsTheUnitsRequestsWithTheConclusionOnceGivenAndTheReviewerNoDraft() {
        long concluded = submitted();
        requests.conclude(reviewer, concluded, requests.read(reviewer, concluded).version(),
                ExAnteExamples.scoresOf85(), ExAnteExamples.reasons(), null);
        long waiting = submitted();
        requests.saveAssessment(reviewer, waiting, requests.read(reviewer, waiting).version(),
                Map.of("NECESSITY_POLICY", new BigDecimal("7.5")), Map.of(), null);
        long draft = requests.file(editor, ExAnteExamples.filing());

        assertThat(histories.ofUnit(editor, editor.unitId())).extracting(ExAnteHistory.Assessed::id,
                ExAnteHistory.Assessed::status, ExAnteHistory.Assessed::conclusion).containsExactly(
                tuple(concluded, ExAnteStatus.CONCLUDED, ExAnteConclusion.SUPPORT),
                tuple(waiting, ExAnteStatus.SUBMITTED, null),
                tuple(draft, ExAnteStatus.DRAFT, null));
        ExAnteHistory.Assessed first = histories.ofUnit(editor, editor.unitId()).get(0);
        assertThat(first.total()).isEqualByComparingTo("85.00");
        assertThat(first.year()).isEqualTo(2027);
        assertThat(first.project()).isEqualTo("社区托育服务补助");
        assertThat(histories.ofUnit(editor, editor.unitId()).get(1).total())
                .as("a total saved while assessing is no conclusion yet").isNull();
        assertThat(histories.ofUnit(reviewer, editor.unitId())).extracting(ExAnteHistory.Assessed::id)
                .containsExactly(concluded, waiting);
        assertThat(histories.ofUnit(otherEditor, editor.unitId())).isEmpty();
        assertThat(histories.ofUnit(otherReviewer, editor.unitId())).isEmpty();
        assertThat(histories.ofUnit(leader, editor.unitId())).isEmpty();
        assertThat(histories.concludedIn(reviewer, requests.read(reviewer, concluded).region()))
                .extracting(ExAnteHistory.Assessed::id).containsExactly(concluded);
        assertThat(histories.concludedIn(otherReviewer, requests.read(reviewer, concluded).region())).isEmpty();
    }

    @Test
    void eachRegionKeepsItsOwnThresholdSetByTheAdministratorOthersTheDefault() {
        String far = otherReviewer.region();
        evaluations.createUnit("别处单位" + RUN.get(), far, null, null);
        assertThat(thresholds.of(region)).as("the profile's, EX_ANTE_2024").isEqualByComparingTo("500");

        thresholds.set(admin, region, new BigDecimal("1000.5"));
        thresholds.set(admin, region, new BigDecimal("800.125"));

        assertThat(thresholds.of(region)).isEqualByComparingTo("800.125");
        assertThat(thresholds.of(far)).isEqualByComparingTo("500");
        assertThat(thresholds.all(admin)).filteredOn(t -> t.region().equals(region)).singleElement()
                .satisfies(t -> assertThat(t.own()).isTrue());
        assertThat(thresholds.all(admin)).filteredOn(t -> t.region().equals(far)).singleElement()
                .satisfies(t -> assertThat(t.own()).isFalse());
    }

    @Test
    void onlyTheAdministratorSetsAThresholdAndOnlyAFigureThatIsOne() {
        for (Actor someone : List.of(reviewer, editor, leader)) {
            assertThatThrownBy(() -> thresholds.set(someone, region, BigDecimal.TEN))
                    .isInstanceOf(NotPermittedException.class);
        }
        assertThatThrownBy(() -> thresholds.set(admin, region, new BigDecimal("-1")))
                .hasMessage("“" + region + "”的金额门槛应为不小于 0 的万元数（至多六位小数），实为 -1");
        assertThatThrownBy(() -> thresholds.set(admin, "没有的地区", BigDecimal.TEN))
                .hasMessage("没有名为“没有的地区”的地区，请从列表中选择");
        assertThatThrownBy(() -> thresholds.all(reviewer)).isInstanceOf(NotPermittedException.class);
        assertThat(thresholds.of(region)).as("nothing written").isEqualByComparingTo("500");
    }

    @Test
    void everyStepIsInTheRequestsHistoryAndTheUnitSeesNoScoreBeforeTheConclusion() {
        long id = submitted();
        requests.saveAssessment(reviewer, id, requests.read(reviewer, id).version(),
                Map.of("NECESSITY_POLICY", new BigDecimal("7.5")), Map.of(), null);
        requests.returnForInformation(reviewer, id, requests.read(reviewer, id).version(), "请补充成本测算依据");
        requests.update(editor, id, requests.read(editor, id).version(), ExAnteExamples.filing());
        requests.submit(editor, id, requests.read(editor, id).version());
        requests.conclude(reviewer, id, requests.read(reviewer, id).version(), ExAnteExamples.scoresOf85(),
                ExAnteExamples.reasons(), null);

        ExAnteRequest request = requests.read(editor, id);
        assertThat(requests.history(reviewer, request)).extracting(ExAnteEvent::action, ExAnteEvent::actor,
                ExAnteEvent::detail).containsExactly(
                tuple("FILED", editor.username(), null),
                tuple("SUBMITTED", editor.username(), null),
                tuple("SCORED", reviewer.username(), "总分 7.5"),
                tuple("RETURNED", reviewer.username(), "请补充成本测算依据"),
                tuple("REVISED", editor.username(), null),
                tuple("RESUBMITTED", editor.username(), null),
                tuple("CONCLUDED", reviewer.username(), "予以支持，总分 85"));
        assertThat(requests.history(otherEditor, request)).isEmpty();

        long waiting = submitted();
        requests.saveAssessment(reviewer, waiting, requests.read(reviewer, waiting).version(),
                Map.of("NECESSITY_POLICY", new BigDecimal("6")), Map.of(), null);
        assertThat(requests.history(editor, requests.read(editor, waiting))).extracting(ExAnteEvent::action,
                ExAnteEvent::detail).as("scored, but the total is the bureau's until concluded")
                .containsExactly(tuple("FILED", null), tuple("SUBMITTED", null), tuple("SCORED", null));
    }

    @Test
    void aProjectsCodeIsKeptAndShownToTheCycle() {
        ExAnteFiling typed = ExAnteExamples.filing();
        long id = requests.file(editor, new ExAnteFiling(typed.projectName(), typed.year(), typed.amount(),
                typed.fundings(), typed.necessity(), typed.goals(), typed.indicators(), typed.plan(), " 440103-2027-007 "));

        assertThat(requests.read(editor, id).projectCode()).isEqualTo("440103-2027-007");
        assertThat(histories.ofUnit(editor, editor.unitId())).singleElement()
                .extracting(ExAnteHistory.Assessed::code).isEqualTo("440103-2027-007");
        assertThatThrownBy(() -> requests.file(editor, new ExAnteFiling("项目", 2027, BigDecimal.ONE, List.of(), null,
                null, List.of(), null, "X".repeat(65)))).isInstanceOfSatisfying(InvalidFilingException.class,
                e -> assertThat(e.errors()).containsEntry("projectCode", "项目编码不能超过 64 个字符"));
    }

    @Test
    void theGoalsAskTheGateWhichCitesTheRegionsThresholdAndTheProjectsConclusion() {
        thresholds.set(admin, region, new BigDecimal("600"));
        long unit = editor.unitId();
        // the request asks 600 for 2027; a sheet of 600 is at the threshold of 600
        assertThat(gate.refusal(unit, region, 2027, "社区托育服务补助", new BigDecimal("600"), false))
                .hasValueSatisfying(why -> assertThat(why).contains("新增项目", "600 万元", "门槛 600 万元"));
        assertThat(gate.refusal(unit, region, 2027, "社区托育服务补助", new BigDecimal("599.99"), false)).isEmpty();
        assertThat(gate.refusal(unit, region, 2027, "社区托育服务补助", new BigDecimal("900"), true)).isEmpty();

        long id = submitted();
        assertThat(gate.refusal(unit, region, 2027, "社区托育服务补助", new BigDecimal("600"), false))
                .as("submitted, not concluded").isPresent();
        requests.conclude(reviewer, id, requests.read(reviewer, id).version(), ExAnteExamples.scoresOf85(),
                ExAnteExamples.reasons(), null);
        assertThat(gate.refusal(unit, region, 2027, " 社区托育服务补助 ", new BigDecimal("600"), false))
                .as("予以支持, the name retyped").isEmpty();
        assertThat(gate.refusal(unit, region, 2028, "社区托育服务补助", new BigDecimal("600"), false))
                .as("another budget year").isPresent();
        assertThat(gate.refusal(otherEditor.unitId(), region, 2027, "社区托育服务补助", new BigDecimal("600"), false))
                .as("another unit's project").isPresent();

        ExAnteFiling typed = ExAnteExamples.filing();
        long rejected = requests.file(editor, new ExAnteFiling(typed.projectName(), 2028, typed.amount(),
                typed.fundings(), typed.necessity(), typed.goals(), typed.indicators(), typed.plan()));
        requests.submit(editor, rejected, requests.read(editor, rejected).version());
        Map<String, BigDecimal> vetoed = new HashMap<>(ExAnteExamples.scoresOf85());
        // 立项必要性 0 (its three sub-points): 85 − 25 = 60, but the veto makes it 不予支持
        vetoed.replaceAll((code, score) -> code.startsWith("NECESSITY_") ? BigDecimal.ZERO : score);
        requests.conclude(reviewer, rejected, requests.read(reviewer, rejected).version(), vetoed,
                ExAnteExamples.reasons(), null);
        assertThat(gate.refusal(unit, region, 2028, "社区托育服务补助", new BigDecimal("100"), true))
                .as("below the threshold and continuing, but assessed and rejected")
                .hasValue("该项目的事前绩效评估结论为“不予支持”（总分 60），不能审核通过其绩效目标");
    }
}
