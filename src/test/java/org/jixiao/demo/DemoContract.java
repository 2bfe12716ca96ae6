package org.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.analytics.PerformanceCycle;
import org.jixiao.analytics.RegionDashboard;
import org.jixiao.analytics.ResultsApplication;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationScope;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.Unit;
import org.jixiao.exante.ExAnteEvent;
import org.jixiao.exante.ExAnteRequest;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.exante.ExAnteStatus;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalStatus;
import org.jixiao.goals.GoalSummary;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.monitoring.Signal;
import org.jixiao.review.ReviewComment;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.scoring.ExAnteConclusion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo as a new user meets it, on H2 and on PostgreSQL: a region of units with evaluations of both kinds over
 * several years, the seed published, work waiting for the reviewer, one returned with comments, the current year
 * monitored, project leaders with tasks of their own; and a restart adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=true")
abstract class DemoContract {

    private static final String REGION = "广州市荔湾区";

    @Autowired
    Demo demo;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    ExecutionMonitoring monitoring;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    GoalFilings goals;
    @Autowired
    RegionDashboard dashboard;
    @Autowired
    ResultsApplication results;
    @Autowired
    ExAnteRequests exAnte;
    @Autowired
    PerformanceCycle cycle;

    @Test
    void theRegionHasTheSeedsUnitAndMadeUpOnesNamedAsMadeUp() {
        List<String> units = evaluations.units().stream().filter(u -> REGION.equals(u.region())).map(Unit::name)
                .toList();

        assertThat(units).hasSize(7).contains("广州市荔湾区妇女联合会");
        assertThat(units).filteredOn(name -> !name.equals("广州市荔湾区妇女联合会"))
                .allSatisfy(name -> assertThat(name).contains("示例").endsWith("（演示）"));
    }

    @Test
    void evaluationsOfBothKindsOverThreeYearsInEveryStatus() {
        List<EvaluationSummary> region = region();

        assertThat(region).extracting(EvaluationSummary::fiscalYear).containsOnly(2022, 2023, 2024);
        assertThat(region).extracting(EvaluationSummary::kind).contains(Kind.DEPARTMENT_OVERALL, Kind.PROJECT);
        assertThat(region.stream().filter(s -> s.kind() == Kind.PROJECT).map(EvaluationSummary::fiscalYear))
                .as("projects in more than one year").contains(2023, 2024);
        Map<EvaluationStatus, Long> statuses = region.stream()
                .collect(Collectors.groupingBy(EvaluationSummary::status, Collectors.counting()));
        assertThat(statuses).containsKeys(EvaluationStatus.values());
        assertThat(statuses.get(EvaluationStatus.SUBMITTED)).isGreaterThanOrEqualTo(2);
        assertThat(statuses.get(EvaluationStatus.RETURNED)).isEqualTo(1);
    }

    @Test
    void gradesSpreadFromExcellentToPoorAndOneHasTooLittleToScore() {
        List<EvaluationSummary> region = region();

        assertThat(region).extracting(EvaluationSummary::grade).contains("EXCELLENT", "GOOD", "FAIR", "POOR");
        assertThat(region).filteredOn(s -> s.notScorable() != null).extracting(EvaluationSummary::unitName)
                .containsExactly("荔湾区示例职业技能培训中心（演示）");
    }

    @Test
    void thePagesWithAYearOpenOnTheLatestYearOfTheDemoAndItsLatestMonth() {
        assertThat(dashboard.latestYear(REGION)).isEqualTo(2024);
        assertThat(results.latestYear(REGION)).isEqualTo(2024);
        assertThat(monitoring.latestYear(REGION)).isEqualTo(2024);
        assertThat(monitoring.latestMonth(REGION, 2024)).isEqualTo(12);
    }

    @Test
    void thePublicSeesTheSeedAmongThePublishedReports() {
        List<EvaluationSummary> published = workflow.visible(null, EvaluationFilter.ALL);

        assertThat(published).extracting(EvaluationSummary::status).containsOnly(EvaluationStatus.PUBLISHED);
        assertThat(published).hasSizeGreaterThan(5)
                .anySatisfy(s -> assertThat(s.title() + s.fiscalYear()).isEqualTo("广州市荔湾区妇女联合会2023"));
    }

