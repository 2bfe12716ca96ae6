package org.jixiao.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.account.AccountException;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.DocumentSyntaxException;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.InvalidDocumentException;
import org.jixiao.document.JsonSyntax;
import org.jixiao.document.Severity;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.evaluation.IllegalTransitionException;
import org.jixiao.evaluation.StaleEvaluationException;
import org.jixiao.extraction.ExtractionException;
import org.jixiao.extraction.ReportExtractor;
import org.jixiao.review.NewEvaluationRefusedException;
import org.jixiao.review.SubmissionRefusedException;
import org.jixiao.web.ApiRefusal;
import org.jixiao.web.DatabaseUnavailable;
import org.jixiao.web.Incidents;
import org.jixiao.web.LoginBusyException;
import org.jixiao.web.OwnMessages;
import org.jixiao.web.SecondFactorRequiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every refusal of an API request as problem details with a Chinese {@code detail} that says what and where:
 * exceptions of the services and of Spring MVC (resolved here, ahead of the pages' error handling, for paths
 * under {@code /api/} only), and the security chain's "log in first" and "not allowed".
 */
@Component
public class ApiProblems implements HandlerExceptionResolver, Ordered {

    static final String API_PATH = "/api/";
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** Whether the request is one of the API's, whose errors are problem details rather than pages. */
    public static boolean isApiRequest(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith(request.getContextPath() + API_PATH);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10; // before the pages' @ExceptionHandler methods and Spring's defaults
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!isApiRequest(request) || response.isCommitted()) {
            return null;
        }
        ApiProblem problem = problemOf(exception, request);
        if (problem.status() == 503) {
            log.warn("API {} {}: database out of reach", request.getMethod(), request.getRequestURI(), exception);
        }
        if (exception instanceof HttpRequestMethodNotSupportedException e && e.getSupportedHttpMethods() != null) {
            response.setHeader(HttpHeaders.ALLOW, e.getSupportedHttpMethods().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        try {
            write(response, problem);
        } catch (IOException e) {
            log.debug("Could not write the problem of {}", request.getRequestURI(), e);
        }
        return new ModelAndView(); // handled: nothing more to render
    }

    /** The security chain's answer to a request without valid credentials: 401, and why. */
    public void authenticationRequired(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String detail;
        if (exception instanceof LoginBusyException) {
            // not a refusal of the credentials: the client retries in a moment
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            write(response, problem(429, exception.getMessage(), request));
            return;
        }
        if (exception instanceof SecondFactorRequiredException) {
            detail = exception.getMessage();
        } else if (exception instanceof LockedException) {
            detail = exception.getMessage();
        } else if (exception instanceof DisabledException) {
            detail = "账号已停用，请联系管理员";
        } else if (exception instanceof BadCredentialsException) {
            detail = "用户名或密码不正确（连续多次错误将暂时锁定）";
        } else {
            detail = "请先登录：用 HTTP Basic 认证（如 curl -u 用户名:密码）或在网页登录后再访问 " + request.getRequestURI();
        }
        // a browser would cache what a user typed into its Basic dialog and send it with forged cross-site
        // requests; browsers say who they are with Sec-Fetch-Mode, so only other clients are challenged
        if (request.getHeader("Sec-Fetch-Mode") == null && request.getHeader("X-Requested-With") == null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"jixiao\", charset=\"UTF-8\"");
        }
        write(response, problem(401, detail, request));
    }

