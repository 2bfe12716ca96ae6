package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.Documents;
import org.jixiao.support.SeedDocument;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The report downloads of the evaluation page, for who may read the evaluation and for no one else. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportDownloadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    private EvaluationSummary seed;
    private EvaluationSummary draft;
    private Account editor;
    private Account stranger;

    @BeforeEach
    void theSeedAndItsEditor() {
        seed = SeedDocument.stored(evaluations);
        // the seed is published, its unit's project form a draft: what is not published is the unit's alone
        draft = SeedDocument.projectDraft(evaluations);
        editor = accounts.find("download-editor").orElseGet(() ->
                accounts.create("download-editor", "下载测试", Role.UNIT_EDITOR, seed.unitId(), null, "secret-pass-1"));
        stranger = accounts.find("download-stranger").orElseGet(() ->
                accounts.create("download-stranger", "别区审核", Role.FINANCE_REVIEWER, null, "广州市天河区", "secret-pass-1"));
    }

    @ParameterizedTest
    @CsvSource({
            "pdf, application/pdf, attachment, %PDF-",
            "docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document, attachment, PK",
            "xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, attachment, PK",
            "html, text/html, inline, <!DOCTYPE html>"})
    void eachFormatDownloadsWithItsTypeAndAChineseFileName(String extension, String type, String disposition,
            String magic) throws Exception {
        MockHttpServletResponse response = as(editor, "/evaluations/" + seed.id() + "/report." + extension);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(type);
        String header = response.getHeader("Content-Disposition");
        assertThat(header).startsWith(disposition);
        String what = extension.equals("xlsx") ? "绩效自评表" : "绩效自评报告";
        assertThat(URLDecoder.decode(header.substring(header.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .isEqualTo("广州市荔湾区妇女联合会-2023-" + what + "." + extension);
        assertThat(new String(response.getContentAsByteArray(), 0, magic.length(), StandardCharsets.ISO_8859_1))
                .isEqualTo(magic);
    }

    @Test
    void theEvaluationPageLinksToEveryDownload() throws Exception {
        long id = seed.id();
        String page = as(editor, "/evaluations/" + id).getContentAsString();

        assertThat(page).contains("/evaluations/" + id + "/report.docx", "/evaluations/" + id + "/report.pdf",
                "/evaluations/" + id + "/report.html", "/evaluations/" + id + "/report.xlsx", "自评表（Excel）");
    }

    @Test
    void aNameStoredWithCharactersThatAreNotSeenLeavesThemOutOfTheFileName() throws Exception {
        // stored before such names were refused: with U+202E the file 下载…xcod.exe… would show as another extension
        String region = "广州市\u200B下载区";
        long id = evaluations.importDocuments(List.of(Documents.seedOf("下载\u202Excod.exe\u200B单位", region, 2023)),
                "test").get(0).id();
        long unit = evaluations.unit("下载\u202Excod.exe\u200B单位", region).orElseThrow().id();
        Account own = accounts.find("download-hidden").orElseGet(() ->
                accounts.create("download-hidden", "下载测试", Role.UNIT_EDITOR, unit, null, "secret-pass-1"));
        Account admin = accounts.find("download-admin").orElseGet(() ->
                accounts.create("download-admin", "下载管理", Role.ADMINISTRATOR, null, null, "secret-pass-1"));

        String report = as(own, "/evaluations/" + id + "/report.pdf").getHeader("Content-Disposition");
        String dashboard = mvc.perform(get("/dashboard.xlsx").param("region", region).param("year", "2023")
                .with(SignedIn.as(admin))).andReturn().getResponse().getHeader("Content-Disposition");

        assertThat(fileName(report)).isEqualTo("下载xcod.exe单位-2023-绩效自评报告.pdf");
        assertThat(fileName(dashboard)).isEqualTo("广州市下载区-2023-绩效看板.xlsx");
        assertThat(HiddenCharacters.in(report + dashboard)).isFalse();
    }

    private static String fileName(String disposition) {
        return URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownFormatOrEvaluationIsNotFound() throws Exception {
        assertThat(as(editor, "/evaluations/" + seed.id() + "/report.odt").getStatus()).isEqualTo(404);
        assertThat(as(editor, "/evaluations/999999/report.pdf").getStatus()).isEqualTo(404);
    }

    @Test
    void nobodyElseDownloadsADraft() throws Exception {
        assertThat(as(editor, "/evaluations/" + draft.id() + "/report.pdf").getStatus()).isEqualTo(200);
        assertThat(as(stranger, "/evaluations/" + draft.id() + "/report.pdf").getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/evaluations/" + draft.id() + "/report.pdf")).andReturn().getResponse()
                .getRedirectedUrl())
                .contains("/login");
    }

    private MockHttpServletResponse as(Account account, String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(account))).andReturn().getResponse();
    }
}
