package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Something wrong with a document: a format error, amounts that do not add up, or a weak indicator.
 *
 * @param code        stable code, e.g. FUNDS_MISMATCH (docs/scoring.md)
 * @param keyTask     index of the key task concerned, or null
 * @param keyTaskName its name
 * @param indicator   name of the indicator concerned, or null
 * @param path        JSON path of the field concerned, e.g. $.keyTasks[0].budget
 * @param message     what is wrong, in Chinese
 * @param suggestion  what to change, in Chinese; may be null
 */
public record Finding(String code, Severity severity, Integer keyTask, String keyTaskName, String indicator,
        String path, String message, String suggestion) {

    /** A finding about the document as a whole or one of its fields. */
    public static Finding at(String code, Severity severity, String path, String message, String suggestion) {
        return new Finding(code, severity, null, null, null, path, message, suggestion);
    }

    @JsonIgnore
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
