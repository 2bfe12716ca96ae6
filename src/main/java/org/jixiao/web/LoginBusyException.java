package org.jixiao.web;

import org.springframework.security.core.AuthenticationException;

/** Too many logins of one account or address being checked at once: try again in a moment; nothing was counted. */
public final class LoginBusyException extends AuthenticationException {

    LoginBusyException(String message) {
        super(message);
    }
}
