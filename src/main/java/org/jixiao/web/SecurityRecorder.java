package org.jixiao.web;

import java.time.Instant;
import org.jixiao.account.SecondFactors;
import org.jixiao.account.SecurityEvent;
import org.jixiao.account.SecurityEvent.Category;
import org.jixiao.account.SecurityEvent.Outcome;
import org.jixiao.account.SecurityLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Writes the logins of the pages to the security log, and the failures and refusals of every login (pages and
 * API). A successful HTTP Basic authentication is not a line: an API client authenticates on every request.
 */
@Component
public class SecurityRecorder {

    private final SecurityLog log;
    private final SecondFactors secondFactors;

    SecurityRecorder(SecurityLog log, SecondFactors secondFactors) {
        this.log = log;
        this.secondFactors = secondFactors;
    }

    /**
     * The message key of an action's words: a login's kind (security.action.LOGIN), or a request's method and path
     * pattern with each variable an x ({@code POST /admin/accounts/{id}/password}:
     * security.action.POST.admin.accounts.x.password).
     */
    public static String wordsKey(String action) {
        return "security.action." + action.replaceAll("\\{[^}]*}", "x").replaceAll("[^A-Za-z0-9_]+", ".");
    }

    /** The password's step; where a second factor follows, the login is complete only at its line. */
    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        login(event.getAuthentication(), "LOGIN", Outcome.SUCCESS,
                secondFactors.enrolled(event.getAuthentication().getName()) ? "密码正确，待验证动态口令" : null);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        login(event.getAuthentication(), "LOGOUT", Outcome.SUCCESS, null);
    }

    /** A login whose password was wrong or whose account may not log in. */
    void failed(Authentication attempt, String reason) {
        login(attempt, "LOGIN", Outcome.FAILURE, reason);
    }

    /** A login refused before its password was checked (locked, too many at once). */
    void refused(Authentication attempt, String reason) {
        login(attempt, "LOGIN", Outcome.REFUSED, reason);
    }

    /** The failure that locked an account, from the attempt's address or everywhere. */
    void locked(Authentication attempt) {
        login(attempt, "LOCK_OUT", Outcome.SUCCESS, "连续登录失败，已暂时锁定");
    }

    /**
     * A step of the second factor: at login ({@code SECOND_FACTOR}, {@code RECOVERY_CODE}, {@code LOCK_OUT}) or
     * of one's own account ({@code SECOND_FACTOR_ENROLLED}, {@code SECOND_FACTOR_OFF}).
     */
    public void secondFactor(String username, String address, String action, boolean succeeded, String detail) {
        Category category = action.equals("SECOND_FACTOR_ENROLLED") || action.equals("SECOND_FACTOR_OFF")
                ? Category.ACCOUNT : Category.LOGIN;
        record(username, address, category, action, null, succeeded ? Outcome.SUCCESS : Outcome.FAILURE, detail);
    }

    void record(String actor, String address, Category category, String action, String target, Outcome outcome,
            String detail) {
        log.record(new SecurityEvent(Instant.now(), actor, address, category, action, target, outcome, detail));
    }

    private void login(Authentication authentication, String action, Outcome outcome, String detail) {
        if (authentication == null) {
            return;
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        record(authentication.getName(), address, Category.LOGIN, action, null, outcome, detail);
    }
}
