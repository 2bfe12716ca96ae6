package org.jixiao.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.analytics.DashboardQuery;
import org.jixiao.analytics.DashboardRow;
import org.jixiao.analytics.RegionDashboard;
import org.jixiao.analytics.ResultsApplication;
import org.jixiao.document.Grade;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.RegionAccess;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.RegionScope;
import org.jixiao.web.TablePage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The finance bureau's dashboard of a region and year, and its Excel export. */
@Controller
class DashboardController {

    private final RegionDashboard dashboard;
    private final RegionScope regions;
    private final DashboardExport export;
    private final ResultsApplication results;

    DashboardController(RegionDashboard dashboard, RegionScope regions, DashboardExport export,
            ResultsApplication results) {
        this.dashboard = dashboard;
        this.results = results;
        this.regions = regions;
        this.export = export;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(required = false) EvaluationStatus status, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) String unit, @RequestParam(defaultValue = "1") int page, Model model) {
        String scope = regions.of(CurrentActor.get(), region);
        List<Integer> years = scope == null ? List.of() : dashboard.years(scope);
        int shown = year != null ? year : dashboard.latestYear(scope);
        DashboardQuery query = new DashboardQuery(scope, shown, sort, desc, status, grade, unit);
        // the figures and charts are of every row, added up by the database; the table shows a page of them, so
        // that a region of thousands of units is a page of tens of kilobytes (the Excel export has every row)
        RegionDashboard.Summary summary = dashboard.summary(query);
        TablePage<DashboardRow> table = TablePage.of(summary.evaluations(), page, TablePage.SIZE,
                (offset, limit) -> dashboard.rows(query, offset, limit));
        model.addAttribute("query", query);
        model.addAttribute("rows", table.rows());
        model.addAttribute("cycleLinks", RegionAccess.canViewUnitsOf(CurrentActor.get(), scope));
        model.addAttribute("page", table);
        model.addAttribute("summary", summary);
        model.addAttribute("regions", regions.choices(CurrentActor.get()));
        model.addAttribute("years", years);
        model.addAttribute("statuses", EvaluationStatus.values());
        model.addAttribute("grades", Grade.values());
        model.addAttribute("chartData", ChartData.of(summary.withUnitsOf(table.rows())));
        model.addAttribute("gaps", results.gaps(scope));
        return "dashboard";
    }

    @GetMapping("/dashboard.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String region, @RequestParam int year,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean desc,
            @RequestParam(required = false) EvaluationStatus status, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) String unit) {
        String scope = regions.of(CurrentActor.get(), region);
        List<DashboardRow> rows = dashboard.rows(new DashboardQuery(scope, year, sort, desc, status, grade, unit));
        // a region's name stored before invisible characters (U+202E …) were refused must not turn the file's name round
        String name = HiddenCharacters.strip(scope) + "-" + year + "-绩效看板.xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(export.workbook(rows));
    }

}
