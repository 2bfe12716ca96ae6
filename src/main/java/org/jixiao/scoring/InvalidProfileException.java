package org.jixiao.scoring;

/** A scoring profile that cannot be used: its message says which field (and file) is wrong, in Chinese. */
public class InvalidProfileException extends RuntimeException {

    public InvalidProfileException(String message) {
        super(message);
    }

    public InvalidProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
