package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class DatabaseUnavailableTest {

    private final DatabaseUnavailable filter = filter(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aPageWhileTheDatabaseIsDownSaysSoAndWhenToTryAgain() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(new MockHttpServletRequest("GET", "/dashboard"), response, (request, ignored) -> {
            throw new ServletException("Request processing failed",
                    new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("暂时无法连接数据库，未保存任何内容。请 5 秒后刷新页面重试");
    }

    @Test
    void theApiAnswersWithAProblemInEnglishWhereAskedToo() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter(Locale.ENGLISH).doFilter(new MockHttpServletRequest("GET", "/api/v1/evaluations"), response, (request, ignored) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "The database cannot be reached");
    }

    @Test
    void anyOtherFailureIsLeftToTheUsualErrorPages() {
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                (request, response) -> {
                    throw new IllegalStateException("a fault of ours");
                })).isInstanceOf(IllegalStateException.class);
    }

    private static DatabaseUnavailable filter(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DatabaseUnavailable(messages, new FixedLocaleResolver(locale));
    }
}
