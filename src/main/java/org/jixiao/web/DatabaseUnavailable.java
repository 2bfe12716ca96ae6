package org.jixiao.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached (restarted, failed over), every request fails, the session's lookup first:
 * the answer is then 503 with a line saying so and when to try again, not a server error. Outermost, so that it
 * also covers the session store; the pool finds the database again by itself once it is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseUnavailable extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 5;

    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseUnavailable(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isUnreachableDatabase(e) || response.isCommitted()) {
                throw e;
            }
            answer(request, response);
        }
    }

    /** Whether the failure is the database out of reach (as opposed to a fault of the request or of ours). */
    public static boolean isUnreachableDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage("error.database", new Object[] {RETRY_SECONDS}, locale);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"服务暂不可用\",\"status\":503,\"detail\":\""
                    + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        } else {
            response.setContentType("text/html");
            String title = HtmlUtils.htmlEscape(messages.getMessage("error.title", null, locale));
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
                    + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                    + "/css/jixiao.css\"></head><body><main><h1>" + title + "</h1><p class=\"problem\">"
                    + HtmlUtils.htmlEscape(message) + "</p></main></body></html>");
        }
    }
}
