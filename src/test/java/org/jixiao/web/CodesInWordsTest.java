package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jixiao.document.FindingCode;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the pages name by a code they say in words, in both languages: every finding (its code only in a tooltip),
 * every action the security log records; and the favicon is there for everyone, without a warning in the log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CodesInWordsTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @Autowired
    MessageSource messages;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping pages;
    @Autowired
    MockMvc mvc;

    @Test
    void everyFindingHasItsWords() {
        for (FindingCode code : FindingCode.values()) {
            for (Locale language : LANGUAGES) {
                assertThat(messages.getMessage("finding." + code, null, null, language)).as(code + " in " + language)
                        .isNotBlank().doesNotContain("_");
            }
        }
    }

    @Test
    void everyActionTheSecurityLogRecordsHasItsWords() {
        List<String> actions = new ArrayList<>(List.of("LOGIN", "LOGOUT", "LOCK_OUT", "SECOND_FACTOR",
                "SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_OFF", "RECOVERY_CODE"));
        pages.getHandlerMethods().keySet().forEach(mapping -> mapping.getMethodsCondition().getMethods()
                .forEach(method -> mapping.getPatternValues().stream()
                        .filter(pattern -> SecurityLogInterceptor.categoryOf(method.name(), pattern) != null)
                        .forEach(pattern -> actions.add(method.name() + " " + pattern))));

        assertThat(actions).as("requests that are logged").contains("POST /admin/accounts/{id}/password",
                "GET /dashboard.xlsx");
        for (String action : actions) {
            for (Locale language : LANGUAGES) {
                assertThat(messages.getMessage(SecurityRecorder.wordsKey(action), null, null, language))
                        .as(action + " in " + language).isNotBlank();
            }
        }
    }

    @Test
    void theFaviconIsServedToEveryoneWithoutAWarning() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger pageNotFound = (Logger) LoggerFactory.getLogger("org.springframework.web.servlet.PageNotFound");
        pageNotFound.addAppender(log);
        try {
            MockHttpServletResponse svg = mvc.perform(get("/favicon.svg")).andReturn().getResponse();
            MockHttpServletResponse ico = mvc.perform(get("/favicon.ico")).andReturn().getResponse();

            assertThat(svg.getStatus()).isEqualTo(200);
            assertThat(svg.getContentType()).startsWith("image/svg+xml");
            assertThat(svg.getContentAsString()).contains("<svg");
            assertThat(ico.getStatus()).isEqualTo(200);
            assertThat(ico.getContentAsByteArray()).startsWith(0, 0, 1, 0);
            assertThat(log.list).isEmpty();
        } finally {
            pageNotFound.detachAppender(log);
        }
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(Stream.of("href=\"/favicon.svg\"", "href=\"/favicon.ico\"")).allMatch(login::contains);
    }
}
