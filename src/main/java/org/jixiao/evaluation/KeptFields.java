package org.jixiao.evaluation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.document.DocumentJson;

/**
 * The fields of a document that format v1 does not know, stored as JSON beside the columns they travel
 * with, so that export gives back what import received.
 */
final class KeptFields {

    private KeptFields() {
    }

    static String write(Map<String, Object> fields) {
        return fields == null || fields.isEmpty() ? null : DocumentJson.compact(fields);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String json) {
        return json == null ? Map.of() : DocumentJson.fromCompact(json, LinkedHashMap.class);
    }

    /** Several objects' kept fields in one column, by a name per object. */
    static String writeGroups(Map<String, Map<String, Object>> groups) {
        Map<String, Object> nonEmpty = new LinkedHashMap<>();
        groups.forEach((name, fields) -> {
            if (fields != null && !fields.isEmpty()) {
                nonEmpty.put(name, fields);
            }
        });
        return write(nonEmpty);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> group(Map<String, Object> groups, String name) {
        Object fields = groups.get(name);
        return fields instanceof Map ? (Map<String, Object>) fields : Map.of();
    }
}
