package org.jixiao.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A new evaluation not begun, with what is wrong by field of the request ({@code year}, {@code kind},
 * {@code projectName}, {@code start}, {@code tasks}) and, where the unit has that evaluation already, its id.
 */
public class NewEvaluationRefusedException extends RuntimeException {

    private final transient Map<String, String> errors;
    private final Long existing;

    NewEvaluationRefusedException(Map<String, String> errors, Long existing) {
        super(errors.isEmpty() ? "未新建评价" : "未新建评价：" + errors.values().iterator().next()
                + (errors.size() > 1 ? "（另有 " + (errors.size() - 1) + " 处）" : ""));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors)); // in the order of the form
        this.existing = existing;
    }

    /** The errors by field, in the request's field names. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The evaluation of that unit, year, kind and project that exists already, or null. */
    public Long existing() {
        return existing;
    }
}
