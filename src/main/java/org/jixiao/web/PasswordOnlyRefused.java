package org.jixiao.web;

import org.jixiao.account.SecondFactors;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The API's HTTP Basic: the password checked as at the pages, then refused where the account has a second factor,
 * since a Basic header has no place for a code. Such an account uses the API from its logged-in browser session.
 */
final class PasswordOnlyRefused implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SecondFactors secondFactors;
    private final SecurityRecorder log;

    PasswordOnlyRefused(AuthenticationProvider passwords, SecondFactors secondFactors, SecurityRecorder log) {
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.log = log;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication result = passwords.authenticate(authentication);
        if (result != null && secondFactors.enrolled(result.getName())) {
            SecondFactorRequiredException refused = new SecondFactorRequiredException();
            log.refused(authentication, "已启用动态口令，HTTP Basic 不能只凭密码登录");
            throw refused;
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
