package org.jixiao.account;

import java.time.Duration;

/** A login refused before its password was checked: locked after failures, or too many attempts at once. */
public class LoginRefusedException extends RuntimeException {

    private final LoginThrottle.Refusal refusal;

    LoginRefusedException(LoginThrottle.Refusal refusal, Duration lockTime) {
        super(refusal == LoginThrottle.Refusal.LOCKED
                ? "登录失败次数过多，已暂时锁定，请 " + lockTime.toMinutes() + " 分钟后再试"
                : "同时进行的登录过多，请稍后再试");
        this.refusal = refusal;
    }

    public LoginThrottle.Refusal refusal() {
        return refusal;
    }
}
