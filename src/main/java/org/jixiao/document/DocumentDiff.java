package org.jixiao.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields that differ between two versions of a document, by JSON path, with their values as text (numbers by
 * value: 100 and 100.00 are one figure). A value that is not there on one side is null there. The review's audit
 * trail records a unit's changes with it, and a published report's check names where a copy differs.
 */
public final class DocumentDiff {

    /** Derived data: a change of score is not a change the unit made. */
    private static final Set<String> IGNORED = Set.of("$.score");

    private DocumentDiff() {
    }

    public record Change(String path, String before, String after) {
    }

    public static List<Change> between(EvaluationDocument before, EvaluationDocument after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            String a = old.get(path);
            String b = now.get(path);
            if (a == null ? b != null : !a.equals(b)) {
                changes.add(new Change(path, a, b));
            }
        }
        return changes;
    }

    /** Every leaf of the document by its path; empty for no document. */
    static Map<String, String> flatten(EvaluationDocument document) {
        Map<String, String> leaves = new LinkedHashMap<>();
        if (document != null) {
            flatten(DocumentJson.mapper().valueToTree(document), "$", leaves);
        }
        return leaves;
    }

    private static void flatten(JsonNode node, String path, Map<String, String> leaves) {
        if (IGNORED.contains(path)) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(field.getValue(), path + "." + field.getKey(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", leaves);
            }
        } else if (!node.isNull()) {
            leaves.put(path, node.isString() ? node.asString()
                    : node.isNumber() ? Decimals.plain(node.decimalValue()) : node.toString());
        }
    }
}
