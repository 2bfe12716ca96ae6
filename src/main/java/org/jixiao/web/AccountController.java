package org.jixiao.web;

import org.jixiao.account.AccountException;
import org.jixiao.account.Accounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Everyone's own account: changing the password. */
@Controller
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String passwordForm() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String current, @RequestParam String replacement,
            @RequestParam String repeated, Model model) {
        try {
            if (!replacement.equals(repeated)) {
                throw new AccountException("两次输入的新密码不一致");
            }
            accounts.changePassword(CurrentActor.get().username(), current, replacement);
            model.addAttribute("notice", "account.passwordChanged");
        } catch (AccountException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "account/password";
    }
}
