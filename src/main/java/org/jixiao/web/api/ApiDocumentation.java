package org.jixiao.web.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description of the API at /v3/api-docs: Chinese summaries, English identifiers; the document's
 * records described from the format's specification (the core stays free of OpenAPI annotations); each operation's
 * refusals as problem details.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI jixiaoApi() {
        return new OpenAPI()
                .info(new Info().title("jixiao 预算绩效管理 API").version("v1")
                        .description("""
                                预算绩效管理的 REST API：单位的绩效自评（评价文档 jixiao/evaluation/v1）的列表、读取、导入、导出，\
                                送审、退回、审核通过、公开，审计记录，按财预〔2020〕10号评分，检查指标质量，生成报告文件，\
                                读取已发布的自评报告，全区的绩效看板和运行监控。

                                认证：与网页相同的账号，用 HTTP Basic（如 curl -u 用户名:密码），或在网页登录后的会话\
                                （会话中的 POST 须带 X-CSRF-TOKEN 请求头）。连续 5 次密码错误将锁定账号 15 分钟。\
                                未登录只能列出、读取、导出已公开的评价和取其报告。看不到的评价一律答 404。

                                金额单位为万元，是精确小数（JSON 数字，不经二进制浮点）；比率为百分数（100 即 100%）。\
                                错误为 application/problem+json，detail 用中文说明错在哪里（JSON 路径或行列）。"""))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("与网页相同的用户名和密码")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Chinese descriptions of the document's records and of the other modules' records the API returns. */
    @Bean
    OpenApiCustomizer schemaDescriptions() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            if (schemas == null) {
                return;
            }
            schemas.forEach((name, schema) -> {
                if (schema.getProperties() != null && schema.getProperties().remove("extensions") != null) {
                    // the fields a document carries beyond format v1 (@JsonAnyGetter): kept, written back
                    schema.setAdditionalProperties(Boolean.TRUE);
                }
                String description = SchemaDescriptions.TEXT.get(name);
                if (description != null) {
                    schema.setDescription(description);
                }
                if (schema.getProperties() != null) {
                    ((Map<String, Schema>) schema.getProperties()).forEach((property, value) -> {
                        String text = SchemaDescriptions.TEXT.get(name + "." + property);
                        if (text != null && value.get$ref() == null) {
                            value.setDescription(text);
                        }
                    });
                }
            });
        };
    }

    /** The problem details' schema, which no operation returns as its result and so is not found by scanning. */
    @Bean
    OpenApiCustomizer problemSchema() {
        return openApi -> ModelConverters.getInstance(true).read(ApiProblem.class)
                .forEach((name, schema) -> openApi.getComponents().getSchemas().putIfAbsent(name, schema));
    }

    /** The refusals each operation can give, read from its parameters. */
    @Bean
    OperationCustomizer problemResponses() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses();
            boolean byId = hasParameter(handler, PathVariable.class);
            boolean body = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(p -> p.getParameterType() == InputStream.class || p.hasParameterAnnotation(RequestBody.class)
                            || p.hasParameterAnnotation(RequestPart.class));
            boolean input = body || hasParameter(handler, RequestParam.class);
            if (input) {
                add(responses, "400", "请求有误：参数无效、JSON 语法错误（给出行列）、不是有效的评价文档（errors 列出各处错误的 JSON 路径）");
            }
            add(responses, "401", "未登录、用户名或密码不正确，或账号已锁定");
            add(responses, "403", "角色或状态不允许此操作（如不是本区的财政审核人、评价已提交不能再改），或会话中的请求缺少 CSRF 令牌");
            if (byId) {
                add(responses, "404", "没有这份评价，或无权看到它（其他单位、其他区的评价）");
            }
            if (handler.hasMethodAnnotation(PostMapping.class) && handler.getBeanType() == EvaluationApiController.class) {
                add(responses, "409", "与评价的当前状态冲突：如提交已提交的评价、覆盖已审核的评价");
            }
            if (body) {
                add(responses, "413", "请求体或上传的文件过大");
                add(responses, "415", "内容类型不对");
            }
            if (hasParameter(handler, RequestPart.class)) {
                add(responses, "422", "文件不是自评报告：空文件、扫描件、加密或损坏的 PDF");
            }
            return operation;
        };
    }

    private static boolean hasParameter(HandlerMethod handler, Class<? extends Annotation> kind) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(kind));
    }

    private static void add(ApiResponses responses, String status, String description) {
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }
}
