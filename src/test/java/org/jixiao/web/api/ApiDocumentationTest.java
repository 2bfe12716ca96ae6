package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.document.DocumentJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description at /v3/api-docs: public, complete (every endpoint of the API and no page), in Chinese for
 * people and English for programs, with the evaluation document's schema and each operation's refusals.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentationTest {

    private static final String HAN = ".*\\p{IsHan}.*";

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode docs;

    @BeforeAll
    void readTheDescriptionAnonymously() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        docs = DocumentJson.parseTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyEndpointOfTheApiIsDescribedAndNoPage() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> served.add(verb.name() + " " + pattern))));
        Set<String> described = new TreeSet<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> described.add(operation.getKey().toUpperCase() + " " + path.getKey())));

        assertThat(served).hasSizeGreaterThanOrEqualTo(18).contains("GET /api/v1/evaluations/{id}/report.{format}");
        assertThat(described).isEqualTo(served);
    }

    @Test
    void everyOperationHasAnEnglishIdAndAChineseSummary() {
        List<String> ids = new ArrayList<>();
        docs.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            String where = entry.getKey() + " " + path.getKey();
            assertThat(operation.get("operationId").asString()).as(where).matches("[a-z][A-Za-z]+");
            assertThat(operation.get("summary").asString()).as(where).matches(HAN);
            assertThat(operation.get("description").asString()).as(where).matches("(?s)" + HAN);
            assertThat(operation.get("responses").has("401")).as(where).isTrue();
            ids.add(operation.get("operationId").asString());
        }));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void theEvaluationDocumentIsDescribedFromItsSpecification() {
        JsonNode schemas = docs.get("components").get("schemas");
        JsonNode document = schemas.get("EvaluationDocument");

        assertThat(document.get("description").asString()).startsWith("评价文档（格式 jixiao/evaluation/v1）");
        assertThat(document.get("properties").propertyNames()).contains("schema", "kind", "fiscalYear", "department",
                "functions", "funds", "goals", "keyTasks", "conclusion", "achievements", "problems", "measures", "score",
                "statedScore")
                .doesNotContain("extensions");
        assertThat(document.get("additionalProperties").asBoolean()).isTrue();
        assertThat(document.get("properties").get("fiscalYear").get("description").asString()).isEqualTo("年度，如 2023");
        assertThat(schemas.get("Indicator").get("properties").get("level1").get("enum").toString())
                .contains("OUTPUT", "BENEFIT", "SATISFACTION");
        assertThat(schemas.get("Target").get("properties").get("comparator").get("enum").toString()).contains(">=", "QUALITATIVE");
        assertThat(schemas.get("Funds").get("properties").get("budget").get("type").toString()).contains("number");
        for (String name : List.of("EvaluationDocument", "Department", "Funds", "SourceFunds", "FundsByNature", "KeyTask",
                "Indicator", "Target", "EvaluationScore", "KeyTaskScore", "IndicatorScore", "Finding", "Problem",
                "StatedScore", "NotScorable", "Stated",
                "EvaluationItem", "EvaluationPage", "DashboardData", "DashboardRow", "EvaluationMonitoring", "RegionMonitoring",
                "ExtractionDetails", "ValueOrigin", "ReportPart")) {
            assertThat(schemas.get(name)).as(name).isNotNull();
            assertThat(schemas.get(name).get("description").asString()).as(name).matches(HAN);
        }
    }

    @Test
    void importTakesADocumentOrAnArrayAndRefusalsAreProblemDetails() {
        JsonNode importing = docs.get("paths").get("/api/v1/evaluations").get("post");
        JsonNode body = importing.get("requestBody").get("content").get("application/json").get("schema");

        assertThat(body.get("oneOf").toString()).contains("#/components/schemas/EvaluationDocument", "array");
        assertThat(importing.get("responses").get("400").get("content").get("application/problem+json").get("schema")
                .get("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        JsonNode read = docs.get("paths").get("/api/v1/evaluations/{id}").get("get");
        assertThat(read.get("responses").get("200").get("content").get("application/json").get("schema").get("$ref")
                .asString()).isEqualTo("#/components/schemas/EvaluationDocument");
        assertThat(read.get("responses").has("404")).isTrue();
        assertThat(docs.get("components").get("securitySchemes").get(ApiDocumentation.BASIC).get("scheme").asString())
                .isEqualTo("basic");
    }

    @Test
    void extractReturnsTheDocumentOrWithDetailsWhereEachValueWasRead() {
        JsonNode extract = docs.get("paths").get("/api/v1/extract").get("post");
        JsonNode details = null;
        for (JsonNode parameter : extract.get("parameters")) {
            if (parameter.get("name").asString().equals("details")) {
                details = parameter;
            }
        }

        assertThat(details).as("the details parameter").isNotNull();
        assertThat(details.get("in").asString()).isEqualTo("query");
        assertThat(details.get("description").asString()).matches(HAN);
        assertThat(extract.get("responses").get("200").get("content").get("application/json").get("schema").get("oneOf")
                .toString()).contains("#/components/schemas/EvaluationDocument", "#/components/schemas/ExtractionDetails");
        JsonNode schema = docs.get("components").get("schemas").get("ExtractionDetails");
        assertThat(schema.get("properties").propertyNames()).contains("document", "sourceText", "warnings", "origins",
                "found", "missing", "summary");
        assertThat(schema.get("properties").get("origins").get("additionalProperties").get("$ref").asString())
                .isEqualTo("#/components/schemas/ValueOrigin");
    }

    @Test
    void swaggerUiIsOpenToThePublic() throws Exception {
        MockHttpServletResponse entry = mvc.perform(get("/swagger-ui.html")).andReturn().getResponse();
        assertThat(entry.getStatus()).isEqualTo(302);
        assertThat(entry.getRedirectedUrl()).isEqualTo("/swagger-ui/index.html");

        MockHttpServletResponse page = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("swagger-ui");
        assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'");
    }
}
