package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Something wrong with a document: a format error, amounts that do not add up, or a weak indicator.
 *
 * @param code        stable code: a {@link FindingCode}'s name, e.g. FUNDS_MISMATCH (docs/scoring.md)
 * @param keyTask     index of the key task concerned, or null
 * @param keyTaskName its name
 * @param indicator   name of the indicator concerned, or null
 * @param path        JSON path of the field concerned, e.g. $.keyTasks[0].budget
 * @param message     what is wrong, in Chinese
 * @param suggestion  what to change, in Chinese; may be null
 */
public record Finding(String code, Severity severity, Integer keyTask, String keyTaskName, String indicator,
        String path, String message, String suggestion) {

    /** A finding about a key task or one of its indicators. */
    public Finding(FindingCode code, Severity severity, Integer keyTask, String keyTaskName, String indicator,
            String path, String message, String suggestion) {
        this(code.name(), severity, keyTask, keyTaskName, indicator, path, message, suggestion);
    }

    /** A finding about the document as a whole or one of its fields. */
    public static Finding at(FindingCode code, Severity severity, String path, String message, String suggestion) {
        return new Finding(code.name(), severity, null, null, null, path, message, suggestion);
    }

    /** Whether it carries that code. */
    public boolean is(FindingCode other) {
        return other.name().equals(code);
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
