package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.document.Department;
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
import org.jixiao.goals.Criterion;
import org.jixiao.goals.CriterionReview;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalGrade;
import org.jixiao.goals.GoalStatus;
import org.jixiao.review.ReviewWorkflow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Goal sheets through the API, as API clients call it (HTTP Basic): every role against every endpoint, as the pages
 * decide it through GoalAccess (another unit's or another region's sheet does not exist, 404; the wrong role at a
 * sheet it may read is refused, 403); a sheet filed, read back exactly and submitted; broken JSON refused with where.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalApiTest {

    private static final AtomicInteger PROJECT = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    GoalFilings goals;

    private ApiFixture fixture;

    @BeforeAll
    void peopleOfTwoRegions() {
        fixture = new ApiFixture("目标接口", "api-goals", evaluations, accounts, workflow);
    }

    @ParameterizedTest(name = "{0} {2} {3} on a {1} sheet → {4}")
    @CsvSource(textBlock = """
            anonymous , published, GET , /api/v1/goals              , 200
            anonymous , draft    , GET , /api/v1/goals/GOAL         , 404
            anonymous , published, GET , /api/v1/goals/GOAL         , 200
            anonymous , draft    , POST, /api/v1/goals              , 401
            anonymous , draft    , PUT , /api/v1/goals/GOAL         , 401
            anonymous , draft    , POST, /api/v1/goals/GOAL/submit  , 401
            editorA   , draft    , GET , /api/v1/goals              , 200
            editorA   , draft    , GET , /api/v1/goals/GOAL         , 200
            editorA   , draft    , POST, /api/v1/goals              , 201
            editorA   , draft    , PUT , /api/v1/goals/GOAL         , 200
            editorA   , submitted, PUT , /api/v1/goals/GOAL         , 409
            editorA   , published, PUT , /api/v1/goals/GOAL         , 409
            editorA   , draft    , POST, /api/v1/goals/GOAL/submit  , 200
            editorA   , submitted, POST, /api/v1/goals/GOAL/submit  , 409
            leaderA   , draft    , GET , /api/v1/goals/GOAL         , 200
            leaderA   , draft    , PUT , /api/v1/goals/GOAL         , 403
            leaderA   , draft    , POST, /api/v1/goals              , 403
            editorB   , draft    , GET , /api/v1/goals/GOAL         , 404
            editorB   , draft    , PUT , /api/v1/goals/GOAL         , 404
            editorB   , draft    , POST, /api/v1/goals/GOAL/submit  , 404
            editorB   , published, GET , /api/v1/goals/GOAL         , 200
            reviewerA , draft    , GET , /api/v1/goals/GOAL         , 200
            reviewerA , draft    , PUT , /api/v1/goals/GOAL         , 403
            reviewerA , draft    , POST, /api/v1/goals/GOAL/submit  , 403
            reviewerA , draft    , POST, /api/v1/goals              , 403
            reviewerB , draft    , GET , /api/v1/goals/GOAL         , 404
            reviewerB , submitted, PUT , /api/v1/goals/GOAL         , 404
            reviewerB , published, GET , /api/v1/goals/GOAL         , 200
            admin     , draft    , GET , /api/v1/goals/GOAL         , 404
            admin     , published, GET , /api/v1/goals/GOAL         , 200
            admin     , draft    , POST, /api/v1/goals              , 403
            secadmin  , draft    , GET , /api/v1/goals/GOAL         , 404
            auditor   , draft    , PUT , /api/v1/goals/GOAL         , 404
            """)
    void decides(String who, String status, String method, String path, int expected) throws Exception {
        GoalFiling sheet = sheetOfA(GoalStatus.valueOf(status.toUpperCase()));
        String uri = path.replace("GOAL", String.valueOf(sheet.id()));
        String body = GoalJson.write(filled(sheet.sheet().project() + (path.endsWith("goals") ? "（新）" : "")));
        MockHttpServletRequestBuilder request = switch (method) {
            case "GET" -> MockMvcRequestBuilders.get(uri);
            case "PUT" -> MockMvcRequestBuilders.put(uri).contentType(MediaType.APPLICATION_JSON).content(body);
            default -> uri.endsWith("/submit") ? MockMvcRequestBuilders.post(uri)
                    : MockMvcRequestBuilders.post(uri).contentType(MediaType.APPLICATION_JSON).content(body);
        };
        if (!who.equals("anonymous")) {
            request.with(fixture.basic(who));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).containsPattern("\"detail\": \"[^\"]*\\p{IsHan}");
            GoalFiling after = goals.read(fixture.actor("editorA"), sheet.id());
            assertThat(List.of(after.status(), after.version(), after.sheet())).as("a refused call changes nothing")
                    .isEqualTo(List.of(sheet.status(), sheet.version(), sheet.sheet()));
        }
    }

    @Test
    void aSheetFiledAsJsonIsReadBackExactlyAndSubmitted() throws Exception {
        String project = "接口申报项目" + PROJECT.incrementAndGet();

        MockHttpServletResponse filed = mvc.perform(MockMvcRequestBuilders.post("/api/v1/goals")
                .contentType(MediaType.APPLICATION_JSON).content(GoalJson.write(filled(project)))
                .with(fixture.basic("editorA"))).andReturn().getResponse();

        assertThat(filed.getStatus()).as(filed.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        String location = filed.getHeader(HttpHeaders.LOCATION);
        assertThat(location).matches("/api/v1/goals/\\d+");
        MockHttpServletResponse read = mvc.perform(MockMvcRequestBuilders.get(location)
                .with(fixture.basic("editorA"))).andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getHeader("X-Goal-Status")).isEqualTo("DRAFT");
        assertThat(read.getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\""); // begun as version 0, saved as 1
        GoalSheet back = GoalJson.read(read.getContentAsString(StandardCharsets.UTF_8));
        assertThat(back.funds().total()).as("money exact").isEqualTo(new BigDecimal("120.005"));
        assertThat(back.department().name()).as("the editor's own unit").isEqualTo(fixture.unitA);
        assertThat(back.indicators()).extracting(GoalIndicator::name).containsExactly("建成妇女儿童之家数量");
        assertThat(read.getContentAsString(StandardCharsets.UTF_8)).contains("\"total\": 120.005", "\"jixiao/goals/v1\"");

        MockHttpServletResponse submitted = mvc.perform(MockMvcRequestBuilders.post(location + "/submit")
                .with(fixture.basic("editorA"))).andReturn().getResponse();
        assertThat(submitted.getStatus()).isEqualTo(200);
        assertThat(submitted.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\": \"SUBMITTED\"");

        MockHttpServletResponse again = mvc.perform(MockMvcRequestBuilders.post("/api/v1/goals")
                .contentType(MediaType.APPLICATION_JSON).content(GoalJson.write(filled(project)))
                .with(fixture.basic("editorA"))).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("已经存在",
                "已有申报表编号 " + location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aDraftIsReplacedOnTheVersionReadAndNotOnAnOlderOne() throws Exception {
        GoalFiling draft = sheetOfA(GoalStatus.DRAFT); // version 1
        GoalSheet raised = filled(draft.sheet().project()).withIndicators(List.of(new GoalIndicator(
                IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "建成妇女儿童之家数量", null, Target.parse("≥6个"),
                TargetBasis.PLAN, "区妇儿规划", null)));

        MockHttpServletResponse stale = put(draft.id(), "\"0\"", raised);
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("已被他人修改");
        assertThat(goals.read(fixture.actor("editorA"), draft.id()).sheet()).isEqualTo(draft.sheet());

        MockHttpServletResponse replaced = put(draft.id(), "\"1\"", raised);
        assertThat(replaced.getStatus()).isEqualTo(200);
        assertThat(replaced.getContentAsString(StandardCharsets.UTF_8)).contains("\"version\": 2");
        assertThat(goals.read(fixture.actor("editorA"), draft.id()).sheet().indicators().get(0).annualTarget().text())
                .isEqualTo("≥6个");
    }

    private MockHttpServletResponse put(long id, String ifMatch, GoalSheet sheet) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put("/api/v1/goals/" + id).header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MediaType.APPLICATION_JSON).content(GoalJson.write(sheet))
                .with(fixture.basic("editorA"))).andReturn().getResponse();
    }

    @Test
    void brokenJsonIsRefusedSayingWhereAndNothingIsFiled() throws Exception {
        String project = "格式错误项目" + PROJECT.incrementAndGet();
        String good = GoalJson.write(filled(project));

        MockHttpServletResponse syntax = post(good.replace("\"fiscalYear\": 2027,", "\"fiscalYear\": 2027"));
        assertThat(syntax.getStatus()).isEqualTo(400);
        assertThat(syntax.getContentAsString(StandardCharsets.UTF_8)).contains("JSON 语法错误", "\"line\"");

        MockHttpServletResponse negative = post(good.replace("\"total\": 120.005", "\"total\": -120.005"));
        assertThat(negative.getStatus()).isEqualTo(400);
        assertThat(negative.getContentAsString(StandardCharsets.UTF_8)).contains("不是有效的绩效目标申报表",
                "\"path\": \"$.funds.total\"");

        MockHttpServletResponse wrongType = post(good.replace("\"fiscalYear\": 2027", "\"fiscalYear\": \"明年\""));
        assertThat(wrongType.getStatus()).isEqualTo(400);
        assertThat(wrongType.getContentAsString(StandardCharsets.UTF_8)).contains("$.fiscalYear");

        MockHttpServletResponse schema = post(good.replace("jixiao/goals/v1", "jixiao/evaluation/v1"));
        assertThat(schema.getStatus()).isEqualTo(400);
        assertThat(schema.getContentAsString(StandardCharsets.UTF_8)).contains("$.schema");

        assertThat(goals.ofOwnUnit(fixture.actor("editorA"))).noneMatch(s -> s.subject().equals(project));
    }

    @Test
    void oneWhoMayNotFileIsRefusedForTheRoleEvenWithBrokenJson() throws Exception {
        for (String who : List.of("reviewerA", "leaderA", "admin")) {
            MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.post("/api/v1/goals")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"schema\": \"jixiao/goals/v1\", ")
                    .with(fixture.basic(who))).andReturn().getResponse();

            assertThat(refused.getStatus()).as(who).isEqualTo(403);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).as(who).doesNotContain("JSON 语法错误");
        }
    }

    @Test
    void aSheetLackingWhatItMustStateIsNotSubmittedAndTheAnswerSaysWhere() throws Exception {
        GoalFiling begun = goals.begin(fixture.actor("editorA"), Kind.PROJECT, 2027, "空白接口项目"
                + PROJECT.incrementAndGet(), false);

        MockHttpServletResponse refused = mvc.perform(MockMvcRequestBuilders.post("/api/v1/goals/" + begun.id()
                + "/submit").with(fixture.basic("editorA"))).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("不能提交", "\"path\": \"$.period\"",
                "\"path\": \"$.annualGoal\"", "\"path\": \"$.indicators\"");
        assertThat(goals.read(fixture.actor("editorA"), begun.id()).status()).isEqualTo(GoalStatus.DRAFT);
    }

    private MockHttpServletResponse post(String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/goals").contentType(MediaType.APPLICATION_JSON)
                .content(json).with(fixture.basic("editorA"))).andReturn().getResponse();
    }

    /** A project's sheet of unit A, filled in, brought to the status named through the workflow. */
    private GoalFiling sheetOfA(GoalStatus status) {
        Actor editor = fixture.actor("editorA");
        Actor reviewer = fixture.actor("reviewerA");
        GoalFiling filing = goals.file(editor, filled("接口权限项目" + PROJECT.incrementAndGet()));
        if (status != GoalStatus.DRAFT) {
            filing = goals.submit(editor, filing.id());
        }
        if (status == GoalStatus.PUBLISHED) {
            goals.approve(reviewer, filing.id(), List.of(
                    new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null),
                    new CriterionReview(Criterion.RELEVANCE, GoalGrade.GOOD, null),
                    new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.GOOD, null),
                    new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null)));
            filing = goals.publish(reviewer, filing.id());
        }
        return filing;
    }

    /** A project's sheet of unit A with everything submission asks for. */
    private GoalSheet filled(String project) {
        return new GoalSheet(GoalSheet.SCHEMA, Kind.PROJECT, 2027, Department.named(fixture.unitA, ApiFixture.LIWAN),
                project, "2027年1月至2027年12月",
                new GoalFunds(new BigDecimal("120.005"), new BigDecimal("100"), new BigDecimal("20.005")), List.of(),
                List.of(), "三年内覆盖全区街道", "建成 5 个社区妇女儿童之家",
                List.of(new GoalIndicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "建成妇女儿童之家数量",
                        null, Target.parse("≥5个"), TargetBasis.PLAN, "区妇儿规划", null)), null);
    }
}
