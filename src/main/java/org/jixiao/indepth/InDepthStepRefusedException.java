package org.jixiao.indepth;

/** A step or change the evaluation's status does not allow, or bad input for it; the message says which, in Chinese. */
public class InDepthStepRefusedException extends RuntimeException {

    public InDepthStepRefusedException(String message) {
        super(message);
    }
}
