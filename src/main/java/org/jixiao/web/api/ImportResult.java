package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jixiao.evaluation.ImportedEvaluation;
import org.jixiao.evaluation.StoredEvaluation;

/** What an import did with one document, as the {@code import} command reports it. */
@Schema(name = "ImportResult", description = "导入一份文档的结果")
record ImportResult(
        @Schema(description = "评价编号") long id,
        @Schema(description = "标题：单位名称，项目支出自评另加项目名称") String title,
        @Schema(description = "年度") int fiscalYear,
        @Schema(description = "created：新建草稿；revised：修改了已有的草稿或退回的评价",
                allowableValues = {"created", "revised"}) String action) {

    static ImportResult created(StoredEvaluation evaluation) {
        return new ImportResult(evaluation.id(), evaluation.document().title(), evaluation.document().fiscalYear(),
                "created");
    }

    static ImportResult of(ImportedEvaluation imported) {
        return new ImportResult(imported.id(), imported.title(), imported.fiscalYear(),
                imported.created() ? "created" : "revised");
    }
}
