package org.jixiao.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fields a document carries that format v1 does not know: kept and written back unchanged, in the order of
 * their names. (Jackson hands a record's unknown fields over in reverse order, so the source's order cannot
 * be kept; sorted, a document is written the same however often it is read and written.)
 */
final class Extensions {

    private Extensions() {
    }

    static Map<String, Object> copy(Map<String, Object> extensions) {
        if (extensions == null || extensions.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(extensions)));
    }
}
