package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Actor;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.Finding;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.review.AuditEvent;
import org.jixiao.review.NewEvaluationRequest;
import org.jixiao.review.NewEvaluations;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.ReportFiles;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Stored evaluations: what the caller may see of them and do with them, decided by
 * {@link org.jixiao.evaluation.EvaluationAccess} through the {@link ReviewWorkflow}, as for the pages. Another unit's
 * evaluation (or another region's) is "not found".
 */
@RestController
@RequestMapping(path = "/api/v1/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "evaluations", description = "评价：列表、读取、导入、导出、审核流程、审计记录、评分、指标检查、报告文件、运行监控")
class EvaluationApiController {

    /** The status and version of the evaluation read, beside its document. */
    static final String STATUS_HEADER = "X-Evaluation-Status";
    private static final String IF_MATCH = "只对这一版本操作（读取时 ETag 给出的版本号，如 \"3\"）：他人已改过时返回 412，什么也不做";

    private final ReviewWorkflow workflow;
    private final EvaluationScoring scoring;
    private final ReportFiles reports;
    private final ExecutionMonitoring monitoring;
    private final PublicationBlocks publication;
    private final NewEvaluations newEvaluations;

    EvaluationApiController(ReviewWorkflow workflow, EvaluationScoring scoring, ReportFiles reports,
            ExecutionMonitoring monitoring, PublicationBlocks publication, NewEvaluations newEvaluations) {
        this.newEvaluations = newEvaluations;
        this.workflow = workflow;
        this.scoring = scoring;
        this.reports = reports;
        this.monitoring = monitoring;
        this.publication = publication;
    }

    @GetMapping
    @Operation(operationId = "listEvaluations", summary = "列出可见的评价",
            description = "单位只看到本单位的评价，财政审核人看到本区的，管理员看到全部；未登录时只列出已公开的评价。按年度新的在前。")
    EvaluationPage list(
            @Parameter(description = "年度，如 2023") @RequestParam(required = false) Integer year,
            @Parameter(description = "单位名称中含有的文字") @RequestParam(required = false) String unit,
            @Parameter(description = "审核状态，可重复给出多个") @RequestParam(required = false) List<EvaluationStatus> status,
            @Parameter(description = "全文检索：单位名称、报告正文、重点工作任务或指标中的文字") @RequestParam(required = false) String q,
            @Parameter(description = "页码，从 1 起") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "每页条数，1 至 200") @RequestParam(defaultValue = "20") int size) {
        Actor actor = CurrentActor.get();
        EvaluationFilter filter = filter(year, unit, status, q);
        return EvaluationPage.of(workflow.countVisible(actor, filter), page, size,
                (offset, limit) -> workflow.visible(actor, filter, offset, limit));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "readEvaluation", summary = "读取一份评价（评价文档 JSON）",
            description = "与 export 命令写出的 JSON 相同：金额为精确小数（万元），中文不转义；已公开的评价另带 publication："
                    + "文档摘要、公开人与时间、签名人和已签名的 PDF 地址（可用 verify 命令或 /public/verify 核验）。ETag 为版本号，"
                    + STATUS_HEADER + " 为审核状态。未登录时只能读取已公开的评价。")
    @ApiResponse(responseCode = "200", description = "评价文档", headers = {
            @Header(name = HttpHeaders.ETAG, description = "版本号，如 \"3\""),
            @Header(name = STATUS_HEADER, description = "审核状态，如 DRAFT")})
    ResponseEntity<EvaluationDocument> read(@Parameter(description = "评价编号") @PathVariable long id) {
        StoredEvaluation evaluation = workflow.read(CurrentActor.get(), id);
        return ResponseEntity.ok().eTag(String.valueOf(evaluation.version()))
                .header(STATUS_HEADER, evaluation.status().name()).body(publication.of(evaluation));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "importEvaluations", summary = "导入评价文档",
            description = "请求体为一份评价文档，或 export 写出的文档数组。每份文档新建草稿，或修改同一单位、年度、项目的草稿或退回的评价；"
                    + "已提交、已审核、已公开的评价不会被覆盖。全部成功或全部不导入。单位填报人只能导入本单位的文档，"
                    + "财政审核人只能导入本区单位的文档，项目负责人不能导入；已有的评价只有本单位填报人可以修改（与网页相同），"
                    + "财政审核人和管理员只能新建。导入一份文档时可带 If-Match（读取时的 ETag）防止覆盖他人的修改。"
                    + "格式错误时返回 400，errors 列出每处错误及其 JSON 路径。",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "一份评价文档，或评价文档的数组（最大 20 MB）",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(oneOf = {EvaluationDocument.class, EvaluationDocument[].class}))))
    List<ImportResult> importDocuments(InputStream body,
            @Parameter(description = "只修改这一版本的评价（读取时 ETag 给出的版本号，如 \"3\"）；* 表示只修改已有的评价。"
                    + "版本不符时返回 412，什么也不保存") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Parameter(description = "* 表示只新建：同一单位、年度、项目已有评价时返回 412")
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return workflow.importDocuments(CurrentActor.get(), PostedDocuments.all(body),
                VersionPrecondition.of(ifMatch, ifNoneMatch)).stream().map(ImportResult::of).toList();
    }

    @PostMapping(path = "/new", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "beginEvaluation", summary = "新建评价（空白、沿用上年度、指标库推荐或批复的绩效目标）",
            description = "与网页“新建评价”相同：本单位填报人为本单位新建一份部门整体支出或项目支出评价的草稿。start 为 BLANK（空白）、"
                    + "LAST_YEAR（沿用上年度同类评价的任务、指标和目标值，实际值清空）、LIBRARY（按 tasks 中每行一项的重点工作任务，"
                    + "项目支出按项目名称，取指标库推荐的指标）或 APPROVED_GOALS（以本单位该年度已审核或已公开的绩效目标开始：任务、资金、"
                    + "目标和指标值照批复，实际值为空；没有时返回 422）。kind 为 DEPARTMENT_OVERALL 或 PROJECT（须给 projectName）。"
                    + "成功返回 201 和新评价的地址；填写有误返回 422，errors 按字段（$.year、$.kind、$.projectName、$.start、$.tasks）列出；"
                    + "本单位已有同年度、同类（同一项目）的评价时返回 409，detail 给出已有评价的编号。")
    @ApiResponse(responseCode = "201", description = "新建的草稿")
    ResponseEntity<ImportResult> begin(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            description = "年度、类别、项目名称、从何开始、重点工作任务（每行一项）和目标")
            @RequestBody NewEvaluationRequest request) {
        StoredEvaluation created = newEvaluations.create(CurrentActor.get(), request).orThrow();
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + created.id()))
                .eTag(String.valueOf(created.version())).body(ImportResult.created(created));
    }

    @GetMapping("/export")
    @Operation(operationId = "exportEvaluations", summary = "导出评价文档",
            description = "符合条件且可见的评价，以评价文档数组返回，可原样再导入。条件与列表相同。")
    List<EvaluationDocument> export(
            @Parameter(description = "年度") @RequestParam(required = false) Integer year,
            @Parameter(description = "单位名称中含有的文字") @RequestParam(required = false) String unit,
            @Parameter(description = "审核状态，可重复给出多个") @RequestParam(required = false) List<EvaluationStatus> status,
            @Parameter(description = "全文检索") @RequestParam(required = false) String q) {
        return workflow.export(CurrentActor.get(), filter(year, unit, status, q)).stream()
                .map(publication::of).toList();
    }

    @PostMapping("/{id}/submit")
    @Operation(operationId = "submitEvaluation", summary = "送审",
            description = "本单位的填报人提交草稿或退回的评价，由财政审核人审核。评价有错误（ERROR，如金额不符、未完成的指标没有偏差原因、"
                    + "无法评分）时不提交，返回 422，errors 列出每处错误及其 JSON 路径；只有提示（WARNING）时，须带 "
                    + "confirmWarnings=true 确认后才提交，否则返回 409，errors 列出这些提示。检查与网页填报时的核对相同。")
    @ApiResponse(responseCode = "422", description = "评价有错误，改正后才能提交：errors 列出每处错误及其 JSON 路径",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiProblem.class)))
    EvaluationState submit(@Parameter(description = "评价编号") @PathVariable long id,
            @Parameter(description = "确认带着提示（WARNING）提交：不带时，有提示的评价返回 409 并列出提示")
            @RequestParam(defaultValue = "false") boolean confirmWarnings,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Actor actor = CurrentActor.get();
        workflow.submit(actor, id, VersionPrecondition.ofTransition(ifMatch), confirmWarnings);
        return EvaluationState.of(workflow.read(actor, id));
    }

    @PostMapping(path = "/{id}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "returnEvaluation", summary = "退回", description = "本区财政审核人退回已提交的评价，按章节写明要修改什么（至少一条意见）。")
    EvaluationState returnForRevision(@Parameter(description = "评价编号") @PathVariable long id,
            @RequestBody ReturnRequest request,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Actor actor = CurrentActor.get();
        Map<String, String> comments = request == null || request.comments() == null ? Map.of() : request.comments();
        workflow.returnForRevision(actor, id, comments, VersionPrecondition.ofTransition(ifMatch));
        return EvaluationState.of(workflow.read(actor, id));
    }

    @PostMapping("/{id}/approve")
    @Operation(operationId = "approveEvaluation", summary = "审核通过", description = "本区财政审核人审核通过已提交的评价；请求体可省略。")
    EvaluationState approve(@Parameter(description = "评价编号") @PathVariable long id,
            @RequestBody(required = false) ApproveRequest request,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Actor actor = CurrentActor.get();
        workflow.approve(actor, id, request == null ? null : request.comment(), VersionPrecondition.ofTransition(ifMatch));
        return EvaluationState.of(workflow.read(actor, id));
    }

    @PostMapping("/{id}/publish")
    @Operation(operationId = "publishEvaluation", summary = "公开", description = "本区财政审核人公开已审核的评价：此后公众可以读取。")
    EvaluationState publish(@Parameter(description = "评价编号") @PathVariable long id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Actor actor = CurrentActor.get();
        workflow.publish(actor, id, VersionPrecondition.ofTransition(ifMatch));
        return EvaluationState.of(workflow.read(actor, id));
    }

    @GetMapping("/{id}/audit")
    @Operation(operationId = "auditTrail", summary = "审计记录", description = "谁在何时做了什么：每次修改（字段的 JSON 路径及修改前后的值）和每个审核步骤，按时间先后。")
    List<AuditEvent> audit(@Parameter(description = "评价编号") @PathVariable long id) {
        return workflow.audit(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/score")
    @Operation(operationId = "scoreEvaluation", summary = "评分", description = "按当前评分规则（财预〔2020〕10号）现算：总分、等级，各重点工作任务与各指标的分值、完成比例和得分。")
    EvaluationScore score(@Parameter(description = "评价编号") @PathVariable long id) {
        return scoring.assess(workflow.read(CurrentActor.get(), id).document()).score();
    }

    @GetMapping("/{id}/lint")
    @Operation(operationId = "lintEvaluation", summary = "检查指标质量", description = "现算的问题清单：通用指标、缺少效益指标、目标值偏低、金额不符等，每条有位置（JSON 路径）和修改建议。")
    List<Finding> lint(@Parameter(description = "评价编号") @PathVariable long id) {
        // as the workspace finds them: against last year and the goals approved for the year
        return workflow.assessment(CurrentActor.get(), id).findings();
    }

    @GetMapping(path = "/{id}/report.{format}", produces = MediaType.ALL_VALUE)
    @Operation(operationId = "renderReport", summary = "报告文件",
            description = "自评报告：docx（GB/T 9704 版式的 Word）、pdf（内嵌字体）、html（可打印的网页），或 xlsx（自评表，含公式）。"
                    + "附录中的得分按当前评分规则现算。未登录时只能取已公开评价的报告。")
    @ApiResponse(responseCode = "200", description = "报告文件，文件名为 单位-年度-绩效自评报告.扩展名", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/html", schema = @Schema(type = "string")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> report(@Parameter(description = "评价编号") @PathVariable long id,
            @Parameter(description = "格式", schema = @Schema(allowableValues = {"docx", "pdf", "html", "xlsx"}))
            @PathVariable String format) {
        ReportFormat wanted = ReportFormat.named(format).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "没有 " + format + " 格式的报告：可选 docx、pdf、html、xlsx"));
        EvaluationDocument document = workflow.read(CurrentActor.get(), id).document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(wanted.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ReportRenderer.fileName(document, wanted), StandardCharsets.UTF_8).build().toString())
                .body(reports.render(document, wanted).content());
    }

    @GetMapping("/{id}/monitoring")
    @Operation(operationId = "evaluationMonitoring", summary = "运行监控",
            description = "截至某月各重点工作任务的累计执行数、应达进度和预警（RED 严重滞后、YELLOW 滞后、GREEN 正常），及各指标的进度。")
    EvaluationMonitoring monitoring(@Parameter(description = "评价编号") @PathVariable long id,
            @Parameter(description = "月份 1–12；省略时为最近填报的月份") @RequestParam(required = false) Integer month) {
        return EvaluationMonitoring.of(monitoring.view(CurrentActor.get(), id, month));
    }

    private static EvaluationFilter filter(Integer year, String unit, List<EvaluationStatus> status, String q) {
        return new EvaluationFilter(null, year, unit, null, null, status, q);
    }
}
