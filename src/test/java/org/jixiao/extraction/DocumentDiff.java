package org.jixiao.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import tools.jackson.databind.JsonNode;

/**
 * Two documents compared as their JSON, field by field: every difference named by its JSON path
 * ({@code $.keyTasks[0].indicators[2].annualTarget.value}) with the value expected and the value found. Numbers
 * are compared by value (100 and 100.00 are one amount); a field that is null and one that is absent are the same.
 */
final class DocumentDiff {

    private DocumentDiff() {
    }

    static List<String> of(EvaluationDocument expected, EvaluationDocument actual) {
        List<String> differences = new ArrayList<>();
        compare("$", tree(expected), tree(actual), differences);
        return differences;
    }

    private static JsonNode tree(EvaluationDocument document) {
        return DocumentJson.parseTree(DocumentJson.write(document));
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        boolean expectedMissing = expected == null || expected.isNull() || expected.isMissingNode();
        boolean actualMissing = actual == null || actual.isNull() || actual.isMissingNode();
        if (expectedMissing || actualMissing) {
            if (expectedMissing != actualMissing) {
                differences.add(path + ": expected " + shown(expected) + ", got " + shown(actual));
            }
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            expected.propertyNames().forEach(names::add);
            actual.propertyNames().forEach(names::add);
            for (String name : names) {
                compare(path + "." + name, expected.get(name), actual.get(name), differences);
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": expected " + expected.size() + " entries, got " + actual.size());
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                differences.add(path + ": expected " + expected + ", got " + actual);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + shown(expected) + ", got " + shown(actual));
        }
    }

    private static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "(absent)";
        }
        String text = node.toString();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
