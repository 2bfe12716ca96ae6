package org.jixiao.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.analytics.ResultsApplication;
import org.jixiao.rendering.TableWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;

    ResultsController(ResultsApplication results, RegionScope regions, MessageSource messages) {
        this.results = results;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/results")
    String table(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "1") int page, Model model) {
        String scope = regions.of(CurrentActor.get(), region);
        int shown = year != null ? year : java.time.Year.now().getValue() - 1;
        // a page of the table (a province's region has thousands of lines); the Excel export has them all
        List<ResultsApplication.Line> lines = results.advice(scope, shown);
        TablePage<ResultsApplication.Line> table = TablePage.of(lines, page, DashboardController.PAGE_SIZE);
        model.addAttribute("summary", ResultsApplication.summary(lines));
        model.addAttribute("lines", table.rows());
        model.addAttribute("page", table);
        model.addAttribute("rules", results.rules().byGrade());
        model.addAttribute("region", scope);
        model.addAttribute("regions", regions.choices(CurrentActor.get(), scope));
        model.addAttribute("year", shown);
        return "results";
    }

    @GetMapping("/results.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) String region, @RequestParam int year) {
        String scope = regions.of(CurrentActor.get(), region);
        List<List<Object>> rows = new ArrayList<>();
        for (ResultsApplication.Line line : results.advice(scope, year)) {
            rows.add(List.of(line.row().title(), line.row().budget() == null ? "" : line.row().budget(),
                    line.row().totalScore(), line.advice().grade().label(), line.advice().action().label(),
                    line.advice().advisedBudget() == null ? "" : line.advice().advisedBudget(), line.advice().reason()));
        }
        List<String> headers = List.of("col.unit", "col.budget", "dashboard.score", "dashboard.grade", "results.action",
                "results.advised", "results.reason").stream()
                .map(key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale())).toList();
        byte[] workbook = TableWorkbook.write(messages.getMessage("results.title", null, LocaleContextHolder.getLocale()),
                headers, rows);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(scope + "-" + year + "-结果应用.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

}
