package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A redirect to another page that lands as that whole page, with a notice at its top, from a form that htmx posts
 * too. htmx follows a plain redirect inside its own request and swaps in the part of the page it asked for, which
 * the page redirected to may not have (the page goes blank); to htmx the answer is HX-Redirect, on which the browser
 * loads the page itself.
 */
public final class PageRedirect {

    private PageRedirect() {
    }

    /**
     * The view to return: a redirect, or for htmx null with the header set (the controller method must take the
     * response, so that null means the response is complete).
     *
     * @param notice the message key of the notice the page shows (its model attribute {@code notice})
     */
    public static String to(String path, String notice, HttpServletRequest request, HttpServletResponse response) {
        RequestContextUtils.getOutputFlashMap(request).put("notice", notice);
        if (request.getHeader("HX-Request") == null) {
            return "redirect:" + path; // the redirect keeps the notice for the page it leads to
        }
        RequestContextUtils.saveOutputFlashMap(path, request, response);
        response.setHeader("HX-Redirect", request.getContextPath() + path);
        return null;
    }
}
