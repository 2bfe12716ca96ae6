package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.StoredEvaluation;

/** Where an evaluation stands after a review step. */
@Schema(name = "EvaluationState", description = "审核步骤之后评价的状态")
record EvaluationState(
        @Schema(description = "评价编号") long id,
        @Schema(description = "审核状态") EvaluationStatus status,
        @Schema(description = "审核状态的中文名") String statusLabel,
        @Schema(description = "版本号：每次修改和审核步骤加一，即 GET 评价时的 ETag") long version) {

    static EvaluationState of(StoredEvaluation evaluation) {
        return new EvaluationState(evaluation.id(), evaluation.status(), evaluation.status().label(),
                evaluation.version());
    }
}
