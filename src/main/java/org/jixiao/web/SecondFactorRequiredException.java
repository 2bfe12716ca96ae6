package org.jixiao.web;

import org.springframework.security.authentication.AccountStatusException;

/** An account with a second factor tried HTTP Basic with its password alone, which cannot carry the code. */
public final class SecondFactorRequiredException extends AccountStatusException {

    SecondFactorRequiredException() {
        super("该账号已启用第二因素（动态口令），不能只凭密码通过 HTTP Basic 使用接口：请在网页登录（/login）后使用");
    }
}
