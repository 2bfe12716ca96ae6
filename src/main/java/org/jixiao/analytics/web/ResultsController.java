package org.jixiao.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jixiao.analytics.ResultsApplication;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.evaluation.RegionAccess;
import org.jixiao.exante.ExAnteHistory;
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

/** 结果应用: the region's table of budget advice with reasons, and its Excel export. */
@Controller
class ResultsController {

    private final ResultsApplication results;
    private final RegionScope regions;
    private final ResultsExport export;

    ResultsController(ResultsApplication results, RegionScope regions, ResultsExport export) {
        this.results = results;
        this.regions = regions;
        this.export = export;
    }

    @GetMapping("/results")
    String table(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "1") int page, Model model) {
        String scope = regions.of(CurrentActor.get(), region);
        int shown = year != null ? year : results.latestYear(scope);
        // a page of the table (a province's region has thousands of lines); the Excel export has them all
        List<ResultsApplication.Line> lines = results.advice(scope, shown);
        TablePage<ResultsApplication.Line> table = TablePage.of(lines, page, TablePage.SIZE);
        model.addAttribute("summary", ResultsApplication.summary(lines));
        model.addAttribute("lines", table.rows());
        Map<Long, ExAnteHistory.Assessed> cited = results.exAnteCited(CurrentActor.get(), scope, shown, table.rows());
        model.addAttribute("exAnte", cited);
        model.addAttribute("exAnteMissing", results.exAnteMissing(CurrentActor.get(), scope, shown, table.rows(), cited));
        model.addAttribute("cycleLinks", RegionAccess.canViewUnitsOf(CurrentActor.get(), scope));
        model.addAttribute("page", table);
        model.addAttribute("rules", results.rules().byGrade());
        model.addAttribute("region", scope);
        model.addAttribute("regions", regions.choices(CurrentActor.get()));
        model.addAttribute("year", shown);
        model.addAttribute("inDepth", results.inDepthAdvice(scope));
        return "results";
    }

    @GetMapping("/results.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String region, @RequestParam int year) {
        String scope = regions.of(CurrentActor.get(), region);
        byte[] workbook = export.workbook(results.advice(scope, year));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(HiddenCharacters.strip(scope) + "-" + year + "-结果应用.xlsx", StandardCharsets.UTF_8)
                        .build().toString())
                .body(workbook);
    }

}
