package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;

/** 审核通过, with an optional remark for the audit trail. */
@Schema(name = "ApproveRequest", description = "审核通过：可附一句审核意见，记入审计记录")
record ApproveRequest(@Schema(description = "审核意见（可省略）") String comment) {
}
