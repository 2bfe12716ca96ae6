package org.jixiao.web.api;

import org.jixiao.document.DocumentJson;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * JSON of the API's requests and responses, written as documents are written ({@link DocumentJson}: exact decimals,
 * never in exponent form, Chinese unescaped, absent values left out), so that a document read from the API is the
 * same text as {@code export} writes. Takes part only in requests under {@code /api/}; other JSON is Spring's.
 */
final class ApiJsonConverter extends JacksonJsonHttpMessageConverter {

    ApiJsonConverter() {
        super(DocumentJson.mapper().rebuild());
    }

    @Override
    public boolean canRead(ResolvableType type, MediaType mediaType) {
        return inApiRequest() && super.canRead(type, mediaType);
    }

    @Override
    public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
        return inApiRequest() && super.canWrite(type, valueClass, mediaType);
    }

    @Override
    public boolean canRead(Class<?> type, MediaType mediaType) {
        return inApiRequest() && super.canRead(type, mediaType);
    }

    @Override
    public boolean canWrite(Class<?> type, MediaType mediaType) {
        return inApiRequest() && super.canWrite(type, mediaType);
    }

    private static boolean inApiRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && ApiProblems.isApiRequest(attributes.getRequest());
    }
}
