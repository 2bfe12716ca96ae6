package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** 退回: the reviewer's comments, by section of the report. */
@Schema(name = "ReturnRequest", description = "退回评价：按章节写的审核意见，至少一条")
record ReturnRequest(
        @Schema(description = "各章节的意见。键为章节：general 总体意见、functions 部门职能、funds 收支情况、goals 绩效目标、"
                + "keyTasks 重点工作任务及绩效指标、conclusion 自评结论、achievements 主要工作成效、problems 存在的主要问题、"
                + "measures 下一步改进措施", example = "{\"funds\": \"请说明结转结余的原因\"}") Map<String, String> comments) {
}
