package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Finding;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.extraction.ExtractionResult;
import org.jixiao.extraction.ReportExtractor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the command line does with a document, for a document posted rather than stored: score, lint, and reading a
 * published report into a document. Nothing is stored.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "documents", description = "不保存的文档处理：为提交的评价文档评分、检查指标质量，把自评报告文件读成评价文档")
class DocumentApiController {

    private static final String DOCUMENT = "一份评价文档（格式 jixiao/evaluation/v1，最大 20 MB）";

    private final EvaluationScoring scoring;
    private final ReportExtractor extractor = new ReportExtractor();

    DocumentApiController(EvaluationScoring scoring) {
        this.scoring = scoring;
    }

    @PostMapping(path = "/score", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "scoreDocument", summary = "为提交的文档评分", description = "与 score 命令相同，按服务器的评分规则：总分、等级，各重点工作任务与各指标的得分。不保存。",
            requestBody = @RequestBody(required = true, description = DOCUMENT,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = EvaluationDocument.class))))
    EvaluationScore score(InputStream body) {
        return scoring.assess(PostedDocuments.one(body)).score();
    }

    @PostMapping(path = "/lint", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "lintDocument", summary = "检查提交的文档的指标质量", description = "与 lint 命令相同：问题清单，每条有位置（JSON 路径）、说明和修改建议。不保存。",
            requestBody = @RequestBody(required = true, description = DOCUMENT,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = EvaluationDocument.class))))
    List<Finding> lint(InputStream body) {
        return scoring.assess(PostedDocuments.one(body)).findings();
    }

    @PostMapping(path = "/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "extractReport", summary = "把自评报告文件读成评价文档",
            description = "与 extract 命令相同：.pdf、.docx、.txt 的部门整体支出绩效自评报告，或 .xlsx 的项目支出绩效自评表，最大 50 MB，"
                    + "读取限时 60 秒。返回读出的评价文档，不保存；核对后可用 POST /api/v1/evaluations 导入。"
                    + "带 details=true 时返回 ExtractionDetails：文档之外还有读取所依据的原文、提示（金额不符 FUNDS_MISMATCH，"
                    + "无法确定而未填入的数字 UNCERTAIN_FIGURE 及其行号）、各项值读自原文第几行第几列（按 JSON 路径），"
                    + "以及读出和未读出的部分，与网页导入时核对页所示相同。"
                    + "不是自评报告的文件（空文件、扫描件、加密或损坏的 PDF）返回 422。",
            responses = @ApiResponse(responseCode = "200",
                    description = "评价文档；details=true 时为 ExtractionDetails",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(oneOf = {EvaluationDocument.class, ExtractionDetails.class}))))
    Object extract(
            @Parameter(description = "自评报告文件", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE))
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "为 true 时返回详细结果（ExtractionDetails），而不只是评价文档")
            @RequestParam(defaultValue = "false") boolean details) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "上传的文件"
                : HiddenCharacters.strip(file.getOriginalFilename());
        if (file.getSize() > ReportExtractor.MAX_BYTES) {
            throw new RequestTooLargeException(name + "：文件超过 " + ReportExtractor.maxSize() + "，不像一份自评报告");
        }
        ExtractionResult result;
        try {
            result = extractor.extract(name, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return details ? ExtractionDetails.of(result) : result.document();
    }
}
