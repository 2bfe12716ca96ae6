package org.jixiao.account.web;

import jakarta.servlet.http.HttpSession;
import org.jixiao.web.LoginBusyException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; the login itself is Spring Security's. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        if (error != null) {
            Object last = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("loginError", last instanceof LockedException ? "login.locked"
                    : last instanceof LoginBusyException ? "login.busy" : "login.failed");
        }
        return "login";
    }
}
