package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.web.api.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's request that failed in a way no handler foresaw (what Spring MVC, {@link WebAdvice} and the controllers
 * answer has been answered before this, the last resolver): the error page with status 500 and an incident number,
 * never the exception's message, which is logged under that number. Left alone: the API's requests ({@link
 * ApiProblems} answers them), the security chain's refusals (its firewall's among them: a parameter name it does not
 * allow is refused with 400), and a database out of reach ({@link DatabaseUnavailable} answers it).
 */
@Component
class UnexpectedErrors implements HandlerExceptionResolver, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (response.isCommitted() || ApiProblems.isApiRequest(request) || exception instanceof AccessDeniedException
                || exception instanceof AuthenticationException || exception instanceof RequestRejectedException
                || DatabaseUnavailable.isUnreachableDatabase(exception)) {
            return null;
        }
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        page.addObject("incident", Incidents.failed(request, exception));
        page.addObject("actor", CurrentActor.get());
        return page;
    }
}
