package org.jixiao.account;

/** An account change that the rules refuse; the message says why, in Chinese. */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
