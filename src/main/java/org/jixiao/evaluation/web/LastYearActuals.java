package org.jixiao.evaluation.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.FindingCode;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.scoring.IndicatorNames;

/**
 * Beside each target being set in the workspace, the unit's own actual value of last year for the same task and
 * indicator (else the one indicator of that name last year), and which annual targets the check found below it.
 */
final class LastYearActuals {

    private final Integer year;
    private final Map<String, Map<String, String>> byTask = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> below = new HashSet<>();

    private LastYearActuals(EvaluationDocument previous, List<Finding> findings) {
        this.year = previous == null ? null : previous.fiscalYear();
        if (previous != null) {
            Map<String, Integer> seen = new HashMap<>();
            for (KeyTask task : previous.keyTasks()) {
                Map<String, String> indicators = byTask.computeIfAbsent(IndicatorNames.normalize(task.name()),
                        t -> new HashMap<>());
                for (Indicator indicator : task.indicators()) {
                    if (indicator.actual() == null || indicator.actual().text() == null) {
                        continue;
                    }
                    String name = IndicatorNames.normalize(indicator.name());
                    indicators.putIfAbsent(name, indicator.actual().text());
                    byName.putIfAbsent(name, indicator.actual().text());
                    seen.merge(name, 1, Integer::sum);
                }
            }
            seen.forEach((name, count) -> {
                if (count > 1) {
                    byName.remove(name);
                }
            });
        }
        for (Finding finding : findings) {
            // the linter's finding of an annual target below (or, for a cost, above) last year's actual
            if (finding.is(FindingCode.TARGET_TOO_LOW) && finding.path() != null
                    && finding.path().endsWith(".annualTarget") && finding.message().contains("上年")) {
                below.add(finding.path());
            }
        }
    }

    static LastYearActuals of(EvaluationDocument previous, List<Finding> findings) {
        return new LastYearActuals(previous, findings);
    }

    public Integer year() {
        return year;
    }

    /** Last year's actual value of this task's indicator, as written then; null if none. */
    public String actual(String task, String indicator) {
        if (indicator == null || indicator.isBlank()) {
            return null;
        }
        String name = IndicatorNames.normalize(indicator);
        Map<String, String> sameTask = byTask.get(IndicatorNames.normalize(task));
        String found = sameTask == null ? null : sameTask.get(name);
        return found != null ? found : byName.get(name);
    }

    /** Whether the check found indicator {@code j} of task {@code i} set below last year's actual. */
    public boolean below(int task, int indicator) {
        return below.contains("$.keyTasks[" + task + "].indicators[" + indicator + "].annualTarget");
    }
}
