package org.jixiao.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.publication.Publications;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 核验 as a member of the public uses it, without logging in: the PDF downloaded from the portal is what was
 * published; a PDF changed after download, or a JSON copy with a figure changed, is not, and the page names where
 * the copy differs; a file that is neither is refused in words.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerifyPageTest {

    private static int run;

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    ReviewWorkflow workflow;
    @Autowired
    Publications publications;

    long id;
    EvaluationDocument document;

    @BeforeEach
    void published() {
        run++;
        EvaluationDocument seed = SeedDocument.load();
        document = seed.withDepartment(new Department("核验测试单位" + run, null, "广州市天河区", null, null));
        id = evaluations.importDocuments(List.of(document), "test").get(0).id();
        long unit = evaluations.unit(document.department().name(), "广州市天河区").orElseThrow().id();
        workflow.submit(new Actor(9100 + run, "verify-editor", "填报人", Role.UNIT_EDITOR, unit, null), id);
        Actor reviewer = new Actor(9200 + run, "verify-reviewer", "天河区财政局审核人", Role.FINANCE_REVIEWER, null, "广州市天河区");
        workflow.approve(reviewer, id, null);
        workflow.publish(reviewer, id);
    }

    @Test
    void theReportDownloadedFromThePortalIsWhatWasPublished() throws Exception {
        byte[] pdf = mvc.perform(get("/public/reports/" + id + "/report.pdf")).andReturn().getResponse()
                .getContentAsByteArray();

        String page = verify("报告.pdf", pdf);

        // the time it was published in China's time, as the signature and the security log give it, whatever the
        // server's own zone
        String published = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"))
                .format(publications.facts(id).orElseThrow().publishedAt());
        assertThat(page).contains("核验通过", "这正是财政部门公开的报告", "核验测试单位" + run, "天河区财政局审核人",
                "/public/reports/" + id, published);
        assertThat(mvc.perform(get("/public/reports/" + id)).andReturn().getResponse().getContentAsString())
                .contains("数字签名", "/public/verify", published);
    }

    @Test
    void aReportChangedAfterDownloadIsNot() throws Exception {
        byte[] pdf = mvc.perform(get("/public/reports/" + id + "/report.pdf")).andReturn().getResponse()
                .getContentAsByteArray();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        pdf[text.indexOf("(D:20") + 5] ^= 0x01;

        assertThat(verify("报告.pdf", pdf)).contains("核验未通过", "不是财政部门公开的原件", "被改动");
    }

    @Test
    void aCopyOfTheDocumentIsCheckedAndWhereItDiffersIsNamed() throws Exception {
        String exported = mvc.perform(get("/api/v1/evaluations/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(verify("report.json", exported.getBytes(StandardCharsets.UTF_8)))
                .contains("核验通过", "内容完全一致");

        String budget = document.funds().budget().toPlainString();
        String changed = exported.replaceFirst("\"budget\": " + budget, "\"budget\": 999.99");
        assertThat(changed).isNotEqualTo(exported);

        String page = verify("report.json", changed.getBytes(StandardCharsets.UTF_8));

        assertThat(page).contains("核验未通过", "$.funds.budget", budget, "999.99");
    }

    @Test
    void theExportStatesThePublicationAndAnImportDoesNotKeepIt() throws Exception {
        String exported = mvc.perform(get("/api/v1/evaluations/" + id)).andReturn().getResponse().getContentAsString();
        EvaluationDocument copy = DocumentJson.read(exported);

        assertThat(copy.extensions()).containsKey("publication");
        assertThat(DocumentJson.parseTree(exported).path("publication").path("evaluation").asLong()).isEqualTo(id);
        assertThat(DocumentJson.parseTree(exported).path("publication").path("signedReport").asString())
                .isEqualTo("/public/reports/" + id + "/report.pdf");

        EvaluationDocument elsewhere = copy.withDepartment(new Department("另一单位" + run, null, "广州市天河区", null, null));
        long other = evaluations.importDocuments(List.of(elsewhere), "test").get(0).id();

        assertThat(evaluations.find(other).orElseThrow().document().extensions()).doesNotContainKey("publication");
    }

    @Test
    void aFileThatIsNeitherIsRefusedInWordsAndItsNameIsEscaped() throws Exception {
        String page = verify("<script>alert(1)</script>.txt", "随便写的文字".getBytes(StandardCharsets.UTF_8));

        assertThat(page).contains("既不是 PDF，也不是可读取的评价文档 JSON").doesNotContain("<script>alert(1)</script>");
    }

    private String verify(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/public/verify").file(new MockMultipartFile("file", name, null, content))
                .with(csrf())).andReturn().getResponse().getContentAsString();
    }
}
