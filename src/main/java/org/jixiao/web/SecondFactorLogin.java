package org.jixiao.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jixiao.account.SecondFactors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * After a right password: an account with a second factor is held at the code page (its session's login becomes
 * a {@link SecondFactorPending}); any other goes on where it was going.
 */
@Component
public final class SecondFactorLogin implements AuthenticationSuccessHandler {

    public static final String PAGE = "/login/second-factor";

    private final SecondFactors secondFactors;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SecondFactorLogin(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        onward.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (!secondFactors.enrolled(authentication.getName())) {
            onward.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new SecondFactorPending(authentication));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    /** Once the second factor is right: the password's login becomes the session's, under a new session id. */
    public void complete(SecondFactorPending pending, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(pending.passwordChecked());
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        onward.onAuthenticationSuccess(request, response, pending.passwordChecked());
    }
}
