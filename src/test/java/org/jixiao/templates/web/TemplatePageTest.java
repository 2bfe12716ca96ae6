package org.jixiao.templates.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.rendering.ShippedTemplates;
import org.jixiao.support.SeedDocument;
import org.jixiao.support.WordFiles;
import org.jixiao.templates.RegionTemplates;
import org.jixiao.templates.StoredTemplate;
import org.jixiao.templates.TemplateStatus;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrator's template pages as used: an upload that passes (kept as a draft), one broken or too large
 * (the page again saying what and where, nothing kept), the preview with its inventory, the activation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplatePageTest {

    private static final String REGION = "广州市模板页区";

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    RegionTemplates templates;

    private Account admin;
    private long evaluation;

    @BeforeAll
    void aRegionWithTheSeedsEvaluation() {
        evaluation = evaluations.importDocuments(List.of(SeedDocument.load()
                .withDepartment(Department.named("模板页单位", REGION))), "test").get(0).id();
        admin = accounts.create("tpage-admin", "管理", Role.ADMINISTRATOR, null, null, "secret-pass-1");
    }

    private MockHttpServletResponse upload(String name, byte[] content, int year) throws Exception {
        return mvc.perform(multipart("/admin/templates")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("region", REGION).param("kind", "DEPARTMENT_OVERALL").param("year", String.valueOf(year))
                .with(csrf()).with(SignedIn.as(admin))).andReturn().getResponse();
    }

    private List<StoredTemplate> ofRegion(int year) {
        return templates.all(Actor.of(admin)).stream().filter(t -> t.region().equals(REGION) && t.year() == year)
                .toList();
    }

    @Test
    void aGoodUploadIsKeptAsADraftItsNameEscapedOnThePageAndInItsDownload() throws Exception {
        byte[] form = ShippedTemplates.named("department-overall").orElseThrow().content();

        MockHttpServletResponse response = upload("<script>局\"模板.docx", form, 2031);

        StoredTemplate stored = ofRegion(2031).get(0);
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/templates/" + stored.id());
        assertThat(stored.status()).isEqualTo(TemplateStatus.DRAFT);
        String page = mvc.perform(get("/admin/templates").with(SignedIn.as(admin))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("&lt;script&gt;局&quot;模板.docx", REGION, "第 1 版", "草稿")
                .doesNotContain("<script>局");
        MockHttpServletResponse file = mvc.perform(get("/admin/templates/" + stored.id() + "/file")
                .with(SignedIn.as(admin))).andReturn().getResponse();
        assertThat(file.getContentAsByteArray()).isEqualTo(form);
        assertThat(file.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''%3Cscript%3E%E5%B1%80%22%E6%A8%A1%E6%9D%BF.docx")
                // the plain name's quote escaped within its quotes: the header keeps one name
                .contains("_\\\"__.docx\"");
    }

    @Test
    void aBrokenTemplateIsThePageAgainNamingThePlaceholderAndWhereAndNothingIsKept() throws Exception {
        MockHttpServletResponse response = upload("错字.docx", WordFiles.paragraphs("{{unit}}", "{{goalz}}"), 2032);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("错字.docx：第2段：未知占位符“{{goalz}}”");
        assertThat(ofRegion(2032)).isEmpty();
    }

    @Test
    void aTemplateOverFiveMegabytesIsRefusedAndNothingIsKept() throws Exception {
        MockHttpServletResponse response = upload("大.docx", new byte[5 * 1024 * 1024 + 1], 2033);

        assertThat(response.getStatus()).isEqualTo(422);
        // 5,242,881 bytes / 1024 = 5120 KB (integer), the limit 5 MB = 5120 KB
        assertThat(response.getContentAsString()).contains("大.docx：模板 5120 KB，超过上限 5120 KB");
        assertThat(ofRegion(2033)).isEmpty();
    }

    @Test
    void thePreviewShowsTheInventoryThenActivatingRetiresTheVersionBefore() throws Exception {
        upload("部门整体.docx", ShippedTemplates.named("department-overall").orElseThrow().content(), 2034);
        upload("项目表.docx", ShippedTemplates.named("mof-2020-project").orElseThrow().content(), 2034);
        StoredTemplate first = ofRegion(2034).stream().filter(t -> t.version() == 1).findFirst().orElseThrow();
        StoredTemplate second = ofRegion(2034).stream().filter(t -> t.version() == 2).findFirst().orElseThrow();
        templates.activate(Actor.of(admin), first.id());

        String before = mvc.perform(get("/admin/templates/" + second.id()).with(SignedIn.as(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(before).contains("模板页单位", "请先选择一项评价核对预览").doesNotContain("启用此模板");

        String page = mvc.perform(get("/admin/templates/" + second.id()).param("evaluation", String.valueOf(evaluation))
                .with(SignedIn.as(admin))).andReturn().getResponse().getContentAsString();
        // the project's form on a department's evaluation: its project name is printed blank
        assertThat(page).contains("模板使用而该评价没有填写的内容", "<code>projectName</code>", "启用此模板",
                "/admin/templates/" + second.id() + "/preview.pdf?evaluation=" + evaluation);
        MockHttpServletResponse pdf = mvc.perform(get("/admin/templates/" + second.id() + "/preview.pdf")
                .param("evaluation", String.valueOf(evaluation)).with(SignedIn.as(admin))).andReturn().getResponse();
        assertThat(pdf.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;");
        assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());
        assertThat(mvc.perform(get("/admin/templates/" + second.id() + "/preview.xlsx")
                .param("evaluation", String.valueOf(evaluation)).with(SignedIn.as(admin))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);

        MockHttpServletResponse activated = mvc.perform(post("/admin/templates/" + second.id() + "/activate")
                .with(csrf()).with(SignedIn.as(admin))).andReturn().getResponse();

        assertThat(activated.getRedirectedUrl()).isEqualTo("/admin/templates/" + second.id());
        assertThat(templates.find(Actor.of(admin), second.id()).status()).isEqualTo(TemplateStatus.ACTIVE);
        assertThat(templates.find(Actor.of(admin), first.id()).status()).isEqualTo(TemplateStatus.RETIRED);
        assertThat(templates.active(REGION, Kind.DEPARTMENT_OVERALL, 2034)).map(StoredTemplate::id).contains(second.id());
        assertThat(mvc.perform(get("/admin/templates/" + first.id() + "/file").with(SignedIn.as(admin))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }
}
