package org.jixiao.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.jixiao.account.Accounts;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.StatedScore;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.extraction.ReportExtractor;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.scoring.IndicatorLinter;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfiles;
import org.jixiao.support.DamagedFiles;
import org.jixiao.support.LibraryWords;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;

/** Score, lint and extract of what the client posts: the command line's results, through HTTP, nothing stored. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentApiTest {

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

    private ApiFixture fixture;

    @BeforeAll
    void people() {
        fixture = new ApiFixture("接口文档", "api-doc", evaluations, accounts, workflow);
    }

    @Test
    void aPostedDocumentIsScoredAsTheScoreCommandScoresIt() throws Exception {
        MockHttpServletResponse response = call(posting("/api/v1/score", SeedDocument.json()));

        assertThat(response.getStatus()).isEqualTo(200);
        Scorer scorer = new Scorer(ScoringProfiles.builtIn().get(ScoringProfiles.DEFAULT));
        assertThat(text(response)).isEqualTo(DocumentJson.write(scorer.score(SeedDocument.load())));
    }

    @Test
    void aDocumentWithTooLittleToScoreIsAnsweredWithoutTotalOrGradeButWithTheReason() throws Exception {
        EvaluationDocument bare = SeedDocument.load().withKeyTasks(List.of())
                .withStatedScore(new StatedScore(new BigDecimal("96.5"), "优", null));

        MockHttpServletResponse response = call(posting("/api/v1/score", DocumentJson.write(bare)));

        // the command line's answer (there with exit 1): a score saying why it has no total, the stated one beside it
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode score = DocumentJson.parseTree(text(response));
        assertThat(score.get("total").isNull()).isTrue();
        assertThat(score.get("grade").isNull()).isTrue();
        assertThat(score.get("notScorable").get("reason").asString()).isEqualTo("NO_KEY_TASKS");
        assertThat(score.get("notScorable").get("message").asString()).isEqualTo("没有重点工作任务，无法评分");
        assertThat(score.get("stated").get("total").decimalValue()).isEqualByComparingTo("96.5");
        assertThat(text(call(posting("/api/v1/lint", DocumentJson.write(bare))))).contains("\"code\": \"NOT_SCORABLE\"");
    }

    @Test
    void aPostedDocumentIsLintedAsTheLintCommandLintsItCitingTheLibrary() throws Exception {
        EvaluationDocument weak = fixture.newDocumentOfA();

        MockHttpServletResponse response = call(posting("/api/v1/lint", DocumentJson.write(weak)));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(response)).isEqualTo(DocumentJson.write(scoring.assess(weak).findings()));
        // the same findings as the command line, which has no library; the server's cite the library's entry
        List<Finding> offline = new IndicatorLinter(ScoringProfiles.builtIn().get(ScoringProfiles.DEFAULT)).lint(weak);
        List<Finding> served = scoring.assess(weak).findings();
        assertThat(served).extracting(Finding::code, Finding::path, Finding::message)
                .containsExactlyElementsOf(offline.stream()
                        .map(f -> Tuple.tuple(f.code(), f.path(), f.message())).toList());
        assertThat(served).extracting(Finding::suggestion)
                .anySatisfy(suggestion -> assertThat(suggestion).contains("指标库 GEN-"));
    }

    @Test
    void scoringStoresNothing() throws Exception {
        int before = workflow.visible(fixture.actor("admin"), EvaluationFilter.ALL).size();

        call(posting("/api/v1/score", DocumentJson.write(fixture.newDocumentOfA())));

        assertThat(workflow.visible(fixture.actor("admin"), EvaluationFilter.ALL))
                .hasSize(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/score", "/api/v1/lint"})
    void anArrayIsNotOneDocument(String path) throws Exception {
        MockHttpServletResponse response = call(posting(path, "[" + SeedDocument.json() + "]"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).get("detail").asString()).isEqualTo("应为单个评价文档（JSON 对象），实为含 1 份文档的数组");
    }

    @Test
    void anInvalidDocumentIsReportedByTheJsonPathOfEachError() throws Exception {
        String invalid = SeedDocument.json().replaceFirst("\"fiscalYear\": 2023", "\"fiscalYear\": 1800")
                .replaceFirst("\"kind\": \"DEPARTMENT_OVERALL\"", "\"kind\": \"DEPARTMENT\"");

        MockHttpServletResponse response = call(posting("/api/v1/score", invalid));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode problem = json(response);
        List<String> paths = new ArrayList<>();
        problem.get("errors").forEach(error -> paths.add(error.get("path").asString()));
        assertThat(paths).containsExactly("$.kind", "$.fiscalYear");
        assertThat(problem.get("errors").get(1).get("message").asString()).isEqualTo("年度应为 1990 至 2100 之间的整数，实为 1800");
        assertThat(problem.get("detail").asString()).startsWith("不是有效的评价文档：$.kind：").endsWith("（另有 1 处错误）");
    }

    @Test
    void anUploadedReportIsReadIntoItsDocument() throws Exception {
        MockHttpServletResponse response = call(multipart("/api/v1/extract")
                .file(new MockMultipartFile("file", "d02-archives-2021.txt", "text/plain", corpus("d02-archives-2021.txt")))
                .with(fixture.basic("editorA")));

        assertThat(response.getStatus()).as(text(response)).isEqualTo(200);
        assertThat(DocumentJson.read(text(response)))
                .isEqualTo(DocumentJson.read(new String(corpus("d02-archives-2021.json"), StandardCharsets.UTF_8)));
        assertThat(text(response)).contains("\"name\": \"广州市档案馆\"", "\"budget\": 912.345678");
    }

    @Test
    void withDetailsTheDocumentComesWithWhereEachValueWasReadAndWhatWasNot() throws Exception {
        byte[] form = resource("/imports/project-form.txt");

        MockHttpServletResponse plain = call(multipart("/api/v1/extract")
                .file(new MockMultipartFile("file", "项目自评表.txt", "text/plain", form)).with(fixture.basic("editorA")));
        MockHttpServletResponse detailed = call(multipart("/api/v1/extract").param("details", "true")
                .file(new MockMultipartFile("file", "项目自评表.txt", "text/plain", form)).with(fixture.basic("editorA")));

        assertThat(detailed.getStatus()).as(text(detailed)).isEqualTo(200);
        JsonNode details = json(detailed);
        assertThat(details.get("document")).as("the same document as without details").isEqualTo(json(plain));
        assertThat(details.get("document").get("funds").get("budget").decimalValue()).isEqualByComparingTo("120");
        String[] lines = details.get("sourceText").asString().split("\n", -1);
        JsonNode budget = details.get("origins").get("funds.budget");
        assertThat(budget.get("line").asInt()).isEqualTo(17);
        assertThat(lines[16].substring(budget.get("start").asInt(), budget.get("end").asInt())).isEqualTo("120");
        assertThat(budget.has("page")).as("no pages in a text file").isFalse();
        assertThat(details.get("origins").get("keyTasks[0].indicators[1].actual").get("line").asInt()).isEqualTo(48);
        assertThat(details.get("origins").propertyNames()).first().isEqualTo("fiscalYear");
        assertThat(labels(details.get("missing"))).containsExactly("执行率", "2 个指标的实际完成值");
        assertThat(labels(details.get("found"))).contains("年度", "预算数", "执行数", "绩效指标");
        assertThat(details.get("missing").get(0).get("path").asString()).isEqualTo("funds.executionRate");
        assertThat(details.get("summary").asString()).endsWith("；未读出 执行率、2 个指标的实际完成值");
        assertThat(details.get("warnings")).isEmpty();
        MockHttpServletResponse notDetailed = call(multipart("/api/v1/extract").param("details", "false")
                .file(new MockMultipartFile("file", "项目自评表.txt", "text/plain", form)).with(fixture.basic("editorA")));
        assertThat(text(notDetailed)).isEqualTo(text(plain));
    }

    @Test
    void withDetailsAFigureLeftEmptyIsAWarningNamingItsLine() throws Exception {
        byte[] zeroBudget = new String(resource("/imports/project-form.txt"), StandardCharsets.UTF_8)
                .replace("年度资金总额\n120\n120\n", "年度资金总额\n0\n0\n").getBytes(StandardCharsets.UTF_8);

        JsonNode details = json(call(multipart("/api/v1/extract").param("details", "true")
                .file(new MockMultipartFile("file", "预算为零.txt", "text/plain", zeroBudget)).with(fixture.basic("editorA"))));

        JsonNode warning = details.get("warnings").get(0);
        assertThat(warning.get("code").asString()).isEqualTo("UNCERTAIN_FIGURE");
        assertThat(warning.get("path").asString()).isEqualTo("$.keyTasks[0].budget");
        assertThat(warning.get("message").asString()).startsWith("第 17 行：预算数读作 0");
        assertThat(labels(details.get("missing"))).contains("预算数");
    }

    @Test
    void detailsMustBeTrueOrFalse() throws Exception {
        MockHttpServletResponse response = call(multipart("/api/v1/extract").param("details", "全部")
                .file(new MockMultipartFile("file", "项目自评表.txt", "text/plain", resource("/imports/project-form.txt")))
                .with(fixture.basic("editorA")));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    private static List<String> labels(JsonNode parts) {
        List<String> labels = new ArrayList<>();
        parts.forEach(part -> labels.add(part.get("label").asString()));
        return labels;
    }

    @Test
    void aFileThatIsNoReportIsRefusedWithTheReason() throws Exception {
        MockHttpServletResponse empty = call(multipart("/api/v1/extract")
                .file(new MockMultipartFile("file", "空白.pdf", "application/pdf", new byte[0])).with(fixture.basic("editorA")));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(json(empty).get("detail").asString()).isEqualTo("空白.pdf：文件为空");

        MockHttpServletResponse notReport = call(multipart("/api/v1/extract")
                .file(new MockMultipartFile("file", "菜单.txt", "text/plain", "今日菜单：米饭、青菜".getBytes(StandardCharsets.UTF_8)))
                .with(fixture.basic("editorA")));
        assertThat(notReport.getStatus()).isEqualTo(422);
        assertThat(json(notReport).get("detail").asString()).startsWith("菜单.txt：不是绩效自评报告");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            报告.docx   | 报告.docx：不是有效的 Word（.docx） 文件：部件 word/document.xml 的 XML 已损坏（第 1 行第
            压缩包.docx | 压缩包.docx：不是有效的 Word（.docx） 文件：压缩包中缺少 [Content_Types].xml，不是 Office 文档
            断开.docx   | 断开.docx：不是有效的 Word（.docx） 文件：压缩包已损坏或不完整
            自评表.xlsx | 自评表.xlsx：不是有效的 Excel（.xlsx） 文件：部件 xl/workbook.xml 的 XML 已损坏（第 1 行第 34 列）
            报告.pdf    | 报告.pdf：不是有效的 PDF 文件或文件已损坏：文件结构无法解析（可能下载不完整）
            """)
    void aDamagedFileIsRefusedSayingWhatIsWrongAndNotWhatTheLibrarySaid(String name, String detail) throws Exception {
        byte[] damaged = switch (name) {
            case "报告.docx" -> DamagedFiles.docxWithBrokenXml();
            case "压缩包.docx" -> DamagedFiles.zipOfAText();
            case "断开.docx" -> DamagedFiles.brokenZip();
            case "自评表.xlsx" -> DamagedFiles.xlsxWithBrokenXml();
            default -> DamagedFiles.pdfWithBrokenXref();
        };

        MockHttpServletResponse response = call(multipart("/api/v1/extract")
                .file(new MockMultipartFile("file", name, "application/octet-stream", damaged)).with(fixture.basic("editorA")));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asString()).startsWith(detail);
        LibraryWords.assertNoneIn(json(response).get("detail").asString());
        assertThat(text(response)).doesNotContainIgnoringCase("org.apache").doesNotContainIgnoringCase("xmlbeans")
                .doesNotContain("Exception", "java.");
    }

    @Test
    void anUploadOverTheLimitIsRefused() throws Exception {
        byte[] huge = new byte[(int) ReportExtractor.MAX_BYTES + 1];

        MockHttpServletResponse response = call(multipart("/api/v1/extract")
                .file(new MockMultipartFile("file", "大文件.pdf", "application/pdf", huge)).with(fixture.basic("editorA")));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(json(response).get("detail").asString()).isEqualTo("大文件.pdf：文件超过 50 MB，不像一份自评报告");
    }

    @Test
    void anUploadMustBeTheFilePartOfAMultipartForm() throws Exception {
        MockHttpServletResponse otherPart = call(multipart("/api/v1/extract")
                .file(new MockMultipartFile("report", "d02.txt", "text/plain", corpus("d02-archives-2021.txt")))
                .with(fixture.basic("editorA")));
        assertThat(otherPart.getStatus()).isEqualTo(400);
        assertThat(json(otherPart).get("detail").asString()).isEqualTo("缺少文件：请以 multipart/form-data 上传，字段名为 file");

        MockHttpServletResponse json = call(post("/api/v1/extract").with(fixture.basic("editorA"))
                .contentType(MediaType.APPLICATION_JSON).content(SeedDocument.json()));
        assertThat(json.getStatus()).isEqualTo(415);
        assertThat(json(json).get("detail").asString()).isEqualTo("不支持的内容类型 application/json：应为 multipart/form-data");
    }

    private RequestBuilder posting(String path, String json) {
        return post(path).with(fixture.basic("editorA")).contentType(MediaType.APPLICATION_JSON)
                .content(json.getBytes(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static byte[] corpus(String name) throws IOException {
        try (InputStream in = DocumentApiTest.class.getResourceAsStream("/extraction/corpus/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = DocumentApiTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return DocumentJson.parseTree(text(response));
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
