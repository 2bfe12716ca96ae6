package org.jixiao.analytics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.analytics.RegionDashboard.Summary;
import org.jixiao.document.Grade;

/** The dashboard's chart figures as JSON for the page's script (no inline script: the CSP forbids it). */
final class ChartData {

    private ChartData() {
    }

    static String of(Summary summary) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> gradeLabels = new ArrayList<>();
        List<Integer> gradeCounts = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            gradeLabels.add(grade.label());
            gradeCounts.add(summary.grades().get(grade));
        }
        data.put("grades", Map.of("labels", gradeLabels, "counts", gradeCounts));
        data.put("scoreBands", Map.of("labels", List.of("<60", "60–70", "70–80", "80–90", "≥90"),
                "counts", summary.scoreBands()));
        // in no band and no grade: drawn apart, so that they are not read as 差
        data.put("notScorable", summary.notScorable());
        data.put("rates", Map.of("units", summary.units(), "values",
                summary.rates().stream().map(r -> r == null ? null : r.doubleValue()).toList()));
        data.put("completion", Map.of("met", summary.indicatorsMet(),
                "notMet", summary.indicators() - summary.indicatorsMet()));
        return ScriptJson.of(data);
    }
}
