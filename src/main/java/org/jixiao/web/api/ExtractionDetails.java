package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.extraction.ExtractionResult;
import org.jixiao.extraction.Origin;
import org.jixiao.extraction.ReadingSummary;

/** A report read into a document, with what the import page shows beside it: where each value was read, what not. */
@Schema(name = "ExtractionDetails", description = "读取自评报告的详细结果（POST /api/v1/extract?details=true）：评价文档，"
        + "读取所依据的原文，提示（金额不符 FUNDS_MISMATCH；无法确定而未填入的数字 UNCERTAIN_FIGURE，说明在原文第几行），"
        + "各项值读自原文的位置，以及读出和未读出的部分")
record ExtractionDetails(
        @Schema(description = "读出的评价文档，与不带 details 参数时的返回相同") EvaluationDocument document,
        @Schema(description = "读取所依据的原文：行以换行符分隔，PDF 各页的行前后相接；origins 的行号按此计数") String sourceText,
        @Schema(description = "提示：FUNDS_MISMATCH 金额不符；UNCERTAIN_FIGURE 原文中有数字无法确定如何读而未填入，"
                + "message 以“第 N 行：”或“第 P 页，第 N 行：”开头") List<Finding> warnings,
        @Schema(description = "各项值读自原文何处，键为评价文档中的 JSON 路径，如 funds.budget、keyTasks[0].indicators[2].actual；"
                + "按原文顺序；按 jixiao 自己的格式读取的报告没有位置，为空对象") Map<String, ValueOrigin> origins,
        @Schema(description = "读出的部分") List<ReportPart> found,
        @Schema(description = "未读出的部分（可能原文本来没有）") List<ReportPart> missing,
        @Schema(description = "一句话：读出 年度、单位名称……；未读出 执行率……（与 extract 命令读多份文件时所说相同）") String summary) {

    /** Where a value was read. */
    @Schema(name = "ValueOrigin", description = "一个值读自原文的位置")
    record ValueOrigin(
            @Schema(description = "sourceText 的第几行，从 1 起") int line,
            @Schema(description = "PDF 的第几页，从 1 起；其他格式省略") Integer page,
            @Schema(description = "值在该行中的起始列，从 0 起（按 UTF-16 字符计）") int start,
            @Schema(description = "值在该行中的结束列（不含）") int end) {

        static ValueOrigin of(Origin origin) {
            return new ValueOrigin(origin.line(), origin.page(), origin.start(), origin.end());
        }
    }

    /** A part of the report, found or not. */
    @Schema(name = "ReportPart", description = "报告的一个部分")
    record ReportPart(
            @Schema(description = "在评价文档中的 JSON 路径，如 funds.executionRate、keyTasks[].indicators[].actual") String path,
            @Schema(description = "中文名称，如 执行率、3 个指标的实际完成值") String label) {

        static List<ReportPart> of(List<ReadingSummary.Part> parts) {
            return parts.stream().map(p -> new ReportPart(p.path(), p.label())).toList();
        }
    }

    static ExtractionDetails of(ExtractionResult result) {
        EvaluationDocument document = result.document();
        ReadingSummary summary = ReadingSummary.of(document);
        Map<String, ValueOrigin> origins = new LinkedHashMap<>();
        result.origins().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Origin> e) -> e.getValue().line())
                        .thenComparing(e -> e.getValue().start()).thenComparing(Map.Entry::getKey))
                .forEach(e -> origins.put(e.getKey(), ValueOrigin.of(e.getValue())));
        return new ExtractionDetails(document, result.sourceText(), result.warnings(), origins,
                ReportPart.of(summary.found()), ReportPart.of(summary.missing()), summary.line(document));
    }
}
