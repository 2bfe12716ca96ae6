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
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.DamagedFiles;
import org.jixiao.support.LibraryWords;
import org.jixiao.support.SeedDocument;
import org.jixiao.web.SignedIn;
import org.jixiao.web.StoredSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

/** Import by upload: read, shown beside the source, corrected, stored only on confirmation, into the right unit. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportPageTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    private Account editor;
    private Account reviewer;
    private long unitId;
    private final MockHttpSession session = new MockHttpSession();
    /** The session lives in the database (Spring Session): requests find it by its cookie, as a browser's do. */
    private Cookie sessionCookie;
    @Autowired
    SessionRepository<?> sessions;


    @BeforeEach
    void aUnitWithoutEvaluations() {
        int run = RUN.incrementAndGet();
        unitId = evaluations.createUnit("导入测试单位" + run, "广州市导入区", null, null).id();
        editor = accounts.create("import-editor-" + run, "导入填报人", Role.UNIT_EDITOR, unitId, null, "secret-pass-1");
        reviewer = accounts.create("import-reviewer-" + run, "导入审核人", Role.FINANCE_REVIEWER, null, "广州市别的区",
                "secret-pass-1");
        sessionCookie = StoredSessions.newSessionCookie(sessions);
    }

    @Test
    void aReportIsReadShownBesideItsTextAndStoredOnlyWhenConfirmed() throws Exception {
        long before = evaluations.count();

        MockHttpServletResponse uploaded = upload(editor, "2023年度妇联自评报告.txt", seedReport());
        String review = page(editor, uploaded.getRedirectedUrl());

        assertThat(uploaded.getRedirectedUrl()).startsWith("/imports/");
        assertThat(review).contains("核对导入的报告", "2023年度妇联自评报告.txt", "value=\"688.34\"", "value=\"98%以上\"",
                "报告原文", "广州市荔湾区妇女联合会的主要职责是");
        assertThat(evaluations.count()).as("nothing stored before confirmation").isEqualTo(before);

        EvaluationDocument extracted = SeedDocument.load();
        MultiValueMap<String, String> form = FormFields.of(extracted, 0);
        form.set("fiscalYear", "2023");
        MockHttpServletResponse confirmed = mvc.perform(as(editor, post(uploaded.getRedirectedUrl()).params(form)))
                .andReturn().getResponse();

        assertThat(confirmed.getRedirectedUrl()).startsWith("/evaluations/");
        long id = Long.parseLong(confirmed.getRedirectedUrl().substring("/evaluations/".length()));
        var stored = workflow.read(Actor.of(editor), id);
        assertThat(stored.unitId()).as("a unit editor's upload goes to their own unit").isEqualTo(unitId);
        assertThat(stored.document().keyTasks()).isEqualTo(extracted.keyTasks());
        assertThat(stored.document().funds()).isEqualTo(extracted.funds());
        assertThat(page(editor, uploaded.getRedirectedUrl())).contains("已经导入、放弃或已过期");
    }

    @Test
    void anHtmxConfirmationLandsOnTheStoredEvaluationAsAWholePageWithItsNotice() throws Exception {
        String review = upload(editor, "报告.txt", seedReport()).getRedirectedUrl();

        MockHttpServletResponse confirmed = mvc.perform(as(editor, post(review).header("HX-Request", "true")
                .params(FormFields.of(SeedDocument.load(), 0)))).andReturn().getResponse();

        // htmx would follow a redirect itself and find no #editor in the evaluation's page: the browser goes there
        assertThat(confirmed.getStatus()).isEqualTo(200);
        assertThat(confirmed.getRedirectedUrl()).isNull();
        String landing = confirmed.getHeader("HX-Redirect");
        assertThat(landing).matches("/evaluations/\\d+");
        String page = HtmlUtils.htmlUnescape(page(editor, landing));
        assertThat(page).contains("<p class=\"notice\">报告已导入为草稿。</p>", "2023年度导入测试单位");
        assertThat(page(editor, landing)).doesNotContain("class=\"notice\"");
    }

    @Test
    void importingTheSameReportAgainAsksFirstAndOffersTheOneStored() throws Exception {
        MultiValueMap<String, String> form = FormFields.of(SeedDocument.load(), 0);
        String first = upload(editor, "报告.txt", seedReport()).getRedirectedUrl();
        long id = Long.parseLong(mvc.perform(as(editor, post(first).params(form))).andReturn().getResponse()
                .getRedirectedUrl().substring("/evaluations/".length()));
        long before = evaluations.count();

        // the same report: asked, nothing to import
        String second = upload(editor, "报告.txt", seedReport()).getRedirectedUrl();
        MockHttpServletResponse same = mvc.perform(as(editor, post(second).params(form))).andReturn().getResponse();
        assertThat(same.getStatus()).isEqualTo(409);
        assertThat(HtmlUtils.htmlUnescape(same.getContentAsString())).contains(
                "该单位 2023 年度已有一份评价（状态：草稿）。", "内容与这份报告相同", "href=\"/evaluations/" + id + "\"",
                "打开已有的评价").doesNotContain("name=\"again\"");

        // a corrected one: asked whether to replace it, and replaced once the user says so
        form.set("funds.carryover", "1.5");
        MockHttpServletResponse changed = mvc.perform(as(editor, post(second).params(form))).andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(409);
        assertThat(HtmlUtils.htmlUnescape(changed.getContentAsString()))
                .contains("该单位 2023 年度已有一份评价（状态：草稿）。</span><span>仍要再导入一份？导入的内容将替换它",
                        "name=\"again\" value=\"true\"");
        assertThat(evaluations.count()).isEqualTo(before);
        MockHttpServletResponse anyway = mvc.perform(as(editor, post(second).params(form).param("again", "true")))
                .andReturn().getResponse();
        assertThat(anyway.getRedirectedUrl()).isEqualTo("/evaluations/" + id);
        assertThat(workflow.read(Actor.of(editor), id).document().funds().carryover()).isEqualByComparingTo("1.5");

        // once submitted, an import cannot overwrite it, and is not offered
        workflow.submit(Actor.of(editor), id);
        form.set("funds.carryover", "2");
        String third = upload(editor, "报告.txt", seedReport()).getRedirectedUrl();
        String underReview = HtmlUtils.htmlUnescape(mvc.perform(as(editor, post(third).params(form))).andReturn()
                .getResponse().getContentAsString());
        assertThat(underReview).contains("（状态：已提交）", "导入不会覆盖它").doesNotContain("name=\"again\"");
        assertThat(evaluations.count()).isEqualTo(before);
    }

    @Test
    void correctionsWithErrorsAreShownAndNothingIsStored() throws Exception {
        String review = upload(editor, "报告.txt", seedReport()).getRedirectedUrl();
        long before = evaluations.count();
        MultiValueMap<String, String> form = FormFields.of(SeedDocument.load(), 0);
        form.set("funds.budget", "六百多万");

        MockHttpServletResponse response = mvc.perform(as(editor, post(review).params(form))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("应为金额（万元）", "六百多万", "报告原文");
        assertThat(evaluations.count()).isEqualTo(before);
    }

    @Test
    void whatIsNotAReportIsRefusedWithTheReason() throws Exception {
        assertRefused(upload(editor, "setup.exe", new byte[] {0x4D, 0x5A, 0, 0}), "只能导入 PDF");
        assertRefused(upload(editor, "old.doc", "x".getBytes()), "只能导入 PDF");
        assertRefused(upload(editor, "empty.txt", new byte[0]), "文件为空");
        assertRefused(upload(editor, "broken.pdf", "%PDF-1.7 garbage".getBytes()), "broken.pdf");
        assertRefused(upload(editor, "novel.txt", "从前有座山，山里有座庙。".repeat(50).getBytes(StandardCharsets.UTF_8)),
                "不是绩效自评报告");
        assertRefused(upload(editor, "huge.pdf", new byte[(int) UploadedReports.MAX_BYTES + 1]), "超过 20 MB");
    }

    @Test
    void aRefusedUploadIsExplainedInTheReadersLanguage() throws Exception {
        MockHttpServletResponse english = mvc.perform(multipart("/imports").file(new MockMultipartFile("file",
                "report.exe", "application/octet-stream", new byte[] {1})).param("lang", "en")
                .session(new MockHttpSession()).with(SignedIn.as(editor)).with(csrf()))
                .andReturn().getResponse();

        assertThat(english.getStatus()).isEqualTo(422);
        assertThat(english.getContentAsString()).contains("report.exe: only self-evaluation reports in PDF")
                .doesNotContain("只能导入");
    }

    @Test
    void anUploadsNameIsShownWithoutADirectionOverride() throws Exception {
        // 报告\u202Efdp.txt shows as 报告txt.pdf: a text passed off as a PDF
        MockHttpServletResponse uploaded = upload(editor, "报告\u202Efdp.txt", seedReport());
        String review = page(editor, uploaded.getRedirectedUrl());

        assertThat(review).contains("报告fdp.txt").doesNotContain("\u202E");
    }

    @Test
    void aDamagedFileIsRefusedSayingWhatIsWrongAndNotWhatTheLibrarySaid() throws Exception {
        assertProblem(upload(editor, "报告.docx", DamagedFiles.docxWithBrokenXml()),
                "报告.docx：不是有效的 Word（.docx） 文件：部件 word/document.xml 的 XML 已损坏（第 1 行第 ");
        assertProblem(upload(editor, "压缩包.docx", DamagedFiles.zipOfAText()),
                "压缩包.docx：不是有效的 Word（.docx） 文件：压缩包中缺少 [Content_Types].xml，不是 Office 文档");
        assertProblem(upload(editor, "断开.docx", DamagedFiles.brokenZip()),
                "断开.docx：不是有效的 Word（.docx） 文件：压缩包已损坏或不完整");
        assertProblem(upload(editor, "自评表.xlsx", DamagedFiles.xlsxWithBrokenXml()),
                "自评表.xlsx：不是有效的 Excel（.xlsx） 文件：部件 xl/workbook.xml 的 XML 已损坏（第 1 行第 34 列）");
        assertProblem(upload(editor, "报告.pdf", DamagedFiles.pdfWithBrokenXref()),
                "报告.pdf：不是有效的 PDF 文件或文件已损坏：文件结构无法解析（可能下载不完整）");
    }

    /** Refused with a message that starts so and holds nothing of POI, XmlBeans or PDFBox; nor does the page. */
    private static void assertProblem(MockHttpServletResponse response, String start) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString();
        Matcher problem = Pattern.compile("<p class=\"problem\">([^<]*)</p>").matcher(page);
        assertThat(problem.find()).as("the page says what is wrong").isTrue();
        String message = HtmlUtils.htmlUnescape(problem.group(1));
        assertThat(message).startsWith(start);
        LibraryWords.assertNoneIn(message);
        assertThat(page).doesNotContainIgnoringCase("org.apache").doesNotContainIgnoringCase("xmlbeans")
                .doesNotContain("Exception", "java.");
    }

    @Test
    void aReviewerImportsOnlyIntoTheirRegion() throws Exception {
        String review = upload(reviewer, "报告.txt", seedReport()).getRedirectedUrl();
        MultiValueMap<String, String> form = FormFields.of(SeedDocument.load(), 0);

        MockHttpServletResponse response = mvc.perform(as(reviewer, post(review).params(form))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("广州市荔湾区", "广州市别的区");
    }

    private void assertRefused(MockHttpServletResponse response, String reason) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains(reason, "导入自评报告");
    }

    private MockHttpServletResponse upload(Account account, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/imports").file(new MockMultipartFile("file", name, "application/octet-stream",
                content)).session(session).cookie(sessionCookie).with(SignedIn.as(account)).with(csrf()))
                .andReturn().getResponse();
    }

    private String page(Account account, String path) throws Exception {
        return mvc.perform(get(path).session(session).cookie(sessionCookie).with(SignedIn.as(account)))
                .andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder as(Account account,
            MockHttpServletRequestBuilder request) {
        return request.session(session).cookie(sessionCookie).with(SignedIn.as(account)).with(csrf());
    }

    private static byte[] seedReport() throws Exception {
        try (InputStream in = ImportPageTest.class.getResourceAsStream("/extraction/seed-liwan-2023.txt")) {
            return in.readAllBytes();
        }
    }
}
