package org.jixiao.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fields a document carries that format v1 does not know: kept, in order, and written back unchanged. */
final class Extensions {

    private Extensions() {
    }

    static Map<String, Object> copy(Map<String, Object> extensions) {
        if (extensions == null || extensions.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }
}
