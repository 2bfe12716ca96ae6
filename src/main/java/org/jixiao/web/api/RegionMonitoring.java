package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jixiao.monitoring.ExecutionMonitoring.RegionTask;

/** 绩效运行监控 of a region: every key task of the year at the end of a month, reds first. */
@Schema(name = "RegionMonitoring", description = "全区的绩效运行监控：某年某月末各单位重点工作任务的执行与预警，严重滞后的在前")
record RegionMonitoring(
        @Schema(description = "行政区划") String region,
        @Schema(description = "年度") int year,
        @Schema(description = "月份（1–12）") int month,
        @Schema(description = "该月是否为评估点") boolean reviewPoint,
        @Schema(description = "各单位的重点工作任务") List<RegionTask> tasks) {
}
