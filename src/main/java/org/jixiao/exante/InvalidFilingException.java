package org.jixiao.exante;

import java.util.Map;

/** A request's fields refused, each with a Chinese message saying what is wrong in it. */
public class InvalidFilingException extends IllegalArgumentException {

    private final Map<String, String> errors;

    public InvalidFilingException(Map<String, String> errors) {
        super(String.join("；", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    /** Message per field name of the form (projectName, fundings[1].amount …). */
    public Map<String, String> errors() {
        return errors;
    }
}
