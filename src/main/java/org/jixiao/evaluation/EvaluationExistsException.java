package org.jixiao.evaluation;

/**
 * A new evaluation that the unit has already: one per unit, year, kind and project (a department's evaluation of a
 * year, or a project's of that name). Says which one exists, so that the page can open it instead.
 */
public class EvaluationExistsException extends IllegalTransitionException {

    private final long existing;

    public EvaluationExistsException(String message, long existing) {
        super(message);
        this.existing = existing;
    }

    /** The id of the evaluation that exists. */
    public long existing() {
        return existing;
    }
}
