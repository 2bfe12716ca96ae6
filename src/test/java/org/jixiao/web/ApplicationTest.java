package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.Evaluations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application as a new user meets it: started on an empty database, the demo evaluation is there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    Evaluations evaluations;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFirstPageListsTheSeedEvaluation() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("text/html"));
        assertThat(page.body()).contains("<html lang=\"zh-CN\"", "绩效自评", "广州市荔湾区妇女联合会", "2023",
                "部门整体支出", "688.34", "100%", "草稿");
    }

    @Test
    void theEvaluationPageShowsTheWholeReport() throws Exception {
        EvaluationSummary seed = evaluations.summaries().get(0);

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
                "绩效指标设定不够精", "将绩效管理责任分解到具体项目负责人");
    }

    @Test
    void theEvaluationPageShowsTheScoreAndTheFindingsBesideWhatTheyConcern() throws Exception {
        EvaluationSummary seed = evaluations.summaries().get(0);

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
    void theUiSpeaksEnglishOnRequest() throws Exception {
        HttpResponse<String> page = get("/?lang=en");

        assertThat(page.body()).contains("lang=\"en\"", "Self-evaluations", "Department overall", "Draft");
        EvaluationSummary seed = evaluations.summaries().get(0);
        assertThat(get("/evaluations/" + seed.id() + "?lang=en").body()).contains("Scoring profile", "Excellent",
                "No benefit indicator", "Generic indicator", "0 errors, 12 warnings");
    }

    @Test
    void anUnknownEvaluationIsAPageNotFoundInChinese() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/evaluations/999999"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("没有找到这个页面或这份评价");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
