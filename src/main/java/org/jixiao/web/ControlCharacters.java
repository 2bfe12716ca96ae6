package org.jixiao.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose form fields hold control characters other than tab and line breaks: no one types them,
 * PostgreSQL cannot store NUL in text, and they would otherwise reach the database half-way through a save. One
 * check for every form, before any controller; the answer says which field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ControlCharacters extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // an upload is left to the dispatcher: reading its fields here would parse it before the size limit's
        // handlers (page or API) could answer, and its file is checked by the reader of reports anyway
        if (!"GET".equals(request.getMethod()) && !isMultipart(request)) {
            for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
                if (hasControl(field.getKey()) || Arrays.stream(field.getValue()).anyMatch(ControlCharacters::hasControl)) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.setContentType("text/plain;charset=UTF-8");
                    String name = field.getKey().length() > 80 ? field.getKey().substring(0, 80) : field.getKey();
                    response.getOutputStream().write(("字段“" + name.replaceAll("\\p{Cc}", "?")
                            + "”含有不可见的控制字符，未保存任何内容。请删除后重新提交。").getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
    }

    static boolean hasControl(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
