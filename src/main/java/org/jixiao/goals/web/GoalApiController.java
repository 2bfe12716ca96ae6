package org.jixiao.goals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.GoalJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.InvalidDocumentException;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilingExistsException;
import org.jixiao.goals.GoalFilingNotFoundException;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalSheetRefusedException;
import org.jixiao.goals.GoalSummary;
import org.jixiao.web.ApiRefusal;
import org.jixiao.web.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 绩效目标申报表 through the API (docs/goals.md, "The API"): list, read as the sheet's JSON (format
 * jixiao/goals/v1), file or replace a draft from that JSON, and 送审. Who may is {@link GoalFilings}'s to ask of
 * GoalAccess, as for the pages: another unit's sheet, or another region's, is "not found".
 */
@RestController
@RequestMapping(path = "/api/v1/goals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "goals", description = "绩效目标申报表：列表、读取（jixiao/goals/v1）、新建或替换草稿、送审")
class GoalApiController {

    /** The status of the sheet read, beside its JSON. */
    static final String STATUS_HEADER = "X-Goal-Status";

    private final GoalFilings goals;

    GoalApiController(GoalFilings goals) {
        this.goals = goals;
    }

    /** A sheet's place in the workflow after a step: where to read it, its status and version. */
    record GoalSheetState(
            @Schema(description = "申报表编号") long id,
            @Schema(description = "单位·项目与年度") String title,
            @Schema(description = "审核状态：DRAFT、SUBMITTED、RETURNED、APPROVED、PUBLISHED") String status,
            @Schema(description = "版本号：替换时可作 If-Match") long version) {

        static GoalSheetState of(GoalFiling filing) {
            return new GoalSheetState(filing.id(), filing.sheet().title(), filing.status().name(), filing.version());
        }
    }

    @GetMapping
    @Operation(operationId = "listGoalSheets", summary = "列出可见的绩效目标申报表",
            description = "单位填报人看到本单位的申报表，财政审核人看到本区已提交的（待审核的在前），其他人和未登录时只列出已公开的。")
    List<GoalSummary> list(@Parameter(description = "预算年度，如 2027") @RequestParam(required = false) Integer year) {
        return goals.visible(CurrentActor.get(), year);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "readGoalSheet", summary = "读取一份绩效目标申报表（jixiao/goals/v1）",
            description = "与 /goals/{id}/report.json 下载的 JSON 相同：金额为精确小数（万元），中文不转义。ETag 为版本号，"
                    + STATUS_HEADER + " 为审核状态。未登录时只能读取已公开的申报表；他单位、他区的未公开申报表返回 404。")
    @ApiResponse(responseCode = "200", description = "绩效目标申报表", headers = {
            @Header(name = HttpHeaders.ETAG, description = "版本号，如 \"3\""),
            @Header(name = STATUS_HEADER, description = "审核状态，如 DRAFT")})
    ResponseEntity<GoalSheet> read(@Parameter(description = "申报表编号") @PathVariable long id) {
        GoalFiling filing = answered(() -> goals.read(CurrentActor.get(), id));
        return ResponseEntity.ok().eTag(String.valueOf(filing.version()))
                .header(STATUS_HEADER, filing.status().name()).body(filing.sheet());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "fileGoalSheet", summary = "新建绩效目标申报表（草稿）",
            description = "本单位填报人以一份申报表 JSON 新建本单位的草稿：kind、fiscalYear 和项目支出的 project 决定是哪一份，"
                    + "department 总是本单位。格式错误返回 400，errors 列出每处错误及其 JSON 路径，什么也不保存；"
                    + "本单位已有同年度、同类（同一项目）的申报表时返回 409，detail 给出其编号。",
            requestBody = @RequestBody(required = true,
                    description = "一份绩效目标申报表（jixiao/goals/v1）",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = GoalSheet.class))))
    @ApiResponse(responseCode = "201", description = "新建的草稿")
    ResponseEntity<GoalSheetState> file(InputStream body) {
        GoalFiling filed = answered(() -> {
            goals.mayFile(CurrentActor.get()); // the role before the body: a refusal says nothing of the format
            return goals.file(CurrentActor.get(), sheet(body));
        });
        return ResponseEntity.created(URI.create("/api/v1/goals/" + filed.id()))
                .eTag(String.valueOf(filed.version())).body(GoalSheetState.of(filed));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceGoalSheet", summary = "替换草稿或退回的申报表",
            description = "本单位填报人以申报表 JSON 替换草稿或退回修改的申报表；单位、年度、类型和项目名称保持申报时的。"
                    + "格式错误返回 400（errors 带 JSON 路径），什么也不保存；已提交、已审核、已公开的申报表返回 409；"
                    + "他单位的返回 404，本区审核人等无权修改的返回 403。",
            requestBody = @RequestBody(required = true,
                    description = "一份绩效目标申报表（jixiao/goals/v1）",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = GoalSheet.class))))
    GoalSheetState replace(@Parameter(description = "申报表编号") @PathVariable long id, InputStream body,
            @Parameter(description = "只替换这一版本（读取时 ETag 给出的版本号）：他人已改过时返回 409，什么也不保存")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return GoalSheetState.of(answered(() -> {
            // not found before anything is read of the body: another unit's sheet says nothing of its content
            long current = goals.read(CurrentActor.get(), id).version();
            GoalSheet sheet = sheet(body);
            return goals.save(CurrentActor.get(), id, ifMatch == null ? current : version(ifMatch), sheet);
        }));
    }

    @PostMapping("/{id}/submit")
    @Operation(operationId = "submitGoalSheet", summary = "送审",
            description = "本单位填报人提交草稿或退回修改的申报表，由本区财政审核人审核。缺少送审必填的内容（项目名称和实施期限、"
                    + "年度目标、年度资金、至少一个带年度指标值和设定依据的指标等）时返回 422，errors 列出每处及其 JSON 路径。")
    @ApiResponse(responseCode = "422", description = "缺少送审必填的内容：errors 列出每处及其 JSON 路径")
    GoalSheetState submit(@Parameter(description = "申报表编号") @PathVariable long id) {
        return GoalSheetState.of(answered(() -> goals.submit(CurrentActor.get(), id)));
    }

    /** The posted sheet, read as the format says; a broken one refused with where (DocumentSyntaxException: 400). */
    private static GoalSheet sheet(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(DocumentJson.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ApiRefusal(400, "请求体无法读取：" + e.getMessage(), List.of());
        }
        if (bytes.length > DocumentJson.MAX_BYTES) {
            throw new ApiRefusal(413, "请求体超过 " + (DocumentJson.MAX_BYTES >> 20) + " MB", List.of());
        }
        return GoalJson.read(new String(bytes, StandardCharsets.UTF_8));
    }

    private static long version(String ifMatch) {
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!tag.matches("\\d{1,18}")) {
            throw new ApiRefusal(400, "If-Match 应为读取时 ETag 给出的版本号，如 \"3\"，实为 " + ifMatch, List.of());
        }
        return Long.parseLong(tag);
    }

    /** The goals' refusals in the API's words: not found 404, exists 409, a sheet refused 422, a broken one 400. */
    private static <T> T answered(Supplier<T> call) {
        try {
            return call.get();
        } catch (GoalFilingNotFoundException e) {
            throw new ApiRefusal(404, e.getMessage(), List.of());
        } catch (GoalFilingExistsException e) {
            throw new ApiRefusal(409, e.getMessage() + "（已有申报表编号 " + e.existing() + "）", List.of());
        } catch (GoalSheetRefusedException e) {
            throw new ApiRefusal(422, e.getMessage(), e.findings());
        } catch (InvalidDocumentException e) {
            throw new ApiRefusal(400, "不是有效的绩效目标申报表：" + e.getMessage(), e.errors());
        }
    }
}
