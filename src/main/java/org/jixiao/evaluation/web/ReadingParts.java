package org.jixiao.evaluation.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.Kind;
import org.jixiao.extraction.ReadingSummary;

/**
 * The parts of a report the reader found and did not find ({@link ReadingSummary}), as the import page names them
 * in the user's language: each part by a message key, with the count its label gives (“3 个指标的实际完成值”); a part
 * without a key is shown by the reader's own (Chinese) label.
 */
final class ReadingParts {

    /** A part as the page shows it: its message key (or null), the count the message takes, the reader's label. */
    record Item(String key, Integer count, String label) {
    }

    private static final Pattern COUNTED = Pattern.compile("^(\\d+) ");
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("fiscalYear", "fiscalYear"),
            Map.entry("department.name", "unitName"), Map.entry("department.parent", "parent"),
            Map.entry("keyTasks[0].name", "projectName"), Map.entry("functions", "functions"),
            Map.entry("funds.budget", "budget"), Map.entry("funds.executed", "executed"),
            Map.entry("funds.executionRate", "executionRate"), Map.entry("goals", "goals"),
            Map.entry("keyTasks", "keyTasks"), Map.entry("keyTasks[].indicators", "indicators"),
            Map.entry("keyTasks[].indicators[].annualTarget", "targets"),
            Map.entry("keyTasks[].indicators[].actual", "actuals"), Map.entry("statedScore", "statedScore"),
            Map.entry("problems", "problems"), Map.entry("measures", "measures"));
    /** Where a project's form names a part otherwise (实施单位, 年度总体目标). */
    private static final Map<String, String> PROJECT_KEYS = Map.of("department.name", "implementingUnit",
            "goals", "annualGoal");

    private ReadingParts() {
    }

    static List<Item> of(List<ReadingSummary.Part> parts, Kind kind) {
        return parts.stream().map(part -> item(part, kind)).toList();
    }

    private static Item item(ReadingSummary.Part part, Kind kind) {
        String key = kind == Kind.PROJECT ? PROJECT_KEYS.getOrDefault(part.path(), KEYS.get(part.path()))
                : KEYS.get(part.path());
        if (key == null) {
            return new Item(null, null, part.label());
        }
        Matcher counted = COUNTED.matcher(part.label());
        if (counted.find()) {
            return new Item("imports.part." + key + "Of", Integer.valueOf(counted.group(1)), part.label());
        }
        return new Item("imports.part." + key, null, part.label());
    }
}
