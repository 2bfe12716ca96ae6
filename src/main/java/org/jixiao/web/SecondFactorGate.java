package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.account.NotPermittedException;
import org.jixiao.account.SecondFactors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A person whose role must use the second factor and who has not enrolled yet does so before anything else: every
 * page leads to the enrollment page, and the API refuses with the reason. Asked of the database on each request,
 * so that a role newly required holds sessions already open.
 */
final class SecondFactorGate implements HandlerInterceptor {

    private final SecondFactors secondFactors;

    SecondFactorGate(SecondFactors secondFactors) {
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
        // the password form stays open: a password to be changed comes first (PasswordChangeGate)
        if (path.equals(SecondFactorController.PAGE) || path.startsWith(SecondFactorController.PAGE + "/")
                || path.equals(PasswordChangeGate.FORM) || path.equals("/logout") || path.equals("/error")) {
            return true;
        }
        if (!secondFactors.missing(user.actor())) {
            return true;
        }
        if (path.startsWith("/api/")) {
            throw new NotPermittedException("您的角色须使用第二因素（动态口令）登录：请先在网页登录，于“动态口令”页面启用后再使用");
        }
        response.sendRedirect(request.getContextPath() + SecondFactorController.PAGE + "?required");
        return false;
    }
}
