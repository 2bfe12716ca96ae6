package org.jixiao.account;

/** An action the actor's role or scope does not allow; the message says which, in Chinese. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
