package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.account.Accounts;
import org.jixiao.account.Role;
import org.jixiao.evaluation.Evaluations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every error a person can meet says what happened in their language: Chinese, or English once they chose it, never
 * Spring's or the servlet container's words (a Java type, "Bad Request", a stack trace).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ErrorPagesTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Evaluations evaluations;
    @Autowired
    MockMvc mvc;

    private HttpBrowser reviewer;
    private HttpBrowser editor;

    @BeforeEach
    void twoPeopleSignedIn() throws Exception {
        int run = RUN.incrementAndGet();
        accounts.create("err-reviewer-" + run, "审核人", Role.FINANCE_REVIEWER, null, "广州市荔湾区", "secret-pass-1");
        long unit = evaluations.units().get(0).id();
        accounts.create("err-editor-" + run, "填报人", Role.UNIT_EDITOR, unit, null, "secret-pass-1");
        reviewer = new HttpBrowser(port);
        reviewer.logIn("err-reviewer-" + run, "secret-pass-1");
        editor = new HttpBrowser(port);
        editor.logIn("err-editor-" + run, "secret-pass-1");
    }

    @Test
    void aNumberThatIsNotOneIsAParameterNamedAndItsValue() throws Exception {
        HttpResponse<String> chinese = reviewer.get("/evaluations/abc");
        HttpResponse<String> english = reviewer.get("/evaluations/abc?lang=en");

        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(main(chinese)).contains("出错了", "参数 id 的值“abc”无效，未保存任何内容");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(main(english)).contains("Something went wrong", "The value “abc” of the parameter id is not valid")
                .doesNotContain("参数");
        assertThat(chinese.body() + english.body()).doesNotContainIgnoringCase("Failed to convert")
                .doesNotContain("java.lang", "NumberFormatException");
    }

    @Test
    void aMissingParameterIsNamed() throws Exception {
        HttpResponse<String> chinese = reviewer.get("/dashboard.xlsx");
        HttpResponse<String> english = reviewer.get("/dashboard.xlsx?lang=en");

        assertThat(chinese.statusCode()).isEqualTo(400);
        assertThat(main(chinese)).contains("请求缺少参数 year");
        assertThat(main(english)).contains("The request lacks the parameter year");
        assertThat(chinese.body() + english.body()).doesNotContain("Required request parameter", "Bad Request");
    }

    @Test
    void anUnknownEvaluationOrPageIsNotFound() throws Exception {
        assertThat(main(reviewer.get("/evaluations/999999"))).contains("没有编号为 999999 的评价");
        assertThat(main(reviewer.get("/no-such-page"))).contains("没有找到这个页面或这份评价");
        assertThat(main(reviewer.get("/evaluations/999999?lang=en"))).contains("There is no evaluation number 999999");
        HttpResponse<String> page = reviewer.get("/no-such-page?lang=en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(main(page)).contains("This page or evaluation does not exist");
    }

    @Test
    void aPageOfAnotherRoleIsRefusedInTheReadersLanguage() throws Exception {
        HttpResponse<String> chinese = editor.get("/monitoring");
        HttpResponse<String> english = editor.get("/monitoring?lang=en");

        assertThat(chinese.statusCode()).isEqualTo(403);
        assertThat(main(chinese)).contains("只有财政审核人和管理员可以查看全区的情况");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(main(english)).contains("You are not allowed to do this").doesNotContain("只有");
        assertThat(main(reviewer.get("/admin/accounts"))).contains("您没有权限进行这项操作");
    }

    @Test
    void aFormFromAPageLeftOpenPastItsSessionSaysThePageExpired() throws Exception {
        HttpResponse<String> chinese = editor.submitExpired("/account/password", Map.of("current", "x"));
        editor.get("/?lang=en");
        HttpResponse<String> english = editor.submitExpired("/account/password", Map.of("current", "x"));

        assertThat(chinese.statusCode()).isEqualTo(403);
        assertThat(main(chinese)).contains("页面已过期", "未保存任何内容").doesNotContain("您没有权限");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(main(english)).contains("This page has expired").doesNotContain("not allowed");
    }

    @Test
    void aRequestOfTheWrongMethodSaysSo() throws Exception {
        HttpResponse<String> chinese = reviewer.submit("/", "/dashboard", Map.of(), "text/html");
        reviewer.get("/?lang=en");
        HttpResponse<String> english = reviewer.submit("/", "/dashboard", Map.of(), "text/html");

        assertThat(chinese.statusCode()).isEqualTo(405);
        assertThat(main(chinese)).contains("这个地址不接受这种请求方式");
        assertThat(main(english)).contains("This address does not take this kind of request");
        assertThat(chinese.body() + english.body()).doesNotContain("Method Not Allowed", "not supported");
    }

    @Test
    void anUploadTooLargeAndAServerErrorSayWhatHappened() throws Exception {
        assertThat(errorPage(413, null)).contains("上传的文件太大");
        assertThat(errorPage(413, "en")).contains("The uploaded file is too large");
        assertThat(errorPage(500, null)).contains("服务器内部错误");
        assertThat(errorPage(500, "en")).contains("An internal error kept the server");
        assertThat(errorPage(400, "en")).contains("The request could not be processed");
    }

    /** The page the servlet container shows for a status (as after an upload over the limit Tomcat refuses). */
    private String errorPage(int status, String language) throws Exception {
        var request = get("/error").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/imports");
        if (language != null) {
            request.cookie(new Cookie("jixiao-lang", language));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        return response.getContentAsString();
    }

    private static String main(HttpResponse<String> page) {
        String body = page.body();
        int start = body.indexOf("<main");
        return start < 0 ? body : body.substring(start, body.indexOf("</main>", start));
    }
}
