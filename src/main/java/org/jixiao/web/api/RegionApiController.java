package org.jixiao.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.analytics.DashboardQuery;
import org.jixiao.analytics.DashboardRow;
import org.jixiao.analytics.RegionDashboard;
import org.jixiao.document.Grade;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.RegionAccess;
import org.jixiao.monitoring.ExecutionMonitoring;
import org.jixiao.web.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The finance bureau's views of a region: the dashboard of a year and execution monitoring at a month. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "region", description = "全区视图（财政审核人看本区，管理员看任一区）：绩效看板、运行监控")
class RegionApiController {

    private final RegionDashboard dashboard;
    private final ExecutionMonitoring monitoring;
    private final Evaluations evaluations;

    RegionApiController(RegionDashboard dashboard, ExecutionMonitoring monitoring, Evaluations evaluations) {
        this.dashboard = dashboard;
        this.monitoring = monitoring;
        this.evaluations = evaluations;
    }

    @GetMapping("/dashboard")
    @Operation(operationId = "regionDashboard", summary = "绩效看板数据", description = "一个行政区划一个年度各单位的预算、执行、得分、等级、问题数与状态，及图表所用的汇总。")
    DashboardData dashboard(
            @Parameter(description = "行政区划；财政审核人省略时为本区，管理员省略时为第一个区") @RequestParam(required = false) String region,
            @Parameter(description = "年度；省略时为该区有评价的最近年度") @RequestParam(required = false) Integer year,
            @Parameter(description = "排序：unit、budget、rate、score、grade、findings、status") @RequestParam(required = false) String sort,
            @Parameter(description = "是否倒序") @RequestParam(defaultValue = "false") boolean desc,
            @Parameter(description = "只看此状态") @RequestParam(required = false) EvaluationStatus status,
            @Parameter(description = "只看此等级") @RequestParam(required = false) Grade grade,
            @Parameter(description = "单位名称中含有的文字") @RequestParam(required = false) String unit) {
        String scope = region(CurrentActor.get(), region, "绩效看板");
        List<Integer> years = dashboard.years(scope);
        int shown = year != null ? year : dashboard.latestYear(scope);
        DashboardQuery query = new DashboardQuery(scope, shown, sort, desc, status, grade, unit);
        List<DashboardRow> rows = dashboard.rows(query);
        return new DashboardData(scope, shown, years, rows, dashboard.summary(query).withUnitsOf(rows));
    }

    @GetMapping("/monitoring")
    @Operation(operationId = "regionMonitoring", summary = "全区运行监控", description = "某年某月末全区各单位重点工作任务的累计执行数、应达进度和预警，严重滞后（RED）的在前。")
    RegionMonitoring monitoring(
            @Parameter(description = "行政区划；财政审核人省略时为本区，管理员省略时为第一个区") @RequestParam(required = false) String region,
            @Parameter(description = "年度；省略时为该区有月度填报的最近年度") @RequestParam(required = false) Integer year,
            @Parameter(description = "月份 1–12；省略时为该年度最近填报的月份，未填报的往年为 12 月、今年为上个月") @RequestParam(required = false) Integer month) {
        Actor actor = CurrentActor.get();
        String scope = region(actor, region, "运行监控");
        int shownYear = year != null ? year : monitoring.latestYear(scope);
        int shownMonth = month != null ? month : monitoring.latestMonth(scope, shownYear);
        if (shownMonth < 1 || shownMonth > 12) {
            throw new IllegalArgumentException("参数 month 应为 1 至 12，实为 " + shownMonth);
        }
        return new RegionMonitoring(scope, shownYear, shownMonth, monitoring.rules().isReviewPoint(shownMonth),
                monitoring.region(actor, scope, shownYear, shownMonth));
    }

    /** The region asked for, else the reviewer's own or the administrator's first; refused where not theirs. */
    private String region(Actor actor, String requested, String view) {
        String region = requested != null && !requested.isBlank() ? requested.strip()
                : RegionAccess.defaultFor(actor, evaluations.regions());
        if (region == null) {
            throw new IllegalArgumentException("还没有任何单位：请用参数 region 指定行政区划");
        }
        if (!RegionAccess.canView(actor, region)) {
            throw new NotPermittedException("只有" + region + "的财政审核人和管理员可以查看该区的" + view);
        }
        return region;
    }
}
