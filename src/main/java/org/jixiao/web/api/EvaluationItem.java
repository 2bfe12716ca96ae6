package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.jixiao.document.Decimals;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.EvaluationSummary;

/** One evaluation in a list, without its content. */
@Schema(name = "EvaluationItem", description = "评价列表中的一项（不含正文；正文用 GET /api/v1/evaluations/{id} 读取）")
record EvaluationItem(
        @Schema(description = "评价编号") long id,
        @Schema(description = "单位编号") long unitId,
        @Schema(description = "单位名称") String unitName,
        @Schema(description = "行政区划") String region,
        @Schema(description = "年度") int fiscalYear,
        @Schema(description = "部门整体支出自评（DEPARTMENT_OVERALL）或项目支出自评（PROJECT）") Kind kind,
        @Schema(description = "项目名称（仅项目支出自评）") String subject,
        @Schema(description = "标题：单位名称，项目支出自评另加项目名称") String title,
        @Schema(description = "审核状态") EvaluationStatus status,
        @Schema(description = "审核状态的中文名：草稿、已提交、退回、已审核、已公开") String statusLabel,
        @Schema(description = "全年预算数（万元）") BigDecimal budget,
        @Schema(description = "全年执行数（万元）") BigDecimal executed,
        @Schema(description = "执行率（%）") BigDecimal executionRate,
        @Schema(description = "重点工作任务数") int keyTasks,
        @Schema(description = "绩效指标数") int indicators,
        @Schema(description = "按当前评分规则的总分（保存时计算）；无法评分时为 null") BigDecimal totalScore,
        @Schema(description = "等级：EXCELLENT 优、GOOD 良、FAIR 中、POOR 差；无法评分时为 null") String grade,
        @Schema(description = "无法评分的原因：NO_KEY_TASKS 没有重点工作任务，NO_INDICATORS 重点工作任务均无绩效指标，NO_ACTUALS 绩效指标尚未填写实际完成值；可以评分时为 null")
        String notScorable,
        @Schema(description = "原文自述的自评得分（单位自评得分）") BigDecimal statedTotal,
        @Schema(description = "原文自述的等级") String statedGrade,
        @Schema(description = "最后修改时间") Instant updatedAt) {

    static EvaluationItem of(EvaluationSummary s) {
        return new EvaluationItem(s.id(), s.unitId(), s.unitName(), s.region(), s.fiscalYear(), s.kind(), s.subject(),
                s.title(), s.status(), s.status().label(), s.budget(), s.executed(), s.executionRate(), s.keyTasks(),
                s.indicators(), Decimals.canonical(s.totalScore()), s.grade(), s.notScorable(), s.statedTotal(),
                s.statedGrade(), s.updatedAt());
    }
}