    @Test
    void theReviewersFirstPageHoldsWorkWaitingForThem() {
        Actor reviewer = actor("reviewer");

        List<EvaluationSummary> waiting = workflow.visible(reviewer, EvaluationFilter.ALL).stream()
                .filter(s -> s.status() == EvaluationStatus.SUBMITTED).toList();

        assertThat(waiting).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(s -> assertThat(
                        EvaluationAccess.canReview(reviewer, workflow.read(reviewer, s.id()).scope())).isTrue());
    }

    @Test
    void theReturnedOneCarriesACommentPerSectionForItsEditor() {
        EvaluationSummary returned = region().stream().filter(s -> s.status() == EvaluationStatus.RETURNED)
                .findFirst().orElseThrow();
        Actor editor = actor("demo-canlian");

        List<ReviewComment> comments = workflow.comments(editor, returned.id());

        assertThat(returned.unitName()).isEqualTo("荔湾区示例残疾人联合会（演示）");
        assertThat(comments).hasSizeGreaterThanOrEqualTo(5).extracting(ReviewComment::section).doesNotHaveDuplicates()
                .contains("general", "funds", "keyTasks");
        assertThat(EvaluationAccess.canEdit(editor, workflow.read(editor, returned.id()).scope())).isTrue();
    }

    @Test
    void theSeedsEditorHasADraftBesideThePublishedSeedAndItsLeaderLeadsIt() {
        Actor editor = actor("lwfl");
        Actor leader = actor("lwfl-leader");

        List<EvaluationSummary> own = workflow.visible(editor, EvaluationFilter.ALL);

        assertThat(own).extracting(EvaluationSummary::kind, EvaluationSummary::status).containsExactlyInAnyOrder(
                tuple(Kind.DEPARTMENT_OVERALL, EvaluationStatus.PUBLISHED),
                tuple(Kind.PROJECT, EvaluationStatus.DRAFT));
        EvaluationSummary draft = own.stream().filter(s -> s.kind() == Kind.PROJECT).findFirst().orElseThrow();
        EvaluationScope scope = workflow.read(leader, draft.id()).scope();
        assertThat(scope.leaders()).containsExactly(leader.displayName());
        assertThat(EvaluationAccess.canEditSomething(leader, scope)).isTrue();
        assertThat(EvaluationAccess.canEdit(leader, scope)).as("only their project, not the whole form").isFalse();
        assertThat(EvaluationAccess.canSubmit(editor, scope)).isTrue();
    }

    @Test
    void theSeedUnitsDraftStatesOnlyWhatTheSeedReportStates() {
        EvaluationSummary draft = workflow.visible(actor("lwfl"), EvaluationFilter.ALL).stream()
                .filter(s -> s.kind() == Kind.PROJECT).findFirst().orElseThrow();
        KeyTask project = workflow.read(actor("lwfl"), draft.id()).document().keyTasks().get(0);
        KeyTask inTheSeed = DemoData.seed().keyTasks().stream().filter(t -> t.name().equals(project.name()))
                .findFirst().orElseThrow();

        assertThat(project.withLeader(null)).isEqualTo(inTheSeed);
    }

    @Test
    void aMadeUpProjectHasItsLeaderWhoReportedItsMonitoring() {
        Actor leader = actor("demo-wenhua-leader");

        EvaluationSummary project = workflow.visible(leader, EvaluationFilter.ALL).stream()
                .filter(s -> s.kind() == Kind.PROJECT).findFirst().orElseThrow();

        assertThat(EvaluationAccess.canEditSomething(leader, workflow.read(leader, project.id()).scope())).isTrue();
        assertThat(monitoring.latest(leader, project.id())).hasValueSatisfying(view -> {
            assertThat(view.month()).isEqualTo(12);
            assertThat(view.tasks()).singleElement().satisfies(task -> assertThat(task.executed()).isNotNull());
        });
        assertThat(jdbc.sql("SELECT DISTINCT reported_by FROM monitoring_execution WHERE evaluation_id = ?")
                .param(project.id()).query(String.class).list()).as("who reported it").containsExactly(leader.username());
    }

