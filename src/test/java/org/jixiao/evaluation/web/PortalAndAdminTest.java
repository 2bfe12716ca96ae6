package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Actor;
import org.jixiao.account.Role;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.support.SeedDocument;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PortalAndAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    ReviewWorkflow workflow;

    @Test
    void thePublicFindsPublishedReportsByUnitYearAndWords() throws Exception {
        EvaluationDocument seed = SeedDocument.load();
        EvaluationDocument published = new EvaluationDocument(seed.schema(), seed.kind(), 2022,
                Department.named("门户测试单位", "广州市海珠区"), seed.functions(), seed.funds(), seed.goals(),
                seed.keyTasks(), "独一无二的结论词语_100%", seed.achievements(), seed.problems(), seed.measures(), null,
                null);
        long id = evaluations.importDocuments(List.of(published), "test").get(0).id();
        long unit = evaluations.unit("门户测试单位", "广州市海珠区").orElseThrow().id();
        Actor editor = Actor.of(accounts.create("portal-editor", "填报", Role.UNIT_EDITOR, unit, null, "secret-pass-1"));
        Actor reviewer = Actor.of(accounts.create("portal-reviewer", "审核", Role.FINANCE_REVIEWER, null, "广州市海珠区",
                "secret-pass-1"));

        assertThat(search("q=独一无二的结论词语")).doesNotContain("门户测试单位");
        workflow.submit(editor, id);
        workflow.approve(reviewer, id, null);
        workflow.publish(reviewer, id);

        assertThat(search("q=独一无二的结论词语")).contains("门户测试单位", "/public/reports/" + id);
        assertThat(search("q=案件办结率&unit=门户")).contains("门户测试单位");
        assertThat(search("year=2022&unit=门户测试")).contains("门户测试单位");
        assertThat(search("year=2021&unit=门户测试")).doesNotContain("门户测试单位");
        assertThat(search("q=语_100%")).as("% and _ are taken literally").contains("门户测试单位");
        assertThat(search("q=语_1%25")).doesNotContain("门户测试单位");
        assertThat(search("q=没有这样的词")).contains("没有找到符合条件的公开报告");

        String report = mvc.perform(get("/public/reports/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("2022年度门户测试单位部门整体支出绩效自评报告", "独一无二的结论词语_100%", "案件办结率",
                "/public/reports/" + id + "/report.pdf");
        var pdf = mvc.perform(get("/public/reports/" + id + "/report.pdf")).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String html = mvc.perform(get("/public/reports/" + id + "/report.html")).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("<!DOCTYPE html>", "门户测试单位", "自评得分");
        assertThat(mvc.perform(get("/public/reports/" + id + "/report.docx")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aNameThatWouldShowOtherwiseThanItReadsIsRefusedNamingTheField() throws Exception {
        Account admin = accounts.create("portal-admin4", "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");
        long units = evaluations.units().size();

        // U+202E shows 联妇 as 妇联: a unit that reads as another's in the reviewer's list
        MockHttpServletResponse unit = mvc.perform(post("/admin/units").with(csrf())
                .with(SignedIn.as(admin))
                .param("name", "广州市荔湾区\u202E会合联女妇").param("region", "广州市荔湾区")).andReturn().getResponse();
        MockHttpServletResponse region = mvc.perform(post("/admin/units").with(csrf())
                .with(SignedIn.as(admin))
                .param("name", "隐形区测试单位").param("region", "广州市\u200B荔湾区")).andReturn().getResponse();
        MockHttpServletResponse person = mvc.perform(post("/admin/accounts").with(csrf())
                .with(SignedIn.as(admin))
                .param("username", "hidden-name").param("displayName", "张\u202E三").param("role", "FINANCE_REVIEWER")
                .param("region", "广州市荔湾区"))
                .andReturn().getResponse();
        MockHttpServletResponse reviewer = mvc.perform(post("/admin/accounts").with(csrf())
                .with(SignedIn.as(admin))
                .param("username", "hidden-region").param("displayName", "李四").param("role", "FINANCE_REVIEWER")
                .param("region", "广州市\uFEFF海珠区")).andReturn().getResponse();

        assertThat(unit.getStatus()).isEqualTo(400);
        assertThat(unit.getContentAsString()).contains("单位名称含有不可见的文字方向控制符 U+202E（第 7 个字符），请删除后重新填写");
        assertThat(region.getContentAsString()).contains("行政区划含有不可见的零宽字符 U+200B（第 4 个字符）");
        assertThat(person.getStatus()).isEqualTo(400);
        assertThat(person.getContentAsString()).contains("姓名含有不可见的格式字符 U+202E（第 2 个字符），请删除后重新填写");
        assertThat(reviewer.getContentAsString()).contains("行政区划名称含有不可见的格式字符 U+FEFF（第 4 个字符）");
        assertThat(evaluations.units()).hasSize((int) units);
        assertThat(accounts.find("hidden-name")).isEmpty();
        assertThat(accounts.find("hidden-region")).isEmpty();
    }

    @Test
    void anAdministratorSeesTheProfilesAndRescores() throws Exception {
        Account admin = accounts.create("portal-admin3", "管理员", Role.ADMINISTRATOR, null, null, "secret-pass-1");

        String page = mvc.perform(get("/admin/scoring").with(SignedIn.as(admin)))
                .andReturn().getResponse().getContentAsString();
        var rescored = mvc.perform(post("/admin/scoring/reassess").with(csrf())
                .with(SignedIn.as(admin))).andReturn();

        assertThat(page).contains("MOF_2020", "使用中", "财政部", "各年度评价");
        assertThat((Integer) rescored.getFlashMap().get("reassessed")).isEqualTo((int) evaluations.count());
    }

    private String search(String query) throws Exception {
        return mvc.perform(get("/public?" + query)).andReturn().getResponse().getContentAsString();
    }
}
