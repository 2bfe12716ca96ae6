package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jixiao.document.Finding;

/**
 * An error as RFC 9457 problem details, served as {@code application/problem+json}.
 *
 * @param errors the format errors of a document, or the findings that refused a submission, each with its JSON path
 * @param line   where broken JSON breaks (1-based)
 */
@Schema(name = "Problem", description = "错误（RFC 9457 problem details）：detail 用中文说明错在哪里")
public record ApiProblem(
        @Schema(description = "错误类型，固定为 about:blank", example = "about:blank") String type,
        @Schema(description = "错误类别", example = "请求有误") String title,
        @Schema(description = "HTTP 状态码", example = "400") int status,
        @Schema(description = "错在哪里、应当怎样，中文", example = "第 3 行第 14 列：JSON 语法错误：此处应为冒号（属性名与值之间），实为“1”") String detail,
        @Schema(description = "出错的请求路径", example = "/api/v1/score") String instance,
        @Schema(description = "文档的格式错误，或使提交不成的错误或提示，每条带 JSON 路径（path）") List<Finding> errors,
        @Schema(description = "JSON 出错的行（从 1 起）") Integer line,
        @Schema(description = "JSON 出错的列（从 1 起）") Integer column) {
}
