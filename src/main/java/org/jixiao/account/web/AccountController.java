package org.jixiao.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.account.AccountException;
import org.jixiao.account.Accounts;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Everyone's own account: changing the password, also when it must be changed before anything else. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("policy")
    Object policy() {
        return accounts.policy();
    }

    @GetMapping("/account/password")
    String passwordForm(@RequestParam(required = false) String required, Model model) {
        if (required != null) {
            model.addAttribute("notice", "account.changeRequired");
        }
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam String current, @RequestParam String replacement,
            @RequestParam String repeated, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            if (!replacement.equals(repeated)) {
                throw new AccountException("两次输入的新密码不一致");
            }
            String username = CurrentActor.get().username();
            accounts.changePassword(username, current, replacement);
            signedInAgain(username, request, response);
            model.addAttribute("notice", "account.passwordChanged");
        } catch (AccountException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "account/password";
    }

    /** The session's login made anew from the account as it now is, so that it is no longer held to a change. */
    private void signedInAgain(String username, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser user = new SignedInUser(accounts.find(username).orElseThrow(), false);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
