package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.account.Accounts;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.monitoring.ExecutionMonitoring.ProgressReport;
import org.jixiao.monitoring.ExecutionMonitoring.TaskReport;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.Documents;
import org.jixiao.support.LibraryWords;
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
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/** The evaluations' endpoints doing their work: what they return, store and refuse, and in which words. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    EvaluationScoring scoring;
    @Autowired
    ExecutionMonitoring monitoring;

    private ApiFixture fixture;

    @BeforeAll
    void people() {
        fixture = new ApiFixture("接口评价", "api-eval", evaluations, accounts, workflow);
    }

    @Test
    void anEvaluationReadsAsTheDocumentExportWrites() throws Exception {
        long id = fixture.evaluationOfA("draft");
        var stored = workflow.read(fixture.actor("editorA"), id);

        MockHttpServletResponse response = call(get("/api/v1/evaluations/" + id).with(fixture.basic("editorA")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(text(response)).isEqualTo(DocumentJson.write(stored.document()))
                .contains("\"name\": \"" + fixture.unitA + "\"");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + stored.version() + "\"");
        assertThat(response.getHeader("X-Evaluation-Status")).isEqualTo("DRAFT");
    }

    @Test
    void anUnchangedEvaluationIsNotSentAgainButAChangedOneIs() throws Exception {
        long id = fixture.evaluationOfA("draft");
        String etag = call(get("/api/v1/evaluations/" + id).with(fixture.basic("editorA"))).getHeader(HttpHeaders.ETAG);

        assertThat(call(get("/api/v1/evaluations/" + id).with(fixture.basic("editorA"))
                .header(HttpHeaders.IF_NONE_MATCH, etag)).getStatus()).isEqualTo(304);
        workflow.submit(fixture.actor("editorA"), id);
        MockHttpServletResponse changed = call(get("/api/v1/evaluations/" + id).with(fixture.basic("editorA"))
                .header(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("X-Evaluation-Status")).isEqualTo("SUBMITTED");
    }

    @Test
    void amountsGoInAndComeOutExactly() throws Exception {
        EvaluationDocument document = fixture.newDocumentOfA();
        String json = DocumentJson.write(document)
                .replaceFirst("\"budget\": 688\\.34", "\"budget\": 12345678.123456")
                .replaceFirst("\"executed\": 688\\.34", "\"executed\": 0.000001")
                .replaceFirst("\"carryover\": 0", "\"carryover\": 1E+3");
        assertThat(json).contains("12345678.123456", "0.000001", "1E+3");

        JsonNode imported = json(call(post("/api/v1/evaluations").with(fixture.basic("editorA"))
                .contentType(MediaType.APPLICATION_JSON).content(json)));
        String read = text(call(get("/api/v1/evaluations/" + imported.get(0).get("id").asLong())
                .with(fixture.basic("editorA"))));

        assertThat(read).contains("\"budget\": 12345678.123456", "\"executed\": 0.000001", "\"carryover\": 1000")
                .doesNotContain("E-", "E+");
        EvaluationDocument back = DocumentJson.read(read);
        assertThat(back.funds().budget()).isEqualByComparingTo(new BigDecimal("12345678.123456"));
        assertThat(back.funds().executed()).isEqualByComparingTo(new BigDecimal("0.000001"));
        JsonNode listed = json(call(get("/api/v1/evaluations").param("year", String.valueOf(document.fiscalYear()))
                .param("unit", fixture.unitA).with(fixture.basic("editorA"))));
        assertThat(text(listed.get("items").get(0).get("budget"))).isEqualTo("12345678.123456");
    }

    @Test
    void theListShowsWhatTheCallerMaySeeFilteredAndInPages() throws Exception {
        long draft = fixture.evaluationOfA("draft");
        long submitted = fixture.evaluationOfA("submitted");
        long published = fixture.evaluationOfA("published");

        JsonNode mine = json(call(get("/api/v1/evaluations").param("unit", fixture.unitA).param("size", "200")
                .with(fixture.basic("editorA"))));
        assertThat(ids(mine)).contains(draft, submitted, published);
        JsonNode onlyPublished = json(call(get("/api/v1/evaluations").param("unit", fixture.unitA)
                .param("status", "PUBLISHED").param("size", "200").with(fixture.basic("editorA"))));
        assertThat(ids(onlyPublished)).contains(published).doesNotContain(draft, submitted);
        assertThat(onlyPublished.get("items").get(0).get("statusLabel").asString()).isEqualTo("已公开");
        JsonNode twoStatuses = json(call(get("/api/v1/evaluations").param("unit", fixture.unitA)
                .param("status", "DRAFT", "SUBMITTED").param("size", "200").with(fixture.basic("editorA"))));
        assertThat(ids(twoStatuses)).contains(draft, submitted).doesNotContain(published);
        JsonNode ofYear = json(call(get("/api/v1/evaluations").param("year", String.valueOf(yearOf(draft)))
                .with(fixture.basic("editorA"))));
        assertThat(ids(ofYear)).containsExactly(draft);

        JsonNode firstPage = json(call(get("/api/v1/evaluations").param("unit", fixture.unitA).param("size", "2")
                .with(fixture.basic("editorA"))));
        JsonNode secondPage = json(call(get("/api/v1/evaluations").param("unit", fixture.unitA).param("size", "2")
                .param("page", "2").with(fixture.basic("editorA"))));
        int total = mine.get("total").asInt();
        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("total").asInt()).isEqualTo(total);
        assertThat(firstPage.get("pages").asInt()).isEqualTo((total + 1) / 2);
        assertThat(ids(secondPage)).doesNotContainAnyElementsOf(ids(firstPage));

        JsonNode publicList = json(call(get("/api/v1/evaluations").param("unit", fixture.unitA).param("size", "200")));
        assertThat(ids(publicList)).contains(published).doesNotContain(draft, submitted);
        JsonNode publicDrafts = json(call(get("/api/v1/evaluations").param("unit", fixture.unitA).param("status", "DRAFT")));
        assertThat(publicDrafts.get("total").asInt()).isZero();
        JsonNode otherUnit = json(call(get("/api/v1/evaluations").param("unit", fixture.unitA)
                .with(fixture.basic("editorB"))));
        assertThat(otherUnit.get("total").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            page=0          | 参数 page 应不小于 1
            size=201        | 参数 size 应为 1 至 200
            status=FINISHED | 参数 status 的值“FINISHED”无效：可选 DRAFT、SUBMITTED、RETURNED、APPROVED、PUBLISHED
            year=二〇二三    | 参数 year 的值“二〇二三”无效：应为整数
            """)
    void aBadListParameterIsNamed(String parameter, String detail) throws Exception {
        String[] pair = parameter.split("=");
        MockHttpServletResponse response = call(get("/api/v1/evaluations").param(pair[0], pair[1])
                .with(fixture.basic("editorA")));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).startsWith(detail);
    }

    @Test
    void importCreatesAndRevisesDraftsOfTheCallersUnit() throws Exception {
        EvaluationDocument first = fixture.newDocumentOfA();
        EvaluationDocument second = fixture.newDocumentOfA();

        JsonNode created = json(call(importing("editorA", DocumentJson.write(List.of(first, second)))));
        assertThat(created).hasSize(2);
        assertThat(created.get(0).get("action").asString()).isEqualTo("created");
        assertThat(created.get(1).get("fiscalYear").asInt()).isEqualTo(second.fiscalYear());

        EvaluationDocument revised = first.withKeyTasks(first.keyTasks().subList(0, 1));
        JsonNode again = json(call(importing("editorA", DocumentJson.write(revised))));
        assertThat(again.get(0).get("action").asString()).isEqualTo("revised");
        assertThat(again.get(0).get("id").asLong()).isEqualTo(created.get(0).get("id").asLong());
        assertThat(workflow.read(fixture.actor("editorA"), again.get(0).get("id").asLong()).document().keyTasks())
                .hasSize(1);
    }

    @Test
    void anImportWithTheVersionItReadDoesNotOverwriteANewerSave() throws Exception {
        long id = fixture.evaluationOfA("draft");
        MockHttpServletResponse read = call(get("/api/v1/evaluations/" + id).with(fixture.basic("editorA")));
        String etag = read.getHeader(HttpHeaders.ETAG);
        EvaluationDocument mine = DocumentJson.read(read.getContentAsString(StandardCharsets.UTF_8));
        // meanwhile someone else saves a change
        call(importing("editorA", DocumentJson.write(mine.withKeyTasks(mine.keyTasks().subList(0, 1)))));
        long newer = workflow.read(fixture.actor("editorA"), id).version();

        MockHttpServletResponse stale = call(importing("editorA", DocumentJson.write(mine)).header(HttpHeaders.IF_MATCH, etag));

        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(json(stale).get("detail").asString()).contains("已被他人修改", "没有保存");
        StoredEvaluation kept = workflow.read(fixture.actor("editorA"), id);
        assertThat(kept.version()).isEqualTo(newer);
        assertThat(kept.document().keyTasks()).hasSize(1);
        MockHttpServletResponse current = call(importing("editorA", DocumentJson.write(mine))
                .header(HttpHeaders.IF_MATCH, "\"" + newer + "\""));
        assertThat(current.getStatus()).isEqualTo(200);
        assertThat(workflow.read(fixture.actor("editorA"), id).document().keyTasks()).hasSize(mine.keyTasks().size());
    }

    @Test
    void importPreconditionsSayWhetherToCreateOrToRevise() throws Exception {
        long id = fixture.evaluationOfA("draft");
        EvaluationDocument existing = workflow.read(fixture.actor("editorA"), id).document();
        EvaluationDocument fresh = fixture.newDocumentOfA();

        MockHttpServletResponse notNew = call(importing("editorA", DocumentJson.write(existing))
                .header(HttpHeaders.IF_NONE_MATCH, "*"));
        MockHttpServletResponse notThere = call(importing("editorA", DocumentJson.write(fresh))
                .header(HttpHeaders.IF_MATCH, "*"));
        MockHttpServletResponse two = call(importing("editorA", DocumentJson.write(List.of(fresh, existing)))
                .header(HttpHeaders.IF_MATCH, "\"1\""));
        MockHttpServletResponse garbled = call(importing("editorA", DocumentJson.write(fresh))
                .header(HttpHeaders.IF_MATCH, "version three"));

        assertThat(notNew.getStatus()).isEqualTo(412);
        assertThat(json(notNew).get("detail").asString()).contains("已存在", "If-None-Match");
        assertThat(notThere.getStatus()).isEqualTo(412);
        assertThat(json(notThere).get("detail").asString()).contains("还没有评价", "If-Match");
        assertThat(two.getStatus()).isEqualTo(400);
        assertThat(json(two).get("detail").asString()).contains("只能用于导入一份文档");
        assertThat(garbled.getStatus()).isEqualTo(400);
        assertThat(json(garbled).get("detail").asString()).contains("ETag", "version three");
        assertThat(visibleOfYear(fresh.fiscalYear())).isEmpty();
        assertThat(call(importing("editorA", DocumentJson.write(fresh)).header(HttpHeaders.IF_NONE_MATCH, "*"))
                .getStatus()).isEqualTo(200);
    }

    @Test
    void aReviewStepWithAStaleVersionChangesNothing() throws Exception {
        long id = fixture.evaluationOfA("submitted");
        long version = workflow.read(fixture.actor("reviewerA"), id).version();

        MockHttpServletResponse stale = call(post("/api/v1/evaluations/" + id + "/approve").with(fixture.basic("reviewerA"))
                .header(HttpHeaders.IF_MATCH, "\"" + (version - 1) + "\""));

        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(workflow.read(fixture.actor("reviewerA"), id).status()).isEqualTo(EvaluationStatus.SUBMITTED);
        assertThat(state(post("/api/v1/evaluations/" + id + "/approve").with(fixture.basic("reviewerA"))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\""))).isEqualTo("APPROVED");
    }

    @Test
    void aReviewerImportsANewEvaluationButDoesNotOverwriteTheUnitsDraft() throws Exception {
        long id = fixture.evaluationOfA("draft");
        StoredEvaluation draft = workflow.read(fixture.actor("reviewerA"), id);

        MockHttpServletResponse response = call(importing("reviewerA",
                DocumentJson.write(draft.document().withKeyTasks(draft.document().keyTasks().subList(0, 1)))));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(json(response).get("detail").asString()).contains("已存在（草稿）", "只能由本单位填报人修改");
        assertThat(workflow.read(fixture.actor("reviewerA"), id).version()).isEqualTo(draft.version());
        assertThat(call(importing("reviewerA", DocumentJson.write(fixture.newDocumentOfA()))).getStatus()).isEqualTo(200);
    }

    @Test
    void anImportWithOneBadDocumentStoresNone() throws Exception {
        EvaluationDocument good = fixture.newDocumentOfA();
        String broken = DocumentJson.write(fixture.newDocumentOfA()).replaceFirst("\"fiscalYear\": \\d+", "\"fiscalYear\": \"明年\"")
                .replaceFirst("\"budget\": 91\\.2", "\"budget\": \"九十一\"");
        String array = "[" + DocumentJson.write(good) + "," + broken + "]";

        MockHttpServletResponse response = call(importing("editorA", array));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("detail").asString()).startsWith("不是有效的评价文档：$[1].fiscalYear：");
        List<String> paths = new ArrayList<>();
        problem.get("errors").forEach(error -> paths.add(error.get("path").asString()));
        assertThat(paths).containsExactly("$[1].fiscalYear", "$[1].keyTasks[0].budget");
        assertThat(visibleOfYear(good.fiscalYear())).isEmpty();
    }

    @Test
    void anIndicatorNameThatWouldShowReversedIsRefusedByItsJsonPathAndNothingIsStored() throws Exception {
        EvaluationDocument document = fixture.newDocumentOfA();
        KeyTask task = document.keyTasks().get(0);
        List<Indicator> indicators = new ArrayList<>(task.indicators());
        Indicator second = indicators.get(1);
        indicators.set(1, second.toBuilder().name("满意度\u202E%001").build());
        EvaluationDocument reversed = document.withKeyTasks(List.of(task.withIndicators(indicators),
                document.keyTasks().get(1)));

        MockHttpServletResponse response = call(importing("editorA", DocumentJson.write(reversed)));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("path").asString()).isEqualTo("$.keyTasks[0].indicators[1].name");
            assertThat(error.get("message").asString())
                    .isEqualTo("三级指标名称含有不可见的文字方向控制符 U+202E（第 4 个字符），请删除后重新填写");
        });
        assertThat(problem.get("detail").asString()).startsWith("不是有效的评价文档：$.keyTasks[0].indicators[1].name：");
        assertThat(visibleOfYear(document.fiscalYear())).isEmpty();
    }

    @Test
    void anImportThatWouldOverwriteASubmittedEvaluationStoresNone() throws Exception {
        long submitted = fixture.evaluationOfA("submitted");
        EvaluationDocument overwrite = workflow.read(fixture.actor("editorA"), submitted).document();
        EvaluationDocument fresh = fixture.newDocumentOfA();

        MockHttpServletResponse response = call(importing("editorA", DocumentJson.write(List.of(fresh, overwrite))));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(json(response).get("detail").asString()).contains(fixture.unitA, String.valueOf(overwrite.fiscalYear()));
        assertThat(visibleOfYear(fresh.fiscalYear())).isEmpty();
    }

    @Test
    void aUnitEditorImportsOnlyTheirOwnUnit() throws Exception {
        EvaluationDocument ofB = Documents.seedOf(fixture.unitB, ApiFixture.YUEXIU, 2050);

        MockHttpServletResponse response = call(importing("editorA", DocumentJson.write(List.of(fixture.newDocumentOfA(), ofB))));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(json(response).get("detail").asString())
                .isEqualTo("第 2 份文档（$[1].department.name）的单位是“" + fixture.unitB + "”：您只能导入本单位（"
                        + fixture.unitA + "）的评价");
    }

    @Test
    void brokenJsonIsReportedByLineAndColumn() throws Exception {
        String json = "{\n  \"schema\": \"jixiao/evaluation/v1\",\n  \"kind\": DEPARTMENT_OVERALL\n}";

        MockHttpServletResponse response = call(importing("editorA", json));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("line").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asInt()).isEqualTo(11);
        assertThat(problem.get("detail").asString())
                .isEqualTo("第 3 行第 11 列：JSON 语法错误：此处应为值：用双引号括起的文字、数字、数组、对象、true、false 或 null，"
                        + "实为“DEPARTMENT_OVERALL”");
        LibraryWords.assertNoneIn(problem.get("detail").asString());
    }

    @Test
    void aBodyThatIsNotJsonOrTooLargeIsRefused() throws Exception {
        MockHttpServletResponse text = call(post("/api/v1/evaluations").with(fixture.basic("editorA"))
                .contentType(MediaType.TEXT_PLAIN).content("单位：某某"));
        assertThat(text.getStatus()).isEqualTo(415);
        assertThat(json(text).get("detail").asString()).isEqualTo("不支持的内容类型 text/plain：应为 application/json");

        byte[] huge = new byte[DocumentJson.MAX_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        MockHttpServletResponse large = call(post("/api/v1/evaluations").with(fixture.basic("editorA"))
                .contentType(MediaType.APPLICATION_JSON).content(huge));
        assertThat(large.getStatus()).isEqualTo(413);
        assertThat(json(large).get("detail").asString()).isEqualTo("请求体超过 20 MB，不像评价文档");

        MockHttpServletResponse empty = call(importing("editorA", "[]"));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(json(empty).get("detail").asString()).isEqualTo("数组中没有评价文档");
    }

    @Test
    void exportedDocumentsImportAgain() throws Exception {
        long id = fixture.evaluationOfA("draft");
        int year = yearOf(id);

        MockHttpServletResponse response = call(get("/api/v1/evaluations/export").param("year", String.valueOf(year))
                .param("unit", fixture.unitA).with(fixture.basic("editorA")));

        assertThat(text(response)).isEqualTo(DocumentJson.write(List.of(
                workflow.read(fixture.actor("editorA"), id).document())));
        JsonNode again = json(call(importing("editorA", text(response))));
        assertThat(again.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(again.get(0).get("action").asString()).isEqualTo("revised");
        assertThat(json(call(get("/api/v1/evaluations/export").param("year", String.valueOf(year))
                .with(fixture.basic("editorB"))))).isEmpty();
    }

    @Test
    void anEvaluationGoesThroughReviewAndIsPublished() throws Exception {
        long id = fixture.evaluationOfA("draft");

        assertThat(state(post("/api/v1/evaluations/" + id + "/submit").param("confirmWarnings", "true")
                .with(fixture.basic("editorA")))).isEqualTo("SUBMITTED");
        assertThat(state(post("/api/v1/evaluations/" + id + "/return").with(fixture.basic("reviewerA"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"comments\": {\"funds\": \"请说明结转结余的原因\", \"general\": \"\"}}"))).isEqualTo("RETURNED");
        assertThat(state(post("/api/v1/evaluations/" + id + "/submit").param("confirmWarnings", "true")
                .with(fixture.basic("editorA")))).isEqualTo("SUBMITTED");
        assertThat(state(post("/api/v1/evaluations/" + id + "/approve").with(fixture.basic("reviewerA"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"同意\"}"))).isEqualTo("APPROVED");
        assertThat(state(post("/api/v1/evaluations/" + id + "/publish").with(fixture.basic("reviewerA")))).isEqualTo("PUBLISHED");

        JsonNode audit = json(call(get("/api/v1/evaluations/" + id + "/audit").with(fixture.basic("editorA"))));
        List<String> steps = new ArrayList<>();
        audit.forEach(event -> steps.add(event.get("action").asString()));
        assertThat(steps).containsSubsequence("CREATED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "PUBLISHED");
        assertThat(audit.findValuesAsString("comment")).contains("（二）部门整体收支情况：请说明结转结余的原因", "同意");
        assertThat(call(get("/api/v1/evaluations/" + id)).getStatus()).isEqualTo(200);
    }

    @Test
    void aSubmissionWithErrorsIsRefusedWithEachErrorAndWarningsOnlyOnceConfirmed() throws Exception {
        long id = fixture.evaluationOfA("draft");
        EvaluationDocument draft = workflow.read(fixture.actor("editorA"), id).document();
        KeyTask first = draft.keyTasks().get(0);
        call(importing("editorA", DocumentJson.write(draft.withKeyTasks(List.of(
                first.withFunds(first.budget(), first.executed(), new BigDecimal("90")), draft.keyTasks().get(1))))));

        MockHttpServletResponse errors = call(post("/api/v1/evaluations/" + id + "/submit").param("confirmWarnings", "true")
                .with(fixture.basic("editorA")));

        assertThat(errors.getStatus()).isEqualTo(422);
        assertThat(errors.getContentType()).startsWith("application/problem+json");
        JsonNode refused = json(errors);
        assertThat(refused.get("detail").asString()).startsWith("有 1 处错误，改正后才能提交：执行率写为 90%");
        assertThat(refused.get("errors")).singleElement().satisfies(error -> {
            assertThat(error.get("code").asString()).isEqualTo("FUNDS_MISMATCH");
            assertThat(error.get("path").asString()).isEqualTo("$.keyTasks[0].executionRate");
        });
        call(importing("editorA", DocumentJson.write(draft)));

        MockHttpServletResponse warnings = call(post("/api/v1/evaluations/" + id + "/submit").with(fixture.basic("editorA")));

        assertThat(warnings.getStatus()).isEqualTo(409);
        assertThat(json(warnings).get("detail").asString()).matches("提交仍有 \\d+ 条提示（见 errors）：确认后请带 confirmWarnings=true 再提交");
        assertThat(json(warnings).get("errors").findValuesAsString("code")).contains("NO_ACTUAL_VALUE", "MISSING_BENEFIT");
        assertThat(workflow.read(fixture.actor("editorA"), id).status()).isEqualTo(EvaluationStatus.DRAFT);
        assertThat(state(post("/api/v1/evaluations/" + id + "/submit").param("confirmWarnings", "true")
                .with(fixture.basic("editorA")))).isEqualTo("SUBMITTED");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"comments": {}}                      | 400 | 退回时请至少写一条意见，说明要修改什么
            {}                                    | 400 | 退回时请至少写一条意见，说明要修改什么
            {"comments": {"appendix": "补充附件"}} | 400 | 未知的章节：appendix
            {"comments": ["补充附件"]}             | 400 | $.comments：值的类型不对：应为对象
            {"comments": {"funds": "补充"}        | 400 | 第 1 行第 29 列：JSON 语法错误：内容意外结束：缺少 } 或 ]，或文本不完整
            """)
    void aReturnWithoutUsableCommentsIsRefused(String body, int status, String detail) throws Exception {
        long id = fixture.evaluationOfA("submitted");

        MockHttpServletResponse response = call(post("/api/v1/evaluations/" + id + "/return")
                .with(fixture.basic("reviewerA")).contentType(MediaType.APPLICATION_JSON).content(body));

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(json(response).get("detail").asString()).isEqualTo(detail);
        LibraryWords.assertNoneIn(json(response).get("detail").asString());
        assertThat(workflow.read(fixture.actor("reviewerA"), id).status()).isEqualTo(EvaluationStatus.SUBMITTED);
    }

    @Test
    void aStepTheStatusDoesNotAllowIsRefusedWithTheReason() throws Exception {
        long id = fixture.evaluationOfA("submitted");

        MockHttpServletResponse response = call(post("/api/v1/evaluations/" + id + "/submit").with(fixture.basic("editorA")));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(json(response).get("detail").asString()).isEqualTo("只有本单位的填报人可以提交草稿或退回的评价");
        assertThat(json(call(get("/api/v1/evaluations/" + (id + 100_000)).with(fixture.basic("admin"))))
                .get("detail").asString()).isEqualTo("没有编号为 " + (id + 100_000) + " 的评价");
    }

    @ParameterizedTest
    @CsvSource({
            "docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, PK",
            "pdf,  application/pdf, %PDF",
            "html, text/html, <!DOCTYPE html>",
            "xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, PK"})
    void theReportComesInEachFormat(String format, String contentType, String start) throws Exception {
        long id = fixture.evaluationOfA("draft");

        MockHttpServletResponse response = call(get("/api/v1/evaluations/" + id + "/report." + format)
                .with(fixture.basic("reviewerA")));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(contentType);
        assertThat(new String(response.getContentAsByteArray(), 0, start.length(), StandardCharsets.ISO_8859_1))
                .isEqualToIgnoringCase(start);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains(URLEncoder.encode(fixture.unitA, StandardCharsets.UTF_8).replace("+", "%20"))
                .endsWith("." + format);
    }

    @Test
    void anUnknownReportFormatIsNotFound() throws Exception {
        long id = fixture.evaluationOfA("draft");

        MockHttpServletResponse response = call(get("/api/v1/evaluations/" + id + "/report.odt").with(fixture.basic("editorA")));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(json(response).get("detail").asString()).isEqualTo("没有 odt 格式的报告：可选 docx、pdf、html、xlsx");
    }

    @Test
    void aStoredEvaluationIsScoredAndLintedAsThePagesDo() throws Exception {
        long id = fixture.evaluationOfA("draft");
        var assessment = scoring.assess(workflow.read(fixture.actor("editorA"), id).document());

        String score = text(call(get("/api/v1/evaluations/" + id + "/score").with(fixture.basic("editorA"))));
        String lint = text(call(get("/api/v1/evaluations/" + id + "/lint").with(fixture.basic("editorA"))));

        assertThat(score).isEqualTo(DocumentJson.write(assessment.score())).contains("\"total\": ");
        assertThat(lint).isEqualTo(DocumentJson.write(assessment.findings())).contains("\"suggestion\": ");
        assertThat(assessment.findings()).isNotEmpty();
    }

    @Test
    void monitoringOfAnEvaluationShowsTheMonthReported() throws Exception {
        long id = fixture.evaluationOfA("draft");
        var task = workflow.read(fixture.actor("editorA"), id).document().keyTasks().get(0);
        monitoring.report(fixture.actor("editorA"), id, 3, List.of(new TaskReport(task.name(), new BigDecimal("12.345678"),
                "按计划推进", List.of(new ProgressReport(task.indicators().get(0).name(), "已完成 30%", true, null)))));

        JsonNode view = json(call(get("/api/v1/evaluations/" + id + "/monitoring").param("month", "3")
                .with(fixture.basic("reviewerA"))));

        assertThat(view.get("month").asInt()).isEqualTo(3);
        JsonNode first = view.get("tasks").get(0);
        assertThat(first.get("name").asString()).isEqualTo(task.name());
        assertThat(text(first.get("executed"))).isEqualTo("12.345678");
        assertThat(first.get("months").get(0).get("month").asInt()).isEqualTo(3);
        assertThat(first.get("standing").get("signal").asString()).isIn("RED", "YELLOW", "GREEN");
        assertThat(first.get("indicators").get(0).get("progress").asString()).isEqualTo("已完成 30%");
        MockHttpServletResponse badMonth = call(get("/api/v1/evaluations/" + id + "/monitoring").param("month", "13")
                .with(fixture.basic("reviewerA")));
        assertThat(badMonth.getStatus()).isEqualTo(400);
        assertThat(json(badMonth).get("detail").asString()).isEqualTo("月份应为 1 至 12：13");
    }

    private MockHttpServletRequestBuilder importing(String who, String json) {
        return post("/api/v1/evaluations").with(fixture.basic(who)).contentType(MediaType.APPLICATION_JSON)
                .content(json.getBytes(StandardCharsets.UTF_8));
    }

    private String state(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = call(request);
        assertThat(response.getStatus()).as(text(response)).isEqualTo(200);
        return json(response).get("status").asString();
    }

    private List<Long> visibleOfYear(int year) {
        return workflow.visible(fixture.actor("editorA"), new EvaluationFilter(null, year, null)).stream()
                .map(s -> s.id()).toList();
    }

    private int yearOf(long id) {
        return workflow.read(fixture.actor("admin"), id).document().fiscalYear();
    }

    private MockHttpServletResponse call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return DocumentJson.parseTree(text(response));
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String text(JsonNode number) {
        return number.decimalValue().toPlainString();
    }
}
