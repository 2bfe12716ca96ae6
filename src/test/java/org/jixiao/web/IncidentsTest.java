package org.jixiao.web;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.support.LibraryWords;
import org.jixiao.web.api.ApiProblems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.ModelAndView;

/**
 * A failure no one foresaw (a fault of ours, a library's or the database's) is answered with a generic line in
 * Chinese and an incident number, on the pages and in the API; the number is in the log beside the exception, and
 * the exception's words never reach the user.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IncidentsTest {

    private static final Pattern NUMBER = Pattern.compile("事件编号 ([2-9A-Z]{8})");
    /** A fault no handler foresaw, in the words of the library it came from. */
    private static final IllegalStateException UNFORESEEN = new IllegalStateException(
            "org.apache.xmlbeans.XmlException: Cannot invoke \"List.size()\" because \"rows\" is null");

    @Autowired
    MockMvc mvc;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Incidents.class)).addAppender(log);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(Incidents.class)).detachAppender(log);
    }

    @Test
    void aPageThatFailsUnforeseenIsTheErrorPageWithAnIncidentNumberThatTheLogHas() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/evaluations/7/edit");
        MockHttpServletResponse response = new MockHttpServletResponse();

        ModelAndView page = new UnexpectedErrors().resolveException(request, response, null, UNFORESEEN);

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getModel()).doesNotContainKey("message");
        assertLogged((String) page.getModel().get("incident"));
    }

    @Test
    void theErrorPageSaysInChineseThatTheServerFailedAndGivesTheNumber() throws Exception {
        // what fails outside the controllers (a page failing while it is drawn) reaches it through the container
        MockHttpServletResponse response = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/dashboard")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(
                        "Exception evaluating SpringEL expression: \"row.unit.name\" (template: \"dashboard\")")))
                .andReturn().getResponse();

        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("服务器内部错误，未能完成请求").doesNotContain("SpringEL", "Exception", "row.unit");
        assertLogged(number(page));
    }

    @Test
    void refusalsOfTheSecurityChainTheApiAndAnUnreachableDatabaseAreLeftToThoseWhoAnswerThem() {
        UnexpectedErrors errors = new UnexpectedErrors();
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(errors.resolveException(new MockHttpServletRequest("GET", "/dashboard"), response, null,
                new AccessDeniedException("denied"))).isNull();
        assertThat(errors.resolveException(new MockHttpServletRequest("GET", "/api/v1/evaluations"), response, null,
                UNFORESEEN)).isNull();
        assertThat(errors.resolveException(new MockHttpServletRequest("GET", "/dashboard"), response, null,
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))).isNull();
        assertThat(errors.resolveException(new MockHttpServletRequest("POST", "/evaluations/7/return"), response, null,
                new RequestRejectedException("The request was rejected because the parameter name is not allowed")))
                .as("the firewall's refusal, answered 400 by the security chain").isNull();
    }

    @Test
    void anApiCallThatFailsUnforeseenAnswersWithAnIncidentNumberThatTheLogHas() throws Exception {
        MockHttpServletResponse response = problem("/api/v1/evaluations/7/approve", UNFORESEEN);

        assertThat(response.getStatus()).isEqualTo(500);
        String detail = detailOf(response);
        assertThat(detail).startsWith("服务器内部错误，未能完成请求");
        LibraryWords.assertNoneIn(detail);
        assertLogged(number(detail));
    }

    @Test
    void aValueALibraryRefusesIsAnsweredInChineseAndItsWordsGoToTheLog() throws Exception {
        MockHttpServletResponse response = problem("/api/v1/evaluations", refusedByTheJdk());

        assertThat(response.getStatus()).isEqualTo(400);
        String detail = detailOf(response);
        assertThat(detail).startsWith("请求中有无法处理的值，未保存任何内容").doesNotContain("No enum constant", "org.jixiao");
        assertLogged(number(detail));
    }

    @Test
    void jixiaosOwnRefusalIsShownAsItIs() throws Exception {
        MockHttpServletResponse response = problem("/api/v1/evaluations",
                new IllegalArgumentException("请填写单位名称（最多 200 字）"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(detailOf(response)).isEqualTo("请填写单位名称（最多 200 字）");
    }

    @Test
    void whatTheDatabaseRefusedIsNotRepeatedInItsWords() throws Exception {
        MockHttpServletResponse response = problem("/api/v1/evaluations", new DataIntegrityViolationException(
                "could not execute statement; SQL [insert into unit (name) values (?)]; constraint [uk_unit_name]"));

        assertThat(response.getStatus()).isEqualTo(409);
        String detail = detailOf(response);
        assertThat(detail).startsWith("未保存任何内容：数据库拒绝写入").doesNotContain("insert", "uk_unit_name", "SQL");
        assertLogged(number(detail));
    }

    /** What the JDK throws for a name no constant has: its message names our class. */
    private static IllegalArgumentException refusedByTheJdk() {
        try {
            IndicatorCategory.valueOf("NO_SUCH_CATEGORY");
            throw new AssertionError("refused");
        } catch (IllegalArgumentException e) {
            return e;
        }
    }

    private static MockHttpServletResponse problem(String path, Exception exception) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ApiProblems().resolveException(request, response, null, exception);
        return response;
    }

    private static String detailOf(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return DocumentJson.parseTree(response.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString();
    }

    private static String number(String answer) {
        Matcher number = NUMBER.matcher(answer);
        assertThat(number.find()).as("an incident number in %s", answer).isTrue();
        return number.group(1);
    }

    /** The log has the number, beside the exception whose words the user was not shown. */
    private void assertLogged(String number) {
        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getFormattedMessage()).contains("Incident " + number);
            assertThat(event.getThrowableProxy()).isNotNull();
        });
    }
}
