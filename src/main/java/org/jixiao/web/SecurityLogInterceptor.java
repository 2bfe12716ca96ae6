package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jixiao.account.SecurityEvent.Category;
import org.jixiao.account.SecurityEvent.Outcome;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every change of settings (accounts, units, scoring, the indicator library, a person's own password) and every
 * report, table or export taken out by someone logged in goes to the security log: who, from where, which action
 * on what, and whether it went through. One place for all of them, so that a new administration page is logged
 * without anyone remembering to. Passwords and tokens are never written.
 */
final class SecurityLogInterceptor implements HandlerInterceptor {

    private final SecurityRecorder recorder;

    SecurityLogInterceptor(SecurityRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return; // the public's downloads are of published reports
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            return;
        }
        Category category = categoryOf(request.getMethod(), pattern.toString());
        if (category == null) {
            return;
        }
        int status = response.getStatus();
        Outcome outcome = exception == null && status < 400 ? Outcome.SUCCESS
                : status == 401 || status == 403 || status == 404 ? Outcome.REFUSED : Outcome.FAILURE;
        recorder.record(user.getUsername(), request.getRemoteAddr(), category,
                request.getMethod() + " " + pattern, target(request), outcome,
                outcome == Outcome.SUCCESS ? null : "HTTP " + status);
    }

    /** Whether, and as what, a request is logged. */
    static Category categoryOf(String method, String pattern) {
        boolean write = !method.equals("GET") && !method.equals("HEAD");
        if (write && pattern.equals("/account/password")) {
            return Category.ACCOUNT;
        }
        if (write && (pattern.startsWith("/admin/") || pattern.startsWith("/library/proposals/"))) {
            return Category.ADMINISTRATION;
        }
        if (!write && (pattern.contains("/report.") || pattern.endsWith(".xlsx") || pattern.contains("/export"))) {
            return Category.EXPORT;
        }
        return null;
    }

    /** The path's variables and the form's fields, without passwords or tokens. */
    private static String target(HttpServletRequest request) {
        StringJoiner target = new StringJoiner("; ");
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            map.forEach((name, value) -> target.add(name + "=" + value));
        }
        request.getParameterMap().forEach((name, values) -> {
            if (!secret(name) && values.length > 0) {
                String value = values[0];
                target.add(name + "=" + (value.length() > 100 ? value.substring(0, 100) + "…" : value));
            }
        });
        return target.length() == 0 ? null : target.toString();
    }

    private static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("pass") || lower.contains("csrf") || lower.contains("token")
                || lower.equals("code") || lower.equals("current") || lower.equals("replacement") || lower.equals("repeated");
    }
}
