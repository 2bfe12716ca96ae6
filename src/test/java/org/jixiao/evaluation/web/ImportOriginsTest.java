package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.extraction.ReportExtractor;
import org.jixiao.web.SignedIn;
import org.jixiao.web.StoredSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

/**
 * The review page of an upload says where each value was read and what was not read: a 项目支出绩效自评表 written one
 * cell a line (src/test/resources/imports/project-form.txt), whose 全年预算数 120 stands on line 17, with no 执行率 and
 * two indicators without their 实际完成值. The pending upload travels through the stored (JDBC) session.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportOriginsTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    /** The line of project-form.txt that holds the 全年预算数 (120) under its header. */
    private static final int BUDGET_LINE = 17;

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    SessionRepository<?> sessions;

    private Account editor;
    private Cookie sessionCookie;

    @BeforeEach
    void aUnitEditor() {
        int run = RUN.incrementAndGet();
        long unit = evaluations.createUnit("来源测试单位" + run, "某区", null, null).id();
        editor = accounts.create("origins-editor-" + run, "来源填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        sessionCookie = StoredSessions.newSessionCookie(sessions);
    }

    @Test
    void eachFieldReadNamesItsLineAndTheBoxSaysWhatWasNotRead() throws Exception {
        String review = page(upload("项目自评表.txt", projectForm()));

        assertThat(sourceLine(review, BUDGET_LINE)).as("the line the budget stands on").contains(">120<");
        assertThat(input(review, "funds.budget")).contains("value=\"120\"", "data-src-line=\"" + BUDGET_LINE + "\"",
                "data-src-start=\"0\"", "data-src-end=\"3\"");
        assertThat(input(review, "funds.executed")).contains("data-src-line=\"18\"");
        assertThat(input(review, "keyTasks[0].indicators[1].actual")).contains("value=\"26场\"", "data-src-line=\"48\"");
        assertThat(input(review, "keyTasks[0].indicators[2].actual")).as("not read, so from nowhere")
                .doesNotContain("data-src-line");
        assertThat(input(review, "fiscalYear")).contains("data-src-line=\"2\"", "data-src-start=\"1\"", "data-src-end=\"5\"");
        assertThat(input(review, "keyTasks[0].indicators[5].readFrom")).contains("value=\"keyTasks[0].indicators[5]\"");

        assertThat(section(review, "reading")).contains("已读出", "预算数", "执行数", "（1 项重点工作任务，6 个指标）")
                .contains("未读出：</strong><span>执行率</span>、<span>2 个指标的实际完成值</span>");
        assertThat(review).contains("src=\"/js/import-review.js\"");
    }

    @Test
    void inEnglishTheBoxNamesThePartsInEnglish() throws Exception {
        String review = page(upload("项目自评表.txt", projectForm()) + "?lang=en");

        assertThat(section(review, "reading")).contains("Not read: </strong><span>execution rate</span>, "
                + "<span>the actual values of 2 indicators</span>", "(1 key task, 6 indicators)");
    }

    @Test
    void aFigureLeftEmptyLinksToItsLineAndItsFieldPointsThere() throws Exception {
        byte[] zeroBudget = new String(projectForm(), StandardCharsets.UTF_8)
                .replace("年度资金总额\n120\n120\n", "年度资金总额\n0\n0\n").getBytes(StandardCharsets.UTF_8);

        String review = page(upload("预算为零.txt", zeroBudget));

        assertThat(section(review, "reading")).contains("需核实", "href=\"#src-line-17\"", ">第 17 行</a>",
                "预算数读作 0，而执行数为 114.6");
        // the project's form has one budget field, the funds', which stands for the project's
        assertThat(input(review, "funds.budget")).as("left empty, it points at the line to look at")
                .contains("value=\"\"", "data-src-line=\"17\"", "data-src-start=\"0\"", "data-src-end=\"0\"");
    }

    @Test
    void amountsThatDoNotAddUpAreListedWithTheirCode() throws Exception {
        byte[] report = new String(projectForm(), StandardCharsets.UTF_8)
                .replace("其中：当年财政拨款\n120\n120\n114.6\n", "其中：当年财政拨款\n120\n120\n100\n").getBytes(StandardCharsets.UTF_8);

        String review = page(upload("来源不符.txt", report));

        assertThat(section(review, "reading")).contains("<strong title=\"FUNDS_MISMATCH\">金额不符</strong>",
                "按资金来源分的支出合计 100.00 万元，与全年执行数 114.60 万元不符").doesNotContain("需核实");
    }

    @Test
    void aHostileLineOfTheReportIsShownAsText() throws Exception {
        String hostile = "说明：<script>alert(\"x\")</script> '单引号' & <img src=x onerror=alert(1)>";
        byte[] report = new String(projectForm(), StandardCharsets.UTF_8).replace("（2023年度）\n", "（2023年度）\n" + hostile + "\n")
                .getBytes(StandardCharsets.UTF_8);

        String review = page(upload("恶意.txt", report));

        assertThat(sourceLine(review, 3)).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", "&#39;单引号&#39;",
                "&amp;", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(review).doesNotContain("<script>alert", "<img src=x");
        assertThat(input(review, "funds.budget")).as("the lines below move down by one")
                .contains("data-src-line=\"" + (BUDGET_LINE + 1) + "\"");
    }

    @Test
    void removingARowMovesNoOriginOntoAnother() throws Exception {
        String token = upload("项目自评表.txt", projectForm());
        MultiValueMap<String, String> form = FormFields.of(new ReportExtractor()
                .extract("项目自评表.txt", projectForm()).document(), 0);
        for (int i = 0; i < 6; i++) {
            form.add("keyTasks[0].indicators[" + i + "].readFrom", "keyTasks[0].indicators[" + i + "]");
        }
        form.add("keyTasks[0].readFrom", "keyTasks[0]");
        form.add("op", "remove:indicators:0:0");

        String review = mvc.perform(as(post(token).params(form))).andReturn().getResponse().getContentAsString();

        assertThat(input(review, "keyTasks[0].indicators[0].name")).as("the second indicator, now first")
                .contains("value=\"家庭教育讲座场次\"", "data-src-line=\"46\"");
        assertThat(input(review, "keyTasks[0].indicators[0].readFrom")).contains("value=\"keyTasks[0].indicators[1]\"");
        assertThat(input(review, "keyTasks[0].indicators[4].name")).contains("value=\"服务妇女儿童人次\"",
                "data-src-line=\"74\"");
    }

    @Test
    void onceImportedTheWorkspaceShowsNoOrigins() throws Exception {
        String token = upload("项目自评表.txt", projectForm());
        MultiValueMap<String, String> form = FormFields.of(new ReportExtractor()
                .extract("项目自评表.txt", projectForm()).document(), 0);
        form.add("keyTasks[0].readFrom", "keyTasks[0]");

        MockHttpServletResponse confirmed = mvc.perform(as(post(token).params(form))).andReturn().getResponse();
        assertThat(confirmed.getRedirectedUrl()).as(confirmed.getContentAsString()).startsWith("/evaluations/");
        String workspace = page(confirmed.getRedirectedUrl() + "/edit");

        assertThat(workspace).contains("社区妇女儿童之家建设").doesNotContain("data-src-line", "readFrom");
    }

    /** The {@code <input …>} or {@code <select …>} or {@code <textarea …>} tag of the named field. */
    private static String input(String html, String name) {
        Matcher m = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(html);
        assertThat(m.find()).as("field " + name).isTrue();
        return m.group();
    }

    private static String sourceLine(String html, int line) {
        Matcher m = Pattern.compile("<div class=\"src-line\" id=\"src-line-" + line + "\"[^>]*>.*?</div>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("source line " + line).isTrue();
        return m.group();
    }

    private static String section(String html, String kind) {
        Matcher m = Pattern.compile("<section class=\"" + kind + "\".*?</section>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("section " + kind).isTrue();
        return m.group();
    }

    private String upload(String name, byte[] content) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/imports")
                .file(new MockMultipartFile("file", name, "text/plain", content)).cookie(sessionCookie)
                .with(SignedIn.as(editor)).with(csrf())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).as(response.getContentAsString()).startsWith("/imports/");
        return response.getRedirectedUrl();
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).cookie(sessionCookie)
                .with(SignedIn.as(editor))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.cookie(sessionCookie).with(SignedIn.as(editor)).with(csrf());
    }

    static byte[] projectForm() throws Exception {
        try (InputStream in = ImportOriginsTest.class.getResourceAsStream("/imports/project-form.txt")) {
            return in.readAllBytes();
        }
    }
}
