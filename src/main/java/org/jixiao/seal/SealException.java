package org.jixiao.seal;

/** A file or key that cannot be sealed or checked, with what is wrong in the user's words (Chinese). */
public class SealException extends RuntimeException {

    public SealException(String message) {
        super(message);
    }

    public SealException(String message, Throwable cause) {
        super(message, cause);
    }
}
