package org.jixiao.exante;

/** A step the request's status does not allow, or a change made meanwhile by someone else; said in Chinese. */
public class ExAnteStepRefusedException extends RuntimeException {

    public ExAnteStepRefusedException(String message) {
        super(message);
    }
}
