package org.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.GoalFunds;
import org.jixiao.document.GoalIndicator;
import org.jixiao.document.GoalJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;
import org.jixiao.document.TargetBasis;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.IllegalTransitionException;
import org.jixiao.goals.Criterion;
import org.jixiao.goals.CriterionReview;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalGrade;
import org.jixiao.goals.SignedSheets;
import org.jixiao.goals.SignedSheets.SignedSheet;
import org.jixiao.seal.DocumentDigest;
import org.jixiao.seal.SealCheck;
import org.jixiao.seal.SealReport;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A goal sheet published with the budget, on every database: its copy is kept as published and signed, the
 * verification page knows its PDF and its JSON, and neither the sheet nor its copy changes afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
abstract class GoalSheetSignaturesContract {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final String REGION = "广州市荔湾区";

    @Autowired
    GoalFilings goals;
    @Autowired
    SignedSheets signed;
    @Autowired
    Verification verification;
    @Autowired
    Evaluations evaluations;
    @Autowired
    PublicationKeys keys;
    @Autowired
    JdbcClient jdbc;

    private Actor editor;
    private Actor reviewer;

    @BeforeEach
    void aUnitAndItsReviewer() {
        int run = RUN.incrementAndGet();
        EvaluationDocument seed = SeedDocument.load();
        Department unit = new Department("签名目标单位" + run, null, REGION, null, null);
        evaluations.importDocuments(List.of(seed.withDepartment(unit)), "test");
        long unitId = evaluations.unit(unit.name(), REGION).orElseThrow().id();
        editor = new Actor(300 + run, "goal-signer-editor" + run, "填报人", Role.UNIT_EDITOR, unitId, null);
        reviewer = new Actor(400 + run, "goal-signer-reviewer" + run, "荔湾区财政局审核人", Role.FINANCE_REVIEWER, null,
                REGION);
    }

    private GoalFiling approved() {
        GoalFiling begun = goals.begin(editor, Kind.PROJECT, 2027, "社区妇女儿童之家", false);
        GoalSheet sheet = begun.sheet();
        GoalFiling saved = goals.save(editor, begun.id(), begun.version(), new GoalSheet(null, sheet.kind(),
                sheet.fiscalYear(), sheet.department(), sheet.project(), "2027年1月至2027年12月",
                new GoalFunds(new BigDecimal("120.005"), new BigDecimal("100"), new BigDecimal("20.005")), List.of(),
                List.of(), "三年内覆盖全区街道", "建成 5 个社区妇女儿童之家",
                List.of(new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "建成妇女儿童之家数量",
                        null, Target.parse("≥5个"), TargetBasis.PLAN, "区妇儿规划", null)), null));
        goals.submit(editor, saved.id());
        return goals.approve(reviewer, saved.id(), List.of(
                new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.RELEVANCE, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null)));
    }

    @Test
    void publishingKeepsTheSheetAsPublishedWithItsFormSignedAndNamingTheSheet() {
        GoalFiling approved = approved();
        assertThat(signed.of(approved.id())).as("approved, not yet published: no copy").isEmpty();

        GoalFiling published = goals.publish(reviewer, approved.id());

        SignedSheet copy = signed.of(published.id()).orElseThrow();
        assertThat(copy.sheet()).isEqualTo(published.sheet());
        assertThat(copy.sheet().funds().total()).as("money exact").isEqualByComparingTo("120.005");
        assertThat(copy.publishedBy()).isEqualTo("荔湾区财政局审核人");
        assertThat(copy.digest()).isEqualTo(DocumentDigest.of(published.sheet(), keys.key().profile()));
        SealReport seal = SealCheck.check(copy.pdf());
        assertThat(seal.valid()).as(String.join("；", seal.problems())).isTrue();
        assertThat(seal.publication().goalSheet()).isTrue();
        assertThat(seal.publication().evaluationId()).isEqualTo(published.id());
        assertThat(seal.publication().documentDigest()).isEqualTo(copy.digest());
        assertThat(seal.publication().unit()).startsWith("签名目标单位");
        assertThat(seal.publication().fiscalYear()).isEqualTo(2027);
    }

    @Test
    void theVerificationPageKnowsThePublishedFormAndTheSheetsJsonAndNothingChanged() {
        GoalFiling published = goals.publish(reviewer, approved().id());
        SignedSheet copy = signed.of(published.id()).orElseThrow();

        Verification.Verdict pdf = verification.check(copy.pdf());
        assertThat(pdf.authentic()).as(pdf.problems().toString()).isTrue();
        assertThat(pdf.goalSheet()).isTrue();
        assertThat(pdf.summary()).contains("绩效目标申报表");
        assertThat(pdf.link()).isEqualTo("/public/goals/" + published.id());

        // the JSON as downloaded, pretty-printed: the same content
        Verification.Verdict json = verification.check(GoalJson.write(published.sheet())
                .getBytes(StandardCharsets.UTF_8));
        assertThat(json.authentic()).isTrue();
        assertThat(json.evaluationId()).isEqualTo(published.id());

        GoalSheet sheet = published.sheet();
        GoalSheet raised = new GoalSheet(sheet.schema(), sheet.kind(), sheet.fiscalYear(), sheet.department(),
                sheet.project(), sheet.period(), sheet.funds(), sheet.functions(), sheet.tasks(), sheet.longTermGoal(),
                "建成 3 个社区妇女儿童之家", sheet.indicators(), sheet.extensions());
        Verification.Verdict changed = verification.check(GoalJson.write(raised).getBytes(StandardCharsets.UTF_8));
        assertThat(changed.authentic()).as("a goal changed after publication").isFalse();
        assertThat(changed.goalSheet()).isTrue();

        byte[] appended = Arrays.copyOf(copy.pdf(), copy.pdf().length + 1);
        appended[appended.length - 1] = '\n';
        assertThat(verification.check(appended).authentic()).as("a byte added to the signed form").isFalse();
    }

    @Test
    void aPublishedSheetAndItsCopyNeverChangeAfterwards() {
        GoalFiling published = goals.publish(reviewer, approved().id());
        SignedSheet before = signed.of(published.id()).orElseThrow();

        assertThatThrownBy(() -> goals.save(editor, published.id(), published.version(), published.sheet()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("已公开");
        assertThatThrownBy(() -> goals.submit(editor, published.id())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> goals.publish(reviewer, published.id())).isInstanceOf(IllegalTransitionException.class);
        // a second publication (another server, a replay) keeps the one copy
        assertThat(jdbc.sql("SELECT COUNT(*) FROM published_goal_sheet WHERE filing_id = ?").param(published.id())
                .query(Long.class).single()).isEqualTo(1L);

        GoalFiling after = goals.read(null, published.id());
        assertThat(after.version()).isEqualTo(published.version());
        assertThat(after.sheet()).isEqualTo(published.sheet());
        assertThat(signed.of(published.id()).orElseThrow().pdf()).isEqualTo(before.pdf());
    }

    @Test
    void aSheetPublishedBeforeCopiesWereKeptIsSignedAtItsFirstAsking() {
        GoalFiling published = goals.publish(reviewer, approved().id());
        jdbc.sql("DELETE FROM published_goal_sheet WHERE filing_id = ?").param(published.id()).update();

        SignedSheet copy = signed.of(published.id()).orElseThrow();

        assertThat(copy.publishedBy()).isEqualTo(Publications.BEFORE_SIGNING);
        assertThat(SealCheck.check(copy.pdf()).valid()).isTrue();
        assertThat(signed.of(published.id()).orElseThrow().pdf()).as("signed once, then kept").isEqualTo(copy.pdf());
    }
}
