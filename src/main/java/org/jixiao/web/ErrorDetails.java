package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page (and the JSON Spring Boot answers other clients with) holds for a failure that left the
 * dispatcher unanswered, such as a page that failed while it was drawn or a filter that failed: status, path and,
 * for a server error, an incident number logged with the exception. Never the exception's message or trace.
 */
@Component
class ErrorDetails extends DefaultErrorAttributes {

    /** A request attribute naming the message key that says why, where the status alone would mislead. */
    static final String REASON = ErrorDetails.class.getName() + ".reason";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        attributes.remove("message");
        attributes.remove("exception");
        attributes.remove("trace");
        attributes.remove("errors");
        if (request.getAttribute(REASON, WebRequest.SCOPE_REQUEST) instanceof String reason) {
            attributes.put("reason", reason);
        }
        Throwable error = getError(request);
        if (error != null && attributes.get("status") instanceof Integer status && status >= 500
                && request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
            attributes.put("incident", Incidents.failed(servletRequest, error));
        }
        return attributes;
    }
}
