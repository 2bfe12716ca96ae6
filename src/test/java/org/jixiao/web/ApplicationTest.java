package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as people meet it over HTTP: started on an empty database with the demo, the public sees only
 * what is published (the seed among it), a unit editor logs in and reads the whole report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Accounts accounts;

    private HttpBrowser browser;
    private EvaluationSummary seed;
    private EvaluationSummary draft;

    @BeforeEach
    void aFreshBrowser() {
        browser = new HttpBrowser(port);
        seed = SeedDocument.stored(evaluations);
        draft = SeedDocument.projectDraft(evaluations);
        if (accounts.find("app-editor").isEmpty()) {
            accounts.create("app-editor", "应用测试填报人", Role.UNIT_EDITOR, seed.unitId(), null, "secret-pass-1");
        }
    }

    @Test
    void thePublicSeesThePublishedReportsOnly() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\"", "公开的绩效自评", "登录",
                        "/public/reports/" + seed.id() + "\"")
                .doesNotContain("/public/reports/" + draft.id() + "\"", "/evaluations/" + seed.id() + "\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aUnitEditorLogsInAndReadsTheWholeReport() throws Exception {
        logIn("app-editor", "secret-pass-1");

        assertThat(get("/").body()).contains("广州市荔湾区妇女联合会", "688.34", "100%", "已公开", "草稿", "应用测试填报人");
        HttpResponse<String> page = get("/evaluations/" + seed.id());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(
                "2023年度广州市荔湾区妇女联合会部门整体支出绩效自评报告",
                "一、基本情况", "（一）部门职能", "（二）部门整体收支情况", "（三）部门整体支出绩效目标", "（四）部门年度重点工作任务",
                "二、综合评价分析", "（一）自评结论综述", "（二）各重点工作任务绩效目标完成情况分析", "（三）主要工作成效",
                "三、存在的主要问题", "四、下一步改进措施",
                "全年预算数688.34万元，执行数688.34万元，完成预算的100%。",
                "一般公共预算财政拨款支出688.34万元", "基本支出581.73万元，项目支出106.61万元",
                "年末结转和结余0.00万元",
                "年度支出预算数91.20万元，预算完成数91.20万元，执行率100%",
                "年度支出预算数8.43万元，预算完成数8.43万元，执行率100%",
                "案件办结率", "98%以上", "服务对象满意度（%）", "85%以上", "特色活动建设达标率",
                "绩效指标设定不够精", "将绩效管理责任分解到具体项目负责人", "修改记录");
        assertThat(get("/evaluations/" + draft.id()).body()).as("the unit's draft, the editor's to submit")
                .contains("2023年度广州市荔湾区妇女联合会妇儿工委及妇女儿童中心工作项目支出绩效自评表", "提交审核");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        HttpResponse<String> page = logIn("app-editor", "wrong-password");

        assertThat(page.body()).contains("用户名或密码不正确");
        assertThat(get("/evaluations/" + seed.id()).uri().getPath()).isEqualTo("/login");
    }

    @Test
    void theEvaluationPageShowsTheScoreAndTheFindingsBesideWhatTheyConcern() throws Exception {
        logIn("app-editor", "secret-pass-1");

        String body = get("/evaluations/" + seed.id()).body();

        // the total and grade in the facts, each key task's score at its heading, each indicator's in its row
        assertThat(body).contains("<section class=\"assessment\"", "评分规则", "MOF_2020", "100.00",
                "class=\"grade excellent\">优</span>", "本任务得分", "（预算执行 10.00 + 指标 90.00）",
                "<th class=\"num\">分值</th>", "<th class=\"num\">得分率</th>", "<td class=\"num\">25.00</td>",
                "<td class=\"num\">22.50</td>", "0 个错误，12 个警告");
        // findings: at the key task heading (no benefit indicator) and under the indicator's row (generic indicator)
        String task1 = body.substring(body.indexOf("id=\"task-0\""), body.indexOf("id=\"task-1\""));
        assertThat(task1).contains("缺少效益指标", "没有效益指标", "建议：增加效益指标", "通用指标",
                "“服务对象满意度（%）”是通用指标", "无实际完成值");
        String task2 = body.substring(body.indexOf("id=\"task-1\""));
        assertThat(task2).contains("缺少满意度指标", "通用指标过多", "“召开会议次数”是通用指标", "目标过易");
    }

    @Test
    void theFifthWrongPasswordLocksTheAccount() throws Exception {
        accounts.create("app-locked", "锁定测试", Role.UNIT_EDITOR, seed.unitId(), null, "secret-pass-1");
        for (int i = 0; i < 5; i++) {
            assertThat(logIn("app-locked", "wrong-password").body()).contains("用户名或密码不正确");
        }

        HttpResponse<String> page = logIn("app-locked", "secret-pass-1");

        assertThat(page.body()).contains("已被暂时锁定");
        assertThat(get("/evaluations/" + seed.id()).uri().getPath()).isEqualTo("/login");
    }

    @Test
    void theSessionIdChangesAtLogin() throws Exception {
        get("/login");
        String before = sessionCookie();

        logIn("app-editor", "secret-pass-1");

        assertThat(sessionCookie()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void theUiSpeaksEnglishOnRequest() throws Exception {
        HttpResponse<String> page = get("/?lang=en");

        assertThat(page.body()).contains("lang=\"en\"", "Published self-evaluations", "Log in");
        assertThat(get("/public?lang=zh-CN").body()).contains("公开的绩效自评");
        logIn("app-editor", "secret-pass-1");
        assertThat(get("/?lang=en").body()).contains("Self-evaluations", "Department overall", "Draft");
        assertThat(get("/evaluations/" + seed.id() + "?lang=en").body()).contains("Scoring profile", "Excellent",
                "No benefit indicator", "Generic indicator", "0 errors, 12 warnings");
    }

    @Test
    void anUnknownEvaluationIsAPageNotFoundInChinese() throws Exception {
        logIn("app-editor", "secret-pass-1");

        HttpResponse<String> page = get("/evaluations/999999");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("没有编号为 999999 的评价");
    }

    private HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        return browser.logIn(username, password);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.get(path);
    }

    private String sessionCookie() {
        return browser.sessionCookie();
    }
}
