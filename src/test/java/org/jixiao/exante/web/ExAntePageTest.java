package org.jixiao.exante.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages of 事前绩效评估 as the unit's editor and the region's reviewer use them, with the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
class ExAntePageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    @Test
    void aUnitFilesARequestAndTheReviewerScoresAndConcludesIt() throws Exception {
        long unit = evaluations.createUnit("事前页单位", "广州市事前页区", null, null).id();
        Account editor = accounts.create("eapage-editor", "填报", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        Account reviewer = accounts.create("eapage-reviewer", "审核", Role.FINANCE_REVIEWER, null, "广州市事前页区",
                "secret-pass-1");
        Account administrator = accounts.create("eapage-admin", "管理", Role.ADMINISTRATOR, null, null, "secret-pass-1");

        String form = page(get("/exante/new"), editor);
        assertThat(form).contains("申请事前绩效评估", "资金来源（筹资）", "500 万元");
        // a wrong amount is shown back beside its field, escaped, and nothing is stored
        MockHttpServletResponse wrong = mvc.perform(filing(post("/exante"), "<b>六百</b>")
                .with(SignedIn.as(editor))).andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString()).contains("申请金额应为万元数，而不是“&lt;b&gt;六百&lt;/b&gt;”")
                .doesNotContain("<b>六百</b>");

        MockHttpServletResponse filed = mvc.perform(filing(post("/exante"), "600").with(SignedIn.as(editor)))
                .andReturn().getResponse();
        String location = filed.getRedirectedUrl();
        assertThat(location).matches("/exante/\\d+");
        String draft = page(get(location), editor);
        assertThat(draft).contains("社区托育服务补助", "草稿", "本级财政资金 450.00", "提交财政部门评估");
        MockHttpServletResponse submitted = mvc.perform(post(location + "/submit").with(csrf()).with(SignedIn.as(editor))
                .param("version", "0")).andReturn().getResponse();
        assertThat(submitted.getRedirectedUrl()).isEqualTo(location);

        assertThat(page(get("/exante"), reviewer)).contains("事前页单位", "社区托育服务补助", "待评估");
        String assessing = page(get(location), reviewer);
        assertThat(assessing).contains("立项必要性", "政策相符性", "max=\"8\"", "出具评估结论", "退回补充", "hx-post");

        // the running total as scores are typed: 8 + 9 = 17 so far, no conclusion yet
        String total = page(post(location + "/preview").with(csrf()).param("scores[NECESSITY_POLICY]", "8")
                .param("scores[NECESSITY_DEMAND]", "9"), reviewer);
        assertThat(total).contains("17.00", "尚有评分要点未评分");
        String over = page(post(location + "/preview").with(csrf()).param("scores[NECESSITY_POLICY]", "9"), reviewer);
        assertThat(over).contains("立项必要性·政策相符性的得分 9 超过该要点的分值 8");

        MockHttpServletResponse refused = mvc.perform(scores(post(location + "/conclude"), "4")
                .with(SignedIn.as(reviewer))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("筹资合规性·分担机制的得分 4 超过该要点的分值 3", "value=\"4\"");

        MockHttpServletResponse concluded = mvc.perform(scores(post(location + "/conclude"), "3").with(SignedIn.as(reviewer)))
                .andReturn().getResponse();
        assertThat(concluded.getRedirectedUrl()).isEqualTo(location);
        String seen = page(get(location), editor);
        // every sub-point full but 成本测算 4 of 10 and 风险应对 2 of 6: 100 − 6 − 4 = 90, 予以支持
        assertThat(seen).contains("已出结论", "90.00", "予以支持", "测算依据不足", "下载评估报告（PDF）");

        byte[] docx = mvc.perform(get(location + "/report.docx").with(SignedIn.as(editor))).andReturn().getResponse()
                .getContentAsByteArray();
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(text.getText()).contains("社区托育服务补助事前绩效评估报告", "90.00", "予以支持");
        }
        assertThat(mvc.perform(get(location).with(SignedIn.as(administrator))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/exante").with(SignedIn.as(administrator))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private String page(MockHttpServletRequestBuilder request, Account who) throws Exception {
        return mvc.perform(request.with(SignedIn.as(who))).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder filing(MockHttpServletRequestBuilder post, String amount) {
        return post.with(csrf()).param("projectName", "社区托育服务补助").param("year", "2027").param("amount", amount)
                .param("fundings[0].source", "本级财政资金").param("fundings[0].amount", "450")
                .param("fundings[1].source", "上级补助资金").param("fundings[1].amount", "150")
                .param("fundings[2].source", "").param("fundings[2].amount", "")
                .param("necessity", "辖区普惠托位缺口较大。").param("goals", "新增普惠托位 300 个。")
                .param("indicators", "新增普惠托位数：≥300个\n家长满意度：≥90%").param("plan", "分两批开放。")
                .param("version", "0");
    }

    /** Full marks but 成本测算 4 and 风险应对 2 (分担机制 as given), a reason for each criterion. */
    private static MockHttpServletRequestBuilder scores(MockHttpServletRequestBuilder post, String sharing) {
        return post.with(csrf()).param("version", "1")
                .param("scores[NECESSITY_POLICY]", "8").param("scores[NECESSITY_DEMAND]", "9")
                .param("scores[NECESSITY_DUTY]", "8").param("scores[ECONOMY_COST]", "4")
                .param("scores[ECONOMY_RATIO]", "5").param("scores[ECONOMY_OVERLAP]", "5")
                .param("scores[GOALS_CLEAR]", "8").param("scores[GOALS_COMPLETE]", "6").param("scores[GOALS_VALUES]", "6")
                .param("scores[FEASIBILITY_PLAN]", "8").param("scores[FEASIBILITY_ORGANISATION]", "6")
                .param("scores[FEASIBILITY_RISK]", "2").param("scores[FUNDING_SOURCES]", "8")
                .param("scores[FUNDING_CAPACITY]", "4").param("scores[FUNDING_SHARING]", sharing)
                .param("reasons[NECESSITY]", "需求有调查数据。").param("reasons[ECONOMY]", "测算依据不足。")
                .param("reasons[GOALS]", "目标可衡量。").param("reasons[FEASIBILITY]", "缺少风险应对。")
                .param("reasons[FUNDING]", "来源合规。").param("opinion", "压减设备费后安排。");
    }
}
