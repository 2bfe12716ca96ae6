package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.NewEvaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * 新建评价 through the API, as the page does it: blank, from last year's, from the library's suggestions; what is
 * wrong by field, a second copy refused with the one that exists, and nobody but the unit's editor begins one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewEvaluationApiTest {

    private static final String REGION = "广州市新建区";
    private static final String UNIT = "接口新建示例单位";
    private static final String PASSWORD = "secret-pass-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    private Actor editor;

    @BeforeAll
    void unitWithLastYear() {
        evaluations.importDocuments(List.of(Documents.seedOf(UNIT, REGION, 2023)), "test");
        long unit = evaluations.unit(UNIT, REGION).orElseThrow().id();
        editor = Actor.of(accounts.create("api-new-editor", "新建填报人", Role.UNIT_EDITOR, unit, null, PASSWORD));
        accounts.create("api-new-leader", "新建负责人", Role.PROJECT_LEADER, unit, null, PASSWORD);
        accounts.create("api-new-reviewer", "新建审核人", Role.FINANCE_REVIEWER, null, REGION, PASSWORD);
        accounts.create("api-new-admin", "新建管理员", Role.ADMINISTRATOR, null, null, PASSWORD);
    }

    @Test
    void fromLastYearTheTasksAndTargetsAreCarriedAndTheResultsCleared() throws Exception {
        MockHttpServletResponse response = begin("api-new-editor", """
                {"year": "2024", "kind": "DEPARTMENT_OVERALL", "start": "LAST_YEAR"}""");

        assertThat(response.getStatus()).isEqualTo(201);
        long id = json(response).get("id").asLong();
        assertThat(response.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/evaluations/" + id);
        assertThat(json(response).get("action").asString()).isEqualTo("created");
        EvaluationDocument begun = workflow.read(editor, id).document();
        EvaluationDocument last = Documents.seedOf(UNIT, REGION, 2023);
        assertThat(begun.fiscalYear()).isEqualTo(2024);
        assertThat(begun.keyTasks()).extracting(KeyTask::name)
                .containsExactlyElementsOf(last.keyTasks().stream().map(KeyTask::name).toList());
        assertThat(begun.keyTasks().get(0).indicators()).extracting(Indicator::actual).containsOnlyNulls();
        assertThat(workflow.read(editor, id).status()).isEqualTo(EvaluationStatus.DRAFT);
        // the new draft reads back through the API as any other
        assertThat(mvc.perform(get(response.getHeader(HttpHeaders.LOCATION)).with(basic("api-new-editor")))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aProjectFromTheLibrarysSuggestionsAndThenTheSameProjectAgainIsAConflict() throws Exception {
        String request = """
                {"year": "2025", "kind": "PROJECT", "projectName": "社区家庭教育指导服务", "start": "LIBRARY",
                 "goal": "开展家庭教育讲座和亲子活动，覆盖全区各街道"}""";

        MockHttpServletResponse created = begin("api-new-editor", request);

        assertThat(created.getStatus()).isEqualTo(201);
        EvaluationDocument project = workflow.read(editor, json(created).get("id").asLong()).document();
        assertThat(project.kind()).isEqualTo(Kind.PROJECT);
        assertThat(project.keyTasks()).singleElement().satisfies(task -> {
            assertThat(task.name()).isEqualTo("社区家庭教育指导服务");
            assertThat(task.indicators()).isNotEmpty().hasSizeLessThanOrEqualTo(NewEvaluations.SUGGESTED);
        });
        int before = evaluations.countSummaries(EvaluationFilter.ALL);

        MockHttpServletResponse again = begin("api-new-editor", request);

        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentType()).startsWith("application/problem+json");
        assertThat(json(again).get("detail").asString()).contains("社区家庭教育指导服务", "已经存在",
                "已有评价编号 " + json(created).get("id").asLong());
        assertThat(evaluations.countSummaries(EvaluationFilter.ALL)).isEqualTo(before);
    }

    @Test
    void whatIsWrongIsNamedByFieldAndNothingIsStored() throws Exception {
        int before = evaluations.countSummaries(EvaluationFilter.ALL);

        MockHttpServletResponse refused = begin("api-new-editor", """
                {"year": "二〇二四", "kind": "PROJECT", "start": "SOMEWHERE"}""");

        assertThat(refused.getStatus()).isEqualTo(422);
        JsonNode errors = json(refused).get("errors");
        assertThat(errors.findValuesAsString("path")).containsExactly("$.year", "$.projectName", "$.start");
        assertThat(errors.get(0).get("message").asString()).contains("二〇二四");
        assertThat(evaluations.countSummaries(EvaluationFilter.ALL)).isEqualTo(before);
    }

    @Test
    void onlyTheUnitsEditorBeginsOne() throws Exception {
        String request = """
                {"year": "2030", "kind": "DEPARTMENT_OVERALL", "start": "BLANK"}""";
        for (String other : List.of("api-new-leader", "api-new-reviewer", "api-new-admin")) {
            assertThat(begin(other, request).getStatus()).as(other).isEqualTo(403);
        }
        assertThat(mvc.perform(post("/api/v1/evaluations/new").contentType(MediaType.APPLICATION_JSON)
                .content(request)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(evaluations.find(editor.unitId(), 2030, Kind.DEPARTMENT_OVERALL, "")).isEmpty();
    }

    private MockHttpServletResponse begin(String who, String json) throws Exception {
        return mvc.perform(post("/api/v1/evaluations/new").with(basic(who)).contentType(MediaType.APPLICATION_JSON)
                .content(json.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    private static RequestPostProcessor basic(String who) {
        return httpBasic(who, PASSWORD);
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return DocumentJson.parseTree(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
