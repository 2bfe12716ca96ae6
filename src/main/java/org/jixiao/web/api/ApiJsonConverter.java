package org.jixiao.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jixiao.document.DocumentJson;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * JSON of the API's requests and responses, written as documents are written ({@link DocumentJson}: exact decimals,
 * never in exponent form, Chinese unescaped, absent values left out, a line break at the end), so that a document
 * read from the API is the same text as {@code export} writes. Takes part only in requests under {@code /api/};
 * other JSON is Spring's.
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

    /** Read as text, so that a syntax error's column counts characters (as for documents), not UTF-8 bytes. */
    @Override
    public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints) throws IOException {
        byte[] bytes = input.getBody().readNBytes(DocumentJson.MAX_BYTES + 1);
        if (bytes.length > DocumentJson.MAX_BYTES) {
            throw new RequestTooLargeException("请求体超过 " + (DocumentJson.MAX_BYTES >> 20) + " MB");
        }
        try {
            return getMapper().readValue(new String(bytes, StandardCharsets.UTF_8), getJavaType(type.getType(), null));
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("JSON 无法读取：" + e.getOriginalMessage(), e, input);
        }
    }

    @Override
    protected void writeSuffix(JsonGenerator generator, Object object) {
        generator.writeRaw("\n");
    }

    private static boolean inApiRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && ApiProblems.isApiRequest(attributes.getRequest());
    }
}
