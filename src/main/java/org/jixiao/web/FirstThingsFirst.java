package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.SecondFactors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * What a logged-in person must do before anything else, in this order: choose a new password where theirs was
 * given by someone else (a new account, a reset) or has grown too old; then, where their role must use the second
 * factor, enroll it. Every other page leads to the form, and the API refuses with the reason. Whether the second
 * factor is missing is asked of the database on each request, so that a role newly required holds sessions already
 * open; the password's state came with the login.
 */
final class FirstThingsFirst implements HandlerInterceptor {

    // the account pages' forms (account.web): AccountController's and SecondFactorController's
    static final String PASSWORD_FORM = "/account/password";
    static final String SECOND_FACTOR_FORM = "/account/second-factor";

    private final SecondFactors secondFactors;

    FirstThingsFirst(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/logout") || path.equals("/error")) {
            return true;
        }
        if (user.passwordChangeRequired()) {
            return path.equals(PASSWORD_FORM) || lead(request, response, path, PASSWORD_FORM,
                    "请先在网页登录并修改密码：初始密码、管理员重置的密码或已过期的密码须由本人修改后才能使用");
        }
        // the password form stays open to everyone, the enrollment page to the one who must enroll
        if (path.equals(PASSWORD_FORM) || path.equals(SECOND_FACTOR_FORM)
                || path.startsWith(SECOND_FACTOR_FORM + "/") || !secondFactors.missing(user.actor())) {
            return true;
        }
        return lead(request, response, path, SECOND_FACTOR_FORM,
                "您的角色须使用第二因素（动态口令）登录：请先在网页登录，于“动态口令”页面启用后再使用");
    }

    /** Sends a page to the form that comes first; refuses an API call with the reason. */
    private static boolean lead(HttpServletRequest request, HttpServletResponse response, String path, String form,
            String reason) throws Exception {
        if (path.startsWith("/api/")) {
            throw new NotPermittedException(reason);
        }
        response.sendRedirect(request.getContextPath() + form + "?required");
        return false;
    }
}
