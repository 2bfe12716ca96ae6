package org.jixiao.evaluation;

/** A workflow step or an edit that the evaluation's status does not allow, e.g. submitting an approved one. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
