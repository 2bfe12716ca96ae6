package org.jixiao.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jixiao.account.Account;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A MockMvc request of a person logged in through the login page (a session), for tests outside this package. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(Account account) {
        return user(new SignedInUser(account));
    }
}
