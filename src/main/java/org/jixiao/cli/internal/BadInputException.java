package org.jixiao.cli.internal;

/** Input the command cannot use; its message is the one line printed on stderr (exit code 2). */
public class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
