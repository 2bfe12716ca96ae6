package org.jixiao.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jixiao.account.LoginRefusedException;
import org.jixiao.account.SecondFactors;
import org.jixiao.web.SecondFactorLogin;
import org.jixiao.web.SecondFactorPending;
import org.jixiao.web.SecurityRecorder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a login with a second factor: the authenticator app's code or a recovery code, each check
 * counted by the login throttle as a password is.
 */
@Controller
class SecondFactorLoginController {

    private final SecondFactors secondFactors;
    private final SecondFactorLogin login;
    private final SecurityRecorder log;

    SecondFactorLoginController(SecondFactors secondFactors, SecondFactorLogin login, SecurityRecorder log) {
        this.secondFactors = secondFactors;
        this.login = login;
        this.log = log;
    }

    @GetMapping(SecondFactorLogin.PAGE)
    String form() {
        return pending() == null ? "redirect:/" : "login-second-factor";
    }

    @PostMapping(SecondFactorLogin.PAGE)
    String check(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
            HttpServletResponse response) throws IOException, ServletException {
        SecondFactorPending pending = pending();
        if (pending == null) {
            return "redirect:/";
        }
        String username = pending.getName();
        String address = request.getRemoteAddr();
        SecondFactors.Check check;
        try {
            check = secondFactors.check(username, address, code);
        } catch (LoginRefusedException e) {
            log.secondFactor(username, address, "SECOND_FACTOR", false, e.getMessage());
            model.addAttribute("problem", e.getMessage());
            return "login-second-factor";
        }
        if (check == SecondFactors.Check.WRONG) {
            log.secondFactor(username, address, "SECOND_FACTOR", false, "动态口令或恢复码不正确");
            if (secondFactors.locked(username)) {
                log.secondFactor(username, address, "LOCK_OUT", true, "连续验证失败，已暂时锁定");
            }
            model.addAttribute("loginError", "secondFactor.wrong");
            return "login-second-factor";
        }
        log.secondFactor(username, address, check == SecondFactors.Check.RECOVERY_CODE ? "RECOVERY_CODE"
                : "SECOND_FACTOR", true, check == SecondFactors.Check.RECOVERY_CODE
                ? "已用恢复码，剩余 " + secondFactors.recoveryCodesLeft(username) + " 个" : null);
        login.complete(pending, request, response);
        return null;
    }

    private static SecondFactorPending pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending p ? p : null;
    }
}
