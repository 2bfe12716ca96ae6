package org.jixiao.analytics.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.analytics.YearOverYear;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit across the years (figures, indicators, charts) and the report of two years side by side. */
@Controller
class HistoryController {

    private final YearOverYear years;

    HistoryController(YearOverYear years) {
        this.years = years;
    }

    @GetMapping("/units/{unitId}/history")
    String history(@PathVariable long unitId, @RequestParam(defaultValue = "DEPARTMENT_OVERALL") Kind kind,
            @RequestParam(defaultValue = "") String subject, Model model) {
        YearOverYear.History history = years.history(CurrentActor.get(), unitId, kind, subject);
        model.addAttribute("history", history);
        model.addAttribute("unitId", unitId);
        model.addAttribute("chartData", chartData(history));
        return "history";
    }

    @GetMapping("/units/{unitId}/compare")
    String compare(@PathVariable long unitId, @RequestParam long from, @RequestParam long to, Model model) {
        model.addAttribute("comparison", years.compare(CurrentActor.get(), from, to));
        model.addAttribute("unitId", unitId);
        return "compare";
    }

    /** The history's figures as JSON for the page's charts. */
    private static String chartData(YearOverYear.History history) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Integer> labels = history.years().stream().map(EvaluationSummary::fiscalYear).toList();
        data.put("years", labels);
        data.put("budget", history.years().stream().map(y -> number(y.budget())).toList());
        data.put("executed", history.years().stream().map(y -> number(y.executed())).toList());
        data.put("score", history.years().stream().map(y -> number(y.totalScore())).toList());
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (YearOverYear.IndicatorHistory indicator : history.indicators()) {
            boolean numeric = indicator.years().values().stream().anyMatch(y -> y.actualValue() != null || y.targetValue() != null);
            if (!numeric) {
                continue;
            }
            Map<String, Object> series = new LinkedHashMap<>();
            series.put("name", indicator.name());
            series.put("targets", labels.stream().map(y -> indicator.in(y) == null ? null : number(indicator.in(y).targetValue())).toList());
            series.put("actuals", labels.stream().map(y -> indicator.in(y) == null ? null : number(indicator.in(y).actualValue())).toList());
            indicators.add(series);
        }
        data.put("indicators", indicators);
        return ScriptJson.of(data);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
