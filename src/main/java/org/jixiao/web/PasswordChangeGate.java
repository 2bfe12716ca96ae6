package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.account.NotPermittedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A person whose password was given by someone else (a new account, a reset) or has grown too old chooses a new
 * one before anything else: every page leads to the password form, and the API refuses with the reason.
 */
final class PasswordChangeGate implements HandlerInterceptor {

    static final String FORM = "/account/password";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)
                || !user.passwordChangeRequired()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(FORM) || path.equals("/logout") || path.equals("/error")) {
            return true;
        }
        if (path.startsWith("/api/")) {
            throw new NotPermittedException("请先在网页登录并修改密码：初始密码、管理员重置的密码或已过期的密码须由本人修改后才能使用");
        }
        response.sendRedirect(request.getContextPath() + FORM + "?required");
        return false;
    }
}
