package org.jixiao.web;

import org.jixiao.account.LoginRefusedException;
import org.jixiao.account.LoginThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every login, the pages' form and the API's Basic alike, passes the throttle before its password is checked: a
 * locked account or address is refused without a check, and the outcome is counted. The client's address is the
 * request's, which is the real client's behind a proxy that forwards it (see {@code docs/deployment.md}).
 */
final class ThrottledLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final SecurityRecorder log;

    ThrottledLogin(AuthenticationProvider passwords, LoginThrottle throttle, SecurityRecorder log) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.log = log;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(authentication.getName(), addressOf(authentication));
        } catch (LoginRefusedException e) {
            log.refused(authentication, e.getMessage());
            throw e.refusal() == LoginThrottle.Refusal.LOCKED ? new LockedException(e.getMessage())
                    : new LoginBusyException(e.getMessage());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            attempt.succeeded();
            return result;
        } catch (BadCredentialsException e) {
            boolean locked = attempt.failed();
            log.failed(authentication, "用户名或密码不正确");
            if (locked) {
                log.locked(authentication);
            }
            throw e;
        } catch (AuthenticationException e) {
            attempt.abandoned(); // a disabled account: no guess was checked against it
            log.failed(authentication, e instanceof DisabledException ? "账号已停用" : e.getClass().getSimpleName());
            throw e;
        } catch (RuntimeException e) {
            attempt.abandoned(); // a database that failed: no guess was checked against it
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : "";
    }

}
