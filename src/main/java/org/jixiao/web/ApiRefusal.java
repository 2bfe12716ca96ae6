package org.jixiao.web;

import java.util.List;
import org.jixiao.document.Finding;

/**
 * A request an API endpoint outside the web module refuses, with the HTTP status and the findings (each with its
 * JSON path) the problem it answers with carries: how a feature's own API says 404, 409 or 422 in the API's words
 * without the web module knowing the feature's exceptions.
 */
public class ApiRefusal extends RuntimeException {

    private final int status;
    private final List<Finding> errors;

    public ApiRefusal(int status, String detail, List<Finding> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<Finding> errors() {
        return errors;
    }
}
