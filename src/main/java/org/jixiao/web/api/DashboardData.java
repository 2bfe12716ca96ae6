package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jixiao.analytics.DashboardRow;
import org.jixiao.analytics.RegionDashboard;

/** The finance bureau's dashboard of a region and year: its rows and the figures of its charts. */
@Schema(name = "DashboardData", description = "绩效看板：一个行政区划一个年度各单位的预算、执行、得分、等级、问题数与状态，及汇总")
record DashboardData(
        @Schema(description = "行政区划") String region,
        @Schema(description = "年度") int year,
        @Schema(description = "该区有评价的年度，新的在前") List<Integer> years,
        @Schema(description = "各评价") List<DashboardRow> rows,
        @Schema(description = "汇总：平均分、预算与执行合计、各等级单位数、分数段分布、指标完成情况") RegionDashboard.Summary summary) {
}