    @Test
    void theCurrentYearsMonitoringShowsRedYellowAndGreenWhicheverMonthThePageOpensAt() {
        Actor reviewer = actor("reviewer");

        for (int month : List.of(3, 8, 11, 12)) {
            Set<Signal> signals = monitoring.region(reviewer, REGION, 2024, month).stream()
                    .map(task -> task.standing().signal()).collect(Collectors.toSet());
            assertThat(signals).as("month " + month).contains(Signal.RED, Signal.YELLOW, Signal.GREEN);
        }
        assertThat(monitoring.region(reviewer, REGION, 2023, 12)).allSatisfy(task ->
                assertThat(task.executed()).as("only the current year is monitored").isNull());
    }

    @Test
    void aRestartAddsNothing() {
        Map<String, Long> before = counts();

        demo.run(null);

        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return Map.of("evaluations", evaluations.count(), "accounts", accounts.count(),
                "units", (long) evaluations.units().size(),
                "audit", region().stream().mapToLong(s -> workflow.audit(actor("reviewer"), s.id()).size()).sum(),
                "exante", (long) exAnte.list(actor("reviewer")).size() + exAnte.list(actor("demo-wenhua")).size());
    }

    private List<EvaluationSummary> region() {
        return evaluations.summaries(new EvaluationFilter(null, null, null).withRegion(REGION));
    }

    @Test
    void nextYearsGoalsArePublishedForOneUnitWaitForTheReviewerFromAnotherAndADraftForAThird() {
        List<GoalSummary> waiting = goals.ofOwnRegion(actor("reviewer"));

        assertThat(waiting).extracting(GoalSummary::status).containsExactly(GoalStatus.SUBMITTED,
                GoalStatus.PUBLISHED);
        assertThat(waiting).extracting(GoalSummary::fiscalYear).containsOnly(2025);
        assertThat(goals.published(null)).extracting(GoalSummary::unitName).containsExactly("荔湾区示例文化馆（演示）");
        assertThat(goals.ofOwnUnit(actor("demo-dangan"))).extracting(GoalSummary::status)
                .containsExactly(GoalStatus.DRAFT);
    }

    @Test
    void nextYearsExAnteRequestsAreConcludedWaitingForTheReviewerAndADraftAndTheCycleShowsThem() {
        List<ExAnteRequest> region = exAnte.list(actor("reviewer"));

        assertThat(region).as("waiting first").extracting(ExAnteRequest::projectName, ExAnteRequest::status)
                .containsExactly(tuple("科普教育基地提升改造", ExAnteStatus.SUBMITTED),
                        tuple("青少年科技创新大赛", ExAnteStatus.CONCLUDED));
        ExAnteRequest concluded = region.get(1);
        // full marks but 成本测算 7 of 10 and 风险应对 4 of 6: 100 − 3 − 2 = 95, 予以支持
        assertThat(concluded.assessment().total()).isEqualByComparingTo("95");
        assertThat(concluded.assessment().conclusion()).isEqualTo(ExAnteConclusion.SUPPORT);
        assertThat(concluded.year()).isEqualTo(2025);
        assertThat(exAnte.history(actor("reviewer"), concluded)).extracting(ExAnteEvent::action)
                .containsExactly("FILED", "SUBMITTED", "SCORED", "CONCLUDED");
        assertThat(exAnte.list(actor("demo-wenhua"))).extracting(ExAnteRequest::projectName, ExAnteRequest::status)
                .containsExactly(tuple("数字文化馆平台建设", ExAnteStatus.DRAFT));

        PerformanceCycle.Cycle science = cycle.ofUnit(actor("reviewer"), concluded.unitId());
        PerformanceCycle.Subject contest = science.subjects().stream()
                .filter(s -> s.project().equals("青少年科技创新大赛")).findFirst().orElseThrow();
        assertThat(contest.years()).extracting(PerformanceCycle.Year::year).containsExactly(2024, 2025);
        assertThat(contest.years().get(0).evaluation()).as("the self-evaluation of 2024").isNotNull();
        assertThat(contest.years().get(1).exAnte().conclusion()).isEqualTo(ExAnteConclusion.SUPPORT);
    }

    private Actor actor(String username) {
        return Actor.of(accounts.find(username).orElseThrow());
    }
}
