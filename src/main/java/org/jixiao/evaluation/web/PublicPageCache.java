package org.jixiao.evaluation.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jixiao.review.EvaluationPublished;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public portal's pages as the public sees them, kept once made: a published report never changes, and on the
 * day reports are published its page is what everyone opens (docs/performance.md, "Public pages"). A page is kept
 * per address and language for ten minutes at most, the lists until the next publication; it is served with an
 * ETag, and a browser that has it gets 304. Only for visitors not logged in: a logged-in person's header names them.
 * After Spring Security's chain (order -100), so that a kept page gets the same security headers as a made one.
 */
@Component
@Order(0)
class PublicPageCache extends OncePerRequestFilter {

    private static final Pattern KEPT_PAGES = Pattern.compile("/public(/reports/\\d+(/report\\.html)?)?");
    private static final Duration KEPT_FOR = Duration.ofMinutes(10);
    private static final int MOST_PAGES = 2000;

    private final LocaleResolver locales;
    private final Clock clock;
    private final Map<String, Page> pages = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MOST_PAGES;
        }
    };

    PublicPageCache(LocaleResolver locales) {
        this.locales = locales;
        this.clock = Clock.systemUTC();
    }

    private record Page(byte[] body, String contentType, String etag, Instant madeAt) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method))
                || !KEPT_PAGES.matcher(path(request)).matches()
                || request.getParameter("lang") != null // switches the language: sets a cookie
                || !forThePublic();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean forThePublic() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = path(request) + "?" + (request.getQueryString() == null ? "" : request.getQueryString())
                + "|" + locales.resolveLocale(request).toLanguageTag();
        Page page = kept(key);
        if (page == null && "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response); // the servlet drops a HEAD's body: nothing to keep
            return;
        }
        if (page == null) {
            ContentCachingResponseWrapper made = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, made);
            if (made.getStatus() != HttpServletResponse.SC_OK || made.containsHeader(HttpHeaders.SET_COOKIE)) {
                made.copyBodyToResponse(); // an error, a redirect, or a page that began a session: not kept
                return;
            }
            byte[] body = made.getContentAsByteArray();
            page = new Page(body, made.getContentType(), etag(body), clock.instant());
            synchronized (pages) {
                pages.put(key, page);
            }
        }
        serve(page, request, response);
    }

    private Page kept(String key) {
        synchronized (pages) {
            Page page = pages.get(key);
            if (page != null && page.madeAt().plus(KEPT_FOR).isBefore(clock.instant())) {
                pages.remove(key);
                return null;
            }
            return page;
        }
    }

    private static void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache"); // kept by the browser, asked again each time
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && (asked.contains(page.etag()) || asked.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    /** A new publication changes the lists; the reports' pages stay (one not yet published was a 404, not kept). */
    @TransactionalEventListener(fallbackExecution = true)
    void published(EvaluationPublished event) {
        synchronized (pages) {
            pages.keySet().removeIf(key -> !key.startsWith("/public/reports/"));
        }
    }
}