    /** The security chain's answer to a request the role may not make, or a browser's without its CSRF token. */
    public void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        String detail = exception instanceof CsrfException
                ? "缺少或无效的 CSRF 令牌：网页登录后的请求须带 X-CSRF-TOKEN 请求头；API 客户端请用 HTTP Basic 认证"
                : "您的角色无权使用此接口：" + request.getMethod() + " " + request.getRequestURI();
        write(response, problem(403, detail, request));
    }

    static ApiProblem problemOf(Exception exception, HttpServletRequest request) {
        if (exception instanceof ApiRefusal e) {
            return new ApiProblem("about:blank", title(e.status()), e.status(), e.getMessage(), request.getRequestURI(),
                    e.errors(), null, null);
        }
        if (exception instanceof EvaluationNotFoundException) {
            return problem(404, exception.getMessage(), request);
        }
        if (exception instanceof NotPermittedException) {
            return problem(403, exception.getMessage(), request);
        }
        if (exception instanceof StaleEvaluationException && (request.getHeader(HttpHeaders.IF_MATCH) != null
                || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null)) {
            return problem(412, exception.getMessage(), request); // the client's own condition failed (RFC 9110)
        }
        if (exception instanceof SubmissionRefusedException e) {
            // errors: the content cannot go as it is (422); warnings: it may, once the client confirms them (409)
            int status = e.awaitsConfirmation() ? 409 : 422;
            String detail = e.awaitsConfirmation()
                    ? "提交仍有 " + e.warnings().size() + " 条提示（见 errors）：确认后请带 confirmWarnings=true 再提交"
                    : e.getMessage() + "（全部 " + e.errors().size() + " 处见 errors）";
            return new ApiProblem("about:blank", title(status), status, detail, request.getRequestURI(), e.findings(),
                    null, null);
        }
        if (exception instanceof NewEvaluationRefusedException e) {
            // the unit has it already: a conflict with what is stored (409); else what was asked is wrong (422)
            int status = e.existing() != null ? 409 : 422;
            List<Finding> errors = e.errors().entrySet().stream().map(error -> Finding.at(FindingCode.INVALID_FIELD,
                    Severity.ERROR, "$." + error.getKey(), error.getValue(), null)).toList();
            String detail = e.existing() == null ? e.getMessage() : e.getMessage() + "（已有评价编号 " + e.existing() + "）";
            return new ApiProblem("about:blank", title(status), status, detail, request.getRequestURI(), errors, null,
                    null);
        }
        if (exception instanceof StaleEvaluationException || exception instanceof IllegalTransitionException) {
            return problem(409, exception.getMessage(), request);
        }
        if (exception instanceof InvalidDocumentException e) {
            return new ApiProblem("about:blank", title(400), 400, "不是有效的评价文档：" + e.getMessage(),
                    request.getRequestURI(), e.errors(), null, null);
        }
        if (exception instanceof DocumentSyntaxException e) {
            return syntaxProblem(e.describe(), e.line(), e.column(), request);
        }
        if (exception instanceof RequestTooLargeException) {
            return problem(413, exception.getMessage(), request);
        }
        if (exception instanceof MaxUploadSizeExceededException) {
            return problem(413, "上传的文件超过 " + ReportExtractor.maxSize() + "，不像一份自评报告", request);
        }
        if (exception instanceof ExtractionException) {
            // the message says what is wrong with the file; what the library said is the cause, for the log
            log.warn("API {} {}: {}", request.getMethod(), request.getRequestURI(), exception.getMessage(),
                    exception.getCause());
            return problem(422, exception.getMessage(), request);
        }
        if (exception instanceof HttpMessageNotReadableException e) {
            return unreadable(e, request);
        }
        if (exception instanceof HttpMediaTypeNotSupportedException e) {
            return problem(415, "不支持的内容类型 " + (e.getContentType() == null ? "（未说明）" : e.getContentType())
                    + "：应为 " + mediaTypes(e.getSupportedMediaTypes()), request);
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException e) {
            return problem(406, "无法按 Accept 请求头的要求提供内容：可提供 " + mediaTypes(e.getSupportedMediaTypes()), request);
        }
        if (exception instanceof HttpRequestMethodNotSupportedException e) {
            return problem(405, request.getRequestURI() + " 不支持 " + e.getMethod() + " 请求"
                    + (e.getSupportedHttpMethods() == null ? "" : "：应为 " + e.getSupportedHttpMethods().stream()
                            .map(Object::toString).collect(Collectors.joining("、"))), request);
        }
        if (exception instanceof MissingServletRequestParameterException e) {
            return problem(400, "缺少参数 " + e.getParameterName(), request);
        }
        if (exception instanceof MissingServletRequestPartException e) {
            return problem(400, "缺少文件：请以 multipart/form-data 上传，字段名为 " + e.getRequestPartName(), request);
        }
        if (exception instanceof MethodArgumentTypeMismatchException e) {
            return problem(400, "参数 " + e.getName() + " 的值“" + e.getValue() + "”无效" + expected(e), request);
        }
        if (exception instanceof MultipartException) {
            return problem(400, "上传的内容不是有效的 multipart/form-data", request);
        }
        if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
            return problem(404, "没有这个接口：" + request.getMethod() + " " + request.getRequestURI()
                    + "（接口列表见 /swagger-ui.html）", request);
        }
        if (exception instanceof ResponseStatusException e) {
            return problem(e.getStatusCode().value(), e.getReason(), request);
        }
        if (exception instanceof DataIntegrityViolationException e) {
            // the database's words name tables, columns and constraints: the log has them, under the number
            return problem(409, "未保存任何内容：数据库拒绝写入（有内容过长、重复或与已保存的数据冲突），事件编号 "
                    + Incidents.refused(request, e) + "，请检查后重试或联系管理员", request);
        }
        if (exception instanceof IllegalArgumentException || exception instanceof AccountException) {
            return problem(400, OwnMessages.of((RuntimeException) exception, request), request);
        }
        if (exception instanceof ErrorResponse e && e.getStatusCode().is4xxClientError()) {
            // Spring's own detail is English
            log.debug("API {} {}: {}", request.getMethod(), request.getRequestURI(), e.getBody().getDetail());
            return problem(e.getStatusCode().value(), title(e.getStatusCode().value())
                    + "：请求不符合接口的要求（参数、请求头或请求体），接口说明见 /swagger-ui.html", request);
        }
        if (DatabaseUnavailable.isUnreachableDatabase(exception)) {
            return problem(503, "暂时无法连接数据库，未保存任何内容，请稍后重试", request);
        }
        return problem(500, "服务器内部错误，未能完成请求：请稍后再试；如果仍然出错，请把事件编号 "
                + Incidents.failed(request, exception) + " 告诉管理员", request);
    }

    private static ApiProblem unreadable(HttpMessageNotReadableException exception, HttpServletRequest request) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException e) {
                TokenStreamLocation at = e.getLocation();
                int line = at == null ? 0 : at.getLineNr();
                int column = at == null ? 0 : at.getColumnNr();
                return syntaxProblem(new DocumentSyntaxException("JSON 语法错误：" + JsonSyntax.describe(e), line, column)
                        .describe(), line, column, request);
            }
            if (cause instanceof JacksonException e) {
                return problem(400, JsonSyntax.path(e) + "：值的类型不对" + expected(e), request);
            }
        }
        return problem(400, "缺少请求体或请求体无法读取：应为 JSON", request);
    }

    /** What a request body's value should have been, by the type it was to be read as (Jackson's words name Java's). */
    private static String expected(JacksonException exception) {
        Class<?> type = exception instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return "：可选 " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("、"));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "：应为数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "：应为 true 或 false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "：应为文字";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "：应为数组";
        }
        return "：应为对象";
    }

    private static String expected(MethodArgumentTypeMismatchException exception) {
        Class<?> type = exception.getRequiredType();
        if (type != null && Collection.class.isAssignableFrom(type)) {
            type = ResolvableType.forMethodParameter(exception.getParameter()).resolveGeneric(0);
        }
        if (type != null && type.isEnum()) {
            return "：可选 " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining("、"));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "：应为整数";
        }
        return "";
    }

    private static String mediaTypes(List<MediaType> types) {
        return types.stream().map(MediaType::toString).collect(Collectors.joining("、"));
    }

    private static ApiProblem syntaxProblem(String detail, int line, int column, HttpServletRequest request) {
        return new ApiProblem("about:blank", title(400), 400, detail, request.getRequestURI(), null,
                line > 0 ? line : null, line > 0 ? column : null);
    }

    static ApiProblem problem(int status, String detail, HttpServletRequest request) {
        return new ApiProblem("about:blank", title(status), status, detail, request.getRequestURI(), null, null, null);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "需要登录";
            case 403 -> "无权操作";
            case 404 -> "未找到";
            case 405 -> "不支持的请求方法";
            case 406 -> "无法提供所要求的格式";
            case 409 -> "与当前状态冲突";
            case 413 -> "内容过大";
            case 415 -> "不支持的内容类型";
            case 412 -> "前提条件不成立";
            case 422 -> "无法处理的内容";
            case 429 -> "请求过多";
            case 503 -> "服务暂不可用";
            default -> status >= 500 ? "服务器内部错误" : "请求有误";
        };
    }

    private static void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
        response.getOutputStream().write(DocumentJson.writeBytes(problem));
    }
}
