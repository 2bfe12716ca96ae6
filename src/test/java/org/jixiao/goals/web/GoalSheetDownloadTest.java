package org.jixiao.goals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.GoalJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.goals.Criterion;
import org.jixiao.goals.CriterionReview;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalGrade;
import org.jixiao.goals.SignedSheets;
import org.jixiao.goals.SignedSheets.SignedSheet;
import org.jixiao.seal.SealCheck;
import org.jixiao.support.Documents;
import org.jixiao.support.GoalSheets;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A goal sheet's 绩效目标申报表 as Word, PDF and Excel: for its unit and its region's reviewer at every step, for the
 * public once it is published, and for no one else; named in Chinese as the report downloads are.
 */
@SpringBootTest(properties = "jixiao.demo.enabled=false")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalSheetDownloadTest {

    private static final String REGION = "广州市申报表区";
    private static final String UNIT = "申报表下载单位";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    GoalFilings goals;
    @Autowired
    SignedSheets signed;

    private Account editor;
    private Account neighbour;
    private Account reviewer;
    private long draft;
    private long published;

    @BeforeAll
    void aUnitWithADraftAndAPublishedSheet() {
        evaluations.importDocuments(List.of(Documents.seedOf(UNIT, REGION, 2025),
                Documents.seedOf("申报表邻居", REGION, 2025)), "test");
        editor = accounts.create("goal-download-editor", "填报人", Role.UNIT_EDITOR,
                evaluations.unit(UNIT, REGION).orElseThrow().id(), null, "secret-pass-1");
        neighbour = accounts.create("goal-download-neighbour", "邻居", Role.UNIT_EDITOR,
                evaluations.unit("申报表邻居", REGION).orElseThrow().id(), null, "secret-pass-1");
        reviewer = accounts.create("goal-download-reviewer", "审核人", Role.FINANCE_REVIEWER, null, REGION,
                "secret-pass-1");
        Actor unit = Actor.of(editor);
        Actor bureau = Actor.of(reviewer);
        draft = goals.begin(unit, Kind.PROJECT, 2026, "草稿中的项目", false).id();
        GoalFiling begun = goals.begin(unit, Kind.PROJECT, 2026, "社区文化活动", false);
        GoalSheet filled = GoalSheets.project();
        goals.save(unit, begun.id(), begun.version(), filled);
        goals.submit(unit, begun.id());
        goals.approve(bureau, begun.id(), List.of(new CriterionReview(Criterion.COMPLETENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.RELEVANCE, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.APPROPRIATENESS, GoalGrade.GOOD, null),
                new CriterionReview(Criterion.FEASIBILITY, GoalGrade.GOOD, null)));
        published = goals.publish(bureau, begun.id()).id();
    }

    @ParameterizedTest
    @CsvSource({
            "pdf, application/pdf, %PDF-",
            "docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, PK",
            "xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, PK"})
    void theUnitDownloadsItsDraftInEachFormatNamedInChinese(String extension, String type, String magic)
            throws Exception {
        MockHttpServletResponse response = as(editor, "/goals/" + draft + "/report." + extension);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(type);
        String header = response.getHeader("Content-Disposition");
        assertThat(header).startsWith("attachment").contains("filename*=UTF-8''").doesNotContain("草稿中的项目");
        assertThat(fileName(header)).isEqualTo(UNIT + "-草稿中的项目-2026-绩效目标申报表." + extension);
        assertThat(new String(response.getContentAsByteArray(), 0, magic.length(), StandardCharsets.ISO_8859_1))
                .isEqualTo(magic);
    }

    @ParameterizedTest
    @CsvSource({"pdf, application/pdf", "xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    void thePublicDownloadsAPublishedSheet(String extension, String type) throws Exception {
        MockHttpServletResponse response = as(null, "/public/goals/" + published + "/report." + extension);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(type);
        assertThat(fileName(response.getHeader("Content-Disposition")))
                .isEqualTo(UNIT + "-社区文化活动-2026-绩效目标申报表." + extension);
    }

    @Test
    void aPublishedSheetsFilesAreItsSignedCopyThePdfAsSignedAndTheJsonAsPublished() throws Exception {
        SignedSheet copy = signed.of(published).orElseThrow();

        byte[] pdf = as(null, "/public/goals/" + published + "/report.pdf").getContentAsByteArray();
        assertThat(pdf).as("the bytes the bureau signed, not a new rendering").isEqualTo(copy.pdf());
        assertThat(SealCheck.check(pdf).valid()).isTrue();
        MockHttpServletResponse json = as(null, "/public/goals/" + published + "/report.json");
        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(fileName(json.getHeader("Content-Disposition")))
                .isEqualTo(UNIT + "-社区文化活动-2026-绩效目标申报表.json");
        assertThat(GoalJson.read(json.getContentAsString(StandardCharsets.UTF_8))).isEqualTo(copy.sheet());
        assertThat(as(null, "/public/goals/" + published).getContentAsString(StandardCharsets.UTF_8))
                .contains("已签名公开", copy.digest(), "href=\"/public/verify\"");
        assertThat(as(editor, "/goals/" + draft).getContentAsString(StandardCharsets.UTF_8))
                .as("a draft is signed by no one").doesNotContain("已签名公开");
    }

    @Test
    void thePublicIsRefusedASheetNotPublishedAsThoughItWereNone() throws Exception {
        assertThat(as(null, "/public/goals/" + draft + "/report.pdf").getStatus()).isEqualTo(404);
        assertThat(as(editor, "/public/goals/" + draft + "/report.pdf").getStatus())
                .as("read as the public, whoever asks").isEqualTo(404);
        assertThat(as(null, "/public/goals/999999/report.pdf").getStatus()).isEqualTo(404);
    }

    @Test
    void anotherUnitIsRefusedADraftAndTheRegionsReviewerIsNot() throws Exception {
        assertThat(as(neighbour, "/goals/" + draft + "/report.docx").getStatus()).isEqualTo(404);
        assertThat(as(reviewer, "/goals/" + draft + "/report.docx").getStatus())
                .as("the region's reviewers see its sheets at every step").isEqualTo(200);
        assertThat(as(reviewer, "/goals/" + published + "/report.docx").getStatus()).isEqualTo(200);
        assertThat(as(null, "/goals/" + draft + "/report.docx").getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aFormatOtherThanTheFormsIsNotFound() throws Exception {
        assertThat(as(editor, "/goals/" + draft + "/report.html").getStatus()).isEqualTo(404);
        assertThat(as(editor, "/goals/" + draft + "/report.odt").getStatus()).isEqualTo(404);
    }

    @Test
    void theSheetsPagesLinkToTheirDownloads() throws Exception {
        assertThat(as(editor, "/goals/" + draft).getContentAsString()).contains("/goals/" + draft + "/report.docx",
                "/goals/" + draft + "/report.pdf", "/goals/" + draft + "/report.xlsx", "申报表（Excel）");
        assertThat(as(reviewer, "/goals/" + published).getContentAsString())
                .contains("/goals/" + published + "/report.pdf");
        assertThat(as(null, "/public/goals/" + published).getContentAsString())
                .contains("/public/goals/" + published + "/report.pdf", "/public/goals/" + published + "/report.docx");
    }

    private static String fileName(String disposition) {
        return URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse as(Account account, String path) throws Exception {
        var request = get(path);
        if (account != null) {
            request.with(SignedIn.as(account));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
