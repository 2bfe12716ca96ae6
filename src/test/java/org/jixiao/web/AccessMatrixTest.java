package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Comparison;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.exante.ExAnteFiling;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.exante.Funding;
import org.jixiao.goals.GoalFilings;
import org.jixiao.indepth.InDepthEvaluations;
import org.jixiao.indepth.InDepthKind;
import org.jixiao.indepth.InDepthOpening;
import org.jixiao.library.IndicatorLibrary;
import org.jixiao.library.LibraryIndicator;
import org.jixiao.library.TargetBasis;
import org.jixiao.library.WorkKind;
import org.jixiao.rendering.ReportTemplate;
import org.jixiao.rendering.ShippedTemplates;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.SeedDocument;
import org.jixiao.templates.RegionTemplates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every role against every endpoint of an evaluation, a goal sheet, an ex-ante request and a region's template: who gets the page, who is refused (403), who is told it
 * does not exist (404, so that other units' evaluations do not leak), who is sent to log in. Each row works on
 * an evaluation of its own, brought to the status the row names.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private static final String LIWAN = "广州市荔湾区";
    private static final String YUEXIU = "广州市越秀区";
    private static final AtomicInteger YEAR = new AtomicInteger(2000);

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    IndicatorLibrary library;
    @Autowired
    GoalFilings goals;
    @Autowired
    ExAnteRequests exAnte;
    @Autowired
    InDepthEvaluations inDepth;
    @Autowired
    RegionTemplates templates;

    private final Map<String, Account> people = new HashMap<>();
    private EvaluationDocument unitA;

    @BeforeAll
    void peopleOfTwoRegions() {
        EvaluationDocument seed = SeedDocument.load();
        KeyTask second = seed.keyTasks().get(1);
        unitA = seed.withDepartment(Department.named("矩阵测试单位甲", LIWAN)).withKeyTasks(List.of(seed.keyTasks().get(0),
                new KeyTask(second.name(), second.expectedGoal(), second.budget(), second.executed(),
                        second.executionRate(), second.outcome(), "王五", second.indicators(), second.extensions())));
        evaluations.importDocuments(List.of(unitA), "test");
        evaluations.importDocuments(List.of(seed.withDepartment(Department.named("矩阵测试单位乙", YUEXIU))), "test");
        long a = evaluations.unit("矩阵测试单位甲", LIWAN).orElseThrow().id();
        long b = evaluations.unit("矩阵测试单位乙", YUEXIU).orElseThrow().id();
        people.put("editorA", accounts.create("m-editor-a", "甲填报人", Role.UNIT_EDITOR, a, null, "secret-pass-1"));
        people.put("editorB", accounts.create("m-editor-b", "乙填报人", Role.UNIT_EDITOR, b, null, "secret-pass-1"));
        people.put("leaderA", accounts.create("m-leader-a", "王五", Role.PROJECT_LEADER, a, null, "secret-pass-1"));
        people.put("reviewerA", accounts.create("m-reviewer-a", "荔湾审核", Role.FINANCE_REVIEWER, null, LIWAN, "secret-pass-1"));
        people.put("reviewerB", accounts.create("m-reviewer-b", "越秀审核", Role.FINANCE_REVIEWER, null, YUEXIU, "secret-pass-1"));
        people.put("admin", accounts.create("m-admin", "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1"));
        people.put("secadmin", accounts.create("m-secadmin", "安全管理员", Role.SECURITY_ADMINISTRATOR, null, null,
                "secret-pass-1"));
        people.put("auditor", accounts.create("m-auditor", "审计管理员", Role.AUDIT_ADMINISTRATOR, null, null,
                "secret-pass-1"));
    }

    @ParameterizedTest(name = "{0} {2} {3} on a {1} evaluation → {4}")
    @CsvSource(textBlock = """
            anonymous , draft    , GET , /                         , ok
            anonymous , draft    , GET , /public                   , ok
            anonymous , published, GET , /public/reports/ID        , ok
            anonymous , approved , GET , /public/reports/ID        , 404
            editorA   , draft    , GET , /public/reports/ID        , 404
            reviewerA , published, GET , /public/reports/ID        , ok
            anonymous , draft    , GET , /admin/accounts           , login
            editorA   , draft    , GET , /admin/accounts           , 403
            reviewerA , draft    , GET , /admin/accounts           , 403
            admin     , draft    , GET , /admin/accounts           , ok
            admin     , draft    , GET , /admin/units              , ok
            leaderA   , draft    , GET , /admin/units              , 403
            admin     , draft    , POST, /admin/units              , ok
            editorA   , draft    , POST, /admin/units              , 403
            editorA   , draft    , GET , /account/password         , ok
            anonymous , draft    , GET , /dashboard                , login
            editorA   , draft    , GET , /dashboard                , 403
            leaderA   , draft    , GET , /dashboard                , 403
            reviewerA , draft    , GET , /dashboard                , ok
            admin     , draft    , GET , /dashboard                , ok
            editorA   , draft    , GET , /results                  , 403
            reviewerA , draft    , GET , /results                  , ok
            editorA   , draft    , GET , /monitoring               , 403
            reviewerA , draft    , GET , /monitoring               , ok
            editorA   , draft    , GET , /evaluations/ID/monitoring, ok
            editorB   , draft    , GET , /evaluations/ID/monitoring, 404
            reviewerA , draft    , GET , /evaluations/ID/monitoring, ok
            reviewerB , draft    , GET , /evaluations/ID/monitoring, 404
            reviewerA , draft    , POST, /evaluations/ID/monitoring, 403
            editorA   , draft    , POST, /evaluations/ID/monitoring, ok
            editorA   , submitted, POST, /evaluations/ID/monitoring, ok
            editorA   , approved , POST, /evaluations/ID/monitoring, 403
            editorA   , published, POST, /evaluations/ID/monitoring, 403
            leaderA   , published, POST, /evaluations/ID/monitoring, 403
            editorA   , draft    , GET , /units/UNIT/history       , ok
            reviewerA , draft    , GET , /units/UNIT/history       , ok
            editorB   , draft    , GET , /units/UNIT/history       , 404
            reviewerB , draft    , GET , /units/UNIT/history       , 404
            anonymous , draft    , GET , /units/UNIT/cycle         , login
            editorA   , draft    , GET , /units/UNIT/cycle         , ok
            reviewerA , draft    , GET , /units/UNIT/cycle         , ok
            editorB   , draft    , GET , /units/UNIT/cycle         , 403
            reviewerB , draft    , GET , /units/UNIT/cycle         , 403
            leaderA   , draft    , GET , /units/UNIT/cycle         , 403
            admin     , draft    , GET , /units/UNIT/cycle         , 403
            auditor   , draft    , GET , /units/UNIT/cycle         , 403
            anonymous , draft    , GET , /imports/new              , login
            editorA   , draft    , GET , /imports/new              , ok
            editorA   , draft    , POST, /evaluations/ID/next-year , ok
            reviewerA , draft    , POST, /evaluations/ID/next-year , 403
            editorB   , draft    , POST, /evaluations/ID/next-year , 404
            admin     , draft    , GET , /admin/scoring            , ok
            reviewerA , draft    , GET , /admin/scoring            , 403
            anonymous , draft    , GET , /account/password         , login
            editorA   , draft    , GET , /                         , ok
            anonymous , draft    , GET , /evaluations/ID           , login
            editorA   , draft    , GET , /evaluations/ID           , ok
            leaderA   , draft    , GET , /evaluations/ID           , ok
            editorB   , draft    , GET , /evaluations/ID           , 404
            reviewerA , draft    , GET , /evaluations/ID           , ok
            reviewerB , draft    , GET , /evaluations/ID           , 404
            admin     , draft    , GET , /evaluations/ID           , ok
            anonymous , published, GET , /evaluations/ID           , login
            editorB   , published, GET , /evaluations/ID           , ok
            reviewerB , published, GET , /evaluations/ID           , ok
            editorB   , published, GET , /evaluations/ID/audit     , 404
            editorB   , published, GET , /evaluations/ID/monitoring, 404
            anonymous , draft    , GET , /evaluations/ID/edit      , login
            editorA   , draft    , GET , /evaluations/ID/edit      , ok
            leaderA   , draft    , GET , /evaluations/ID/edit      , ok
            editorB   , draft    , GET , /evaluations/ID/edit      , 404
            reviewerA , draft    , GET , /evaluations/ID/edit      , 403
            admin     , draft    , GET , /evaluations/ID/edit      , 403
            editorA   , submitted, GET , /evaluations/ID/edit      , 403
            editorA   , draft    , POST, /evaluations/ID/edit      , ok
            reviewerA , draft    , POST, /evaluations/ID/edit      , 403
            editorB   , draft    , POST, /evaluations/ID/edit      , 404
            anonymous , draft    , POST, /evaluations/ID/submit    , login
            editorA   , draft    , POST, /evaluations/ID/submit    , ok
            leaderA   , draft    , POST, /evaluations/ID/submit    , 403
            editorB   , draft    , POST, /evaluations/ID/submit    , 404
            reviewerA , draft    , POST, /evaluations/ID/submit    , 403
            admin     , draft    , POST, /evaluations/ID/submit    , 403
            editorA   , submitted, POST, /evaluations/ID/submit    , 403
            reviewerA , submitted, POST, /evaluations/ID/approve   , ok
            reviewerB , submitted, POST, /evaluations/ID/approve   , 404
            editorA   , submitted, POST, /evaluations/ID/approve   , 403
            admin     , submitted, POST, /evaluations/ID/approve   , 403
            reviewerA , draft    , POST, /evaluations/ID/approve   , 403
            reviewerA , submitted, POST, /evaluations/ID/return    , ok
            editorA   , submitted, POST, /evaluations/ID/return    , 403
            reviewerB , submitted, POST, /evaluations/ID/return    , 404
            reviewerA , approved , POST, /evaluations/ID/publish   , ok
            editorA   , approved , POST, /evaluations/ID/publish   , 403
            reviewerB , approved , POST, /evaluations/ID/publish   , 404
            reviewerA , submitted, POST, /evaluations/ID/publish   , 403
            anonymous , draft    , GET , /evaluations/ID/audit     , login
            editorA   , draft    , GET , /evaluations/ID/audit     , ok
            leaderA   , draft    , GET , /evaluations/ID/audit     , ok
            editorB   , draft    , GET , /evaluations/ID/audit     , 404
            reviewerA , draft    , GET , /evaluations/ID/audit     , ok
            reviewerB , draft    , GET , /evaluations/ID/audit     , 404
            admin     , draft    , GET , /evaluations/ID/audit     , ok
            anonymous , draft    , GET , /library                  , login
            editorA   , draft    , GET , /library                  , ok
            leaderA   , draft    , GET , /library/DA-001           , ok
            reviewerA , draft    , GET , /library/DA-001           , ok
            editorA   , draft    , GET , /library/NO-999           , 404
            editorA   , draft    , GET , /library/new              , ok
            admin     , draft    , GET , /library/new              , ok
            reviewerA , draft    , GET , /library/new              , 403
            editorA   , draft    , POST, /library/proposals        , ok
            leaderA   , draft    , POST, /library/proposals        , ok
            reviewerA , draft    , POST, /library/proposals        , 403
            admin     , draft    , POST, /library/proposals        , 403
            editorA   , draft    , GET , /library/proposals        , ok
            editorA   , draft    , GET , /library/PROPOSAL         , ok
            editorB   , draft    , GET , /library/PROPOSAL         , 404
            reviewerB , draft    , GET , /library/PROPOSAL         , 404
            reviewerA , draft    , POST, /library/proposals/PROPOSAL/approve, ok
            reviewerB , draft    , POST, /library/proposals/PROPOSAL/approve, 404
            editorA   , draft    , POST, /library/proposals/PROPOSAL/approve, 403
            admin     , draft    , POST, /library/proposals/PROPOSAL/approve, 403
            reviewerA , draft    , POST, /library/proposals/PROPOSAL/reject , ok
            leaderA   , draft    , POST, /library/proposals/PROPOSAL/reject , 403
            editorA   , draft    , GET , /library/suggestions?task=0, ok
            anonymous , draft    , GET , /library/statistics       , login
            editorA   , draft    , GET , /library/statistics       , 403
            leaderA   , draft    , GET , /library/statistics       , 403
            reviewerA , draft    , GET , /library/statistics       , ok
            admin     , draft    , GET , /library/statistics       , ok
            admin     , draft    , GET , /admin/library/export.json, ok
            admin     , draft    , GET , /admin/library/export.xlsx, ok
            editorA   , draft    , GET , /admin/library/export.json, 403
            reviewerA , draft    , GET , /admin/library/export.xlsx, 403
            admin     , draft    , GET , /admin/library/DA-001/edit, ok
            reviewerA , draft    , GET , /admin/library/DA-001/edit, 403
            admin     , draft    , POST, /admin/library            , ok
            editorA   , draft    , POST, /admin/library            , 403
            reviewerA , draft    , POST, /admin/library            , 403
            editorA   , draft    , POST, /admin/library/DA-002/retire, 403
            leaderA   , draft    , POST, /admin/library/DA-002/retire, 403
            secadmin  , draft    , GET , /admin/accounts           , ok
            auditor   , draft    , GET , /admin/accounts           , 403
            secadmin  , draft    , GET , /admin/units              , 403
            secadmin  , draft    , GET , /admin/second-factor      , ok
            admin     , draft    , GET , /admin/second-factor      , 403
            auditor   , draft    , GET , /admin/second-factor      , 403
            secadmin  , draft    , GET , /admin/scoring            , 403
            auditor   , draft    , GET , /admin/units              , 403
            auditor   , draft    , GET , /admin/security-log       , ok
            auditor   , draft    , GET , /admin/security-log.xlsx  , ok
            admin     , draft    , GET , /admin/security-log       , 403
            secadmin  , draft    , GET , /admin/security-log       , 403
            reviewerA , draft    , GET , /admin/security-log       , 403
            admin     , draft    , POST, /admin/accounts/EDITOR/password, 403
            secadmin  , draft    , POST, /admin/accounts/EDITOR/password, ok
            auditor   , draft    , POST, /admin/accounts/EDITOR/password, 403
            admin     , draft    , POST, /admin/accounts/EDITOR/enabled, ok
            secadmin  , draft    , POST, /admin/accounts/EDITOR/enabled, 403
            secadmin  , draft    , POST, /admin/accounts/ADMIN/enabled, ok
            admin     , draft    , POST, /admin/accounts/SECADMIN/enabled, 403
            admin     , draft    , POST, /admin/accounts/ADMIN/enabled, 403
            secadmin  , draft    , GET , /evaluations/ID           , 404
            auditor   , draft    , GET , /evaluations/ID           , 404
            auditor   , published, GET , /evaluations/ID           , ok
            auditor   , draft    , GET , /dashboard                , 403
            secadmin  , draft    , GET , /library/new              , 403
            admin     , draft    , GET , /imports/new              , 403
            secadmin  , draft    , GET , /imports/new              , 403
            reviewerA , draft    , GET , /imports/new              , ok
            leaderA   , draft    , GET , /imports/new              , 403
            anonymous , draft    , GET , /goals                    , login
            editorA   , draft    , GET , /goals                    , ok
            reviewerA , draft    , GET , /goals                    , ok
            admin     , draft    , GET , /goals                    , ok
            editorA   , draft    , GET , /goals/GOAL               , ok
            leaderA   , draft    , GET , /goals/GOAL               , ok
            editorB   , draft    , GET , /goals/GOAL               , 404
            reviewerA , draft    , GET , /goals/GOAL               , ok
            reviewerB , draft    , GET , /goals/GOAL               , 404
            admin     , draft    , GET , /goals/GOAL               , 404
            editorB   , draft    , GET , /goals/GOAL/report.pdf    , 404
            editorA   , draft    , GET , /goals/GOAL/report.xlsx   , ok
            anonymous , draft    , GET , /public/goals             , ok
            anonymous , draft    , GET , /public/goals/GOAL        , 404
            anonymous , draft    , GET , /public/goals/GOAL/report.pdf, 404
            editorB   , draft    , POST, /goals/GOAL/publish       , 404
            anonymous , draft    , GET , /api/v1/goals             , ok
            editorA   , draft    , GET , /api/v1/goals/GOAL        , ok
            leaderA   , draft    , GET , /api/v1/goals/GOAL        , ok
            editorB   , draft    , GET , /api/v1/goals/GOAL        , 404
            reviewerA , draft    , GET , /api/v1/goals/GOAL        , ok
            reviewerB , draft    , GET , /api/v1/goals/GOAL        , 404
            admin     , draft    , GET , /api/v1/goals/GOAL        , 404
            anonymous , draft    , GET , /api/v1/goals/GOAL        , 404
            editorB   , draft    , POST, /api/v1/goals/GOAL/submit , 404
            reviewerA , draft    , POST, /api/v1/goals/GOAL/submit , 403
            leaderA   , draft    , POST, /api/v1/goals/GOAL/submit , 403
            anonymous , draft    , GET , /goals/GOAL/report.json   , login
            editorB   , draft    , GET , /goals/GOAL/report.json   , 404
            editorA   , draft    , GET , /goals/GOAL/report.json   , ok
            anonymous , draft    , GET , /exante                   , login
            editorA   , draft    , GET , /exante                   , ok
            reviewerA , draft    , GET , /exante                   , ok
            admin     , draft    , GET , /exante                   , 403
            editorA   , draft    , GET , /exante/EXANTE            , ok
            editorB   , draft    , GET , /exante/EXANTE            , 404
            reviewerA , draft    , GET , /exante/EXANTE            , 404
            reviewerA , submitted, GET , /exante/EXANTE            , ok
            reviewerB , submitted, GET , /exante/EXANTE            , 404
            admin     , submitted, GET , /exante/EXANTE            , 404
            editorA   , submitted, POST, /exante/EXANTE/return     , 403
            reviewerB , submitted, POST, /exante/EXANTE/return     , 404
            anonymous , draft    , GET , /admin/exante-thresholds  , login
            editorA   , draft    , GET , /admin/exante-thresholds  , 403
            reviewerA , draft    , GET , /admin/exante-thresholds  , 403
            secadmin  , draft    , GET , /admin/exante-thresholds  , 403
            auditor   , draft    , GET , /admin/exante-thresholds  , 403
            admin     , draft    , GET , /admin/exante-thresholds  , ok
            reviewerA , draft    , POST, /admin/exante-thresholds  , 403
            editorA   , draft    , POST, /admin/exante-thresholds  , 403
            admin     , draft    , POST, /admin/exante-thresholds  , ok
            anonymous , draft    , GET , /admin/templates          , login
            editorA   , draft    , GET , /admin/templates          , 403
            reviewerA , draft    , GET , /admin/templates          , 403
            secadmin  , draft    , GET , /admin/templates          , 403
            auditor   , draft    , GET , /admin/templates          , 403
            admin     , draft    , GET , /admin/templates          , ok
            editorA   , draft    , POST, /admin/templates          , 403
            reviewerA , draft    , POST, /admin/templates          , 403
            secadmin  , draft    , POST, /admin/templates          , 403
            admin     , draft    , GET , /admin/templates/TEMPLATE , ok
            reviewerA , draft    , GET , /admin/templates/TEMPLATE , 403
            leaderA   , draft    , GET , /admin/templates/TEMPLATE , 403
            admin     , draft    , GET , /admin/templates/0        , 404
            admin     , draft    , GET , /admin/templates/TEMPLATE?evaluation=ID, ok
            admin     , draft    , GET , /admin/templates/TEMPLATE/file, ok
            reviewerA , draft    , GET , /admin/templates/TEMPLATE/file, 403
            admin     , draft    , GET , /admin/templates/TEMPLATE/preview.pdf?evaluation=ID, ok
            reviewerA , draft    , GET , /admin/templates/TEMPLATE/preview.pdf?evaluation=ID, 403
            editorA   , draft    , GET , /admin/templates/TEMPLATE/preview.docx?evaluation=ID, 403
            admin     , draft    , POST, /admin/templates/TEMPLATE/activate, ok
            reviewerA , draft    , POST, /admin/templates/TEMPLATE/activate, 403
            secadmin  , draft    , POST, /admin/templates/TEMPLATE/activate, 403
            auditor   , draft    , POST, /admin/templates/TEMPLATE/activate, 403
            """)
    void decides(String who, String status, String method, String path, String expected) throws Exception {
        long id = evaluationIn(status);
        String url = path.replace("ID", String.valueOf(id)).replace("UNIT", String.valueOf(unitA()))
                .replace("EDITOR", String.valueOf(people.get("editorB").id()))
                .replace("SECADMIN", String.valueOf(people.get("secadmin").id()))
                .replace("ADMIN", String.valueOf(people.get("admin").id()))
                .replace("PROPOSAL", path.contains("PROPOSAL") ? proposalOfUnitA(id) : "")
                .replace("GOAL", path.contains("GOAL") ? String.valueOf(goalSheetOfUnitA()) : "")
                .replace("EXANTE", path.contains("EXANTE") ? String.valueOf(exAnteRequestOfUnitA(status)) : "")
                .replace("TEMPLATE", path.contains("TEMPLATE") ? String.valueOf(templateOfLiwan()) : "");
        MockHttpServletRequestBuilder request = method.equals("GET")
                ? MockMvcRequestBuilders.get(url)
                : MockMvcRequestBuilders.post(url).with(csrf()).param("month", "3")
                        .param("op", "add:functions").param("comment.general", "请补充")
                        .param("name", "新单位" + id).param("region", LIWAN).param("note", "矩阵测试")
                        // a region's ex-ante threshold, 万元
                        .param("amount", "600")
                        // a library entry's fields, for the library's forms
                        .param("kind", "ARCHIVES").param("level1", "OUTPUT").param("level2", "QUANTITY")
                        .param("definition", "矩阵测试的指标。").param("unit", "次").param("comparator", ">=")
                        .param("targetBasis", "PLAN")
                        // an account's switch: on, so that the rows leave everyone able to log in
                        .param("enabled", "true")
                        // submitting with the seed's warnings, confirmed: only access decides
                        .param("confirm", "true");
        if (!who.equals("anonymous")) {
            request.with(user(new SignedInUser(people.get(who))));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        switch (expected) {
            case "ok" -> assertThat(response.getStatus()).as(response.getErrorMessage() + " " + response.getRedirectedUrl())
                    .isIn(200, 302).matches(code -> code == 200 || !response.getRedirectedUrl().contains("/login"));
            case "login" -> assertThat(response.getRedirectedUrl()).contains("/login");
            default -> assertThat(response.getStatus()).isEqualTo(Integer.parseInt(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({"/evaluations/ID/submit", "/evaluations/ID/edit", "/logout"})
    void aPostWithoutTheCsrfTokenIsRefused(String path) throws Exception {
        long id = evaluationIn("draft");

        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post(path.replace("ID", String.valueOf(id)))
                .with(user(new SignedInUser(people.get("editorA"))))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(workflow.read(Actor.of(people.get("editorA")), id).status().name()).isEqualTo("DRAFT");
    }

    /** A new proposal of unit A for the library, waiting for a reviewer of its region. */
    private String proposalOfUnitA(long id) {
        return library.propose(Actor.of(people.get("editorA")), new LibraryIndicator(null, WorkKind.ARCHIVES,
                IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, "矩阵提议指标" + id, "矩阵测试的提议。", null, "次",
                Comparison.AT_LEAST, TargetBasis.PLAN, List.of("≥10次"), false, List.of(), List.of()), null).code();
    }

    /**
     * A new goal sheet of unit A, a project's draft (an administrator's /goals is the public list: ok): the goals'
     * pages are decided by GoalAccess.
     */
    private long goalSheetOfUnitA() {
        return goals.begin(Actor.of(people.get("editorA")), Kind.PROJECT, 2030, "矩阵测试项目" + YEAR.incrementAndGet(),
                false).id();
    }

    /** A new ex-ante request of unit A, a draft or submitted: the requests' pages are decided by ExAnteAccess. */
    private long exAnteRequestOfUnitA(String status) {
        Actor editor = Actor.of(people.get("editorA"));
        long id = exAnte.file(editor, new ExAnteFiling("矩阵测试项目" + YEAR.incrementAndGet(), 2030,
                new BigDecimal("100"), List.of(new Funding("一般公共预算", new BigDecimal("100"))), "矩阵测试的立项依据。",
                "矩阵测试的绩效目标。", List.of("服务人次≥100人次"), "矩阵测试的实施方案。"));
        if (status.equals("submitted")) {
            exAnte.submit(editor, id, exAnte.read(editor, id).version());
        }
        return id;
    }

    /** A new draft of 荔湾's template, 财政部's 项目支出 form: its pages are the administrator's alone. */
    private long templateOfLiwan() {
        ReportTemplate form = ShippedTemplates.named("mof-2020-project").orElseThrow();
        return templates.upload(Actor.of(people.get("admin")), LIWAN, Kind.PROJECT, 2030, form.fileName(),
                form.content().length, new ByteArrayResource(form.content())).id();
    }

    private long unitA() {
        return evaluations.unit("矩阵测试单位甲", LIWAN).orElseThrow().id();
    }

    /** A new evaluation of unit A, moved through the workflow to the status named. */
    private long evaluationIn(String status) {
        EvaluationDocument document = new EvaluationDocument(unitA.schema(), unitA.kind(), YEAR.incrementAndGet(),
                unitA.department(), unitA.functions(), unitA.funds(), unitA.goals(), unitA.keyTasks(),
                unitA.conclusion(), unitA.achievements(), unitA.problems(), unitA.measures(), null, null);
        long id = evaluations.importDocuments(List.of(document), "test").get(0).id();
        Actor editor = Actor.of(people.get("editorA"));
        Actor reviewer = Actor.of(people.get("reviewerA"));
        if (!status.equals("draft")) {
            workflow.submit(editor, id);
        }
        if (status.equals("approved") || status.equals("published")) {
            workflow.approve(reviewer, id, null);
        }
        if (status.equals("published")) {
            workflow.publish(reviewer, id);
        }
        return id;
    }

    /**
     * Every endpoint of an in-depth evaluation against its third parties: the institution's person (tpA) and the expert
     * (expertA) named on it reach it within the assignment's period only; another institution's person, an expert not
     * named, another region's reviewer and the unit before publication are told it does not exist, on every endpoint.
     * "assigned" is an evaluation being scored, assigned to tpA's institution until today; "expired" the same, its
     * assignment ended yesterday.
     */
    @ParameterizedTest(name = "{0} {2} {3} on an {1} in-depth evaluation → {4}")
    @CsvSource(textBlock = """
            anonymous , assigned, GET , /in-depth                          , login
            tpA       , assigned, GET , /in-depth                          , ok
            expertA   , assigned, GET , /in-depth                          , ok
            admin     , assigned, GET , /in-depth                          , 403
            reviewerA , assigned, GET , /in-depth/candidates               , ok
            tpA       , assigned, GET , /in-depth/candidates               , 403
            expertA   , assigned, GET , /in-depth/candidates               , 403
            tpA       , assigned, POST, /in-depth                          , 403
            tpA       , assigned, GET , /in-depth/institutions             , 403
            tpA       , assigned, POST, /in-depth/institutions             , 403
            tpA       , assigned, POST, /in-depth/institutions/INST/members, 403
            reviewerB , assigned, POST, /in-depth/institutions/INST/members, 422
            reviewerA , assigned, GET , /in-depth/INDEPTH                  , ok
            tpA       , assigned, GET , /in-depth/INDEPTH                  , ok
            expertA   , assigned, GET , /in-depth/INDEPTH                  , ok
            tpA       , assigned, GET , /in-depth/INDEPTH/report.pdf       , 422
            tpA       , assigned, POST, /in-depth/INDEPTH/advance          , 422
            tpA       , assigned, POST, /in-depth/INDEPTH/agreements/E_SOCIAL, 422
            expertA   , assigned, POST, /in-depth/INDEPTH/scores           , ok
            tpA       , expired , GET , /in-depth/INDEPTH                  , 404
            expertA   , expired , GET , /in-depth/INDEPTH                  , 404
            expertA   , expired , POST, /in-depth/INDEPTH/scores           , 404
            tpA       , expired , POST, /in-depth/INDEPTH/agreements/E_SOCIAL, 404
            tpA       , expired , POST, /in-depth/INDEPTH/report           , 404
            tpA       , expired , GET , /in-depth/INDEPTH/report.docx      , 404
            tpB       , assigned, GET , /in-depth/INDEPTH                  , 404
            tpB       , assigned, POST, /in-depth/INDEPTH/indicators       , 404
            tpB       , assigned, POST, /in-depth/INDEPTH/indicators/E_SOCIAL/remove, 404
            tpB       , assigned, POST, /in-depth/INDEPTH/advance          , 404
            tpB       , assigned, POST, /in-depth/INDEPTH/assignment       , 404
            tpB       , assigned, POST, /in-depth/INDEPTH/experts          , 404
            tpB       , assigned, POST, /in-depth/INDEPTH/scores           , 404
            tpB       , assigned, POST, /in-depth/INDEPTH/agreements/E_SOCIAL, 404
            tpB       , assigned, POST, /in-depth/INDEPTH/report           , 404
            tpB       , assigned, GET , /in-depth/INDEPTH/report.pdf       , 404
            tpB       , assigned, GET , /in-depth/INDEPTH/report.docx      , 404
            expertB   , assigned, GET , /in-depth/INDEPTH                  , 404
            expertB   , assigned, POST, /in-depth/INDEPTH/scores           , 404
            expertB   , assigned, GET , /in-depth/INDEPTH/report.pdf       , 404
            reviewerB , assigned, GET , /in-depth/INDEPTH                  , 404
            reviewerB , assigned, POST, /in-depth/INDEPTH/advance          , 404
            reviewerB , assigned, POST, /in-depth/INDEPTH/indicators/E_SOCIAL/remove, 404
            editorA   , assigned, GET , /in-depth/INDEPTH                  , 404
            leaderA   , assigned, GET , /in-depth/INDEPTH                  , 404
            admin     , assigned, GET , /in-depth/INDEPTH                  , 404
            auditor   , assigned, GET , /in-depth/INDEPTH                  , 404
            """)
    void decidesInDepth(String who, String state, String method, String path, String expected) throws Exception {
        long[] evaluation = inDepthOfUnitA(state);
        String url = path.replace("INDEPTH", String.valueOf(evaluation[0])).replace("INST", String.valueOf(evaluation[1]));
        MockHttpServletRequestBuilder request = method.equals("GET")
                ? MockMvcRequestBuilders.get(url)
                : MockMvcRequestBuilders.post(url).with(csrf()).param("score_E_SOCIAL", "5").param("score", "5")
                        .param("reason", "矩阵测试").param("username", "m-expert-b").param("name", "矩阵机构" + evaluation[0])
                        .param("institution", String.valueOf(evaluation[1])).param("from", "2020-01-01")
                        .param("until", "2020-01-02").param("code", "X1").param("area", "决策").param("group", "项目立项")
                        .param("title", "矩阵指标").param("weight", "1").param("BASICS", "矩阵测试")
                        .param("sourceId", "1").param("kind", "FINANCE").param("scope", "矩阵测试");
        if (!who.equals("anonymous")) {
            request.with(user(new SignedInUser(thirdParty(who))));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        switch (expected) {
            case "ok" -> assertThat(response.getStatus()).as(response.getErrorMessage() + " " + response.getRedirectedUrl())
                    .isIn(200, 302).matches(code -> code == 200 || !response.getRedirectedUrl().contains("/login"));
            case "login" -> assertThat(response.getRedirectedUrl()).contains("/login");
            default -> assertThat(response.getStatus()).isEqualTo(Integer.parseInt(expected));
        }
    }

    /** The people of the matrix, and the in-depth evaluation's third parties made once. */
    private Account thirdParty(String who) {
        if (!people.containsKey("tpA")) {
            people.put("tpA", accounts.create("m-tp-a", "甲机构人员", Role.THIRD_PARTY_EVALUATOR, null, null, "secret-pass-1"));
            people.put("tpB", accounts.create("m-tp-b", "乙机构人员", Role.THIRD_PARTY_EVALUATOR, null, null, "secret-pass-1"));
            people.put("expertA", accounts.create("m-expert-a", "甲专家", Role.EXPERT, null, null, "secret-pass-1"));
            people.put("expertB", accounts.create("m-expert-b", "乙专家", Role.EXPERT, null, null, "secret-pass-1"));
        }
        return people.get(who);
    }

    /**
     * A new in-depth evaluation of an approved evaluation of unit A, being scored, assigned to tpA's institution with
     * expertA, until today or ("expired") until yesterday; tpB belongs to another institution of the region. Gives the
     * evaluation's and the institution's numbers.
     */
    private long[] inDepthOfUnitA(String state) {
        thirdParty("tpA");
        Actor reviewer = Actor.of(people.get("reviewerA"));
        long source = evaluationIn("approved");
        LocalDate today = inDepth.today();
        long id = inDepth.open(reviewer, new InDepthOpening(source, InDepthKind.FINANCE, "矩阵测试", today, today));
        inDepth.advance(reviewer, id);
        long institution = inDepth.createInstitution(reviewer, "矩阵甲机构" + id);
        inDepth.addMember(reviewer, institution, "m-tp-a");
        long other = inDepth.createInstitution(reviewer, "矩阵乙机构" + id);
        inDepth.addMember(reviewer, other, "m-tp-b");
        LocalDate until = state.equals("expired") ? today.minusDays(1) : today;
        inDepth.assign(reviewer, id, institution, today.minusDays(10), until);
        inDepth.addExpert(reviewer, id, "m-expert-a");
        inDepth.advance(reviewer, id);
        return new long[] {id, institution};
    }
}
