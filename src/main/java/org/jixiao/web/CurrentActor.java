package org.jixiao.web;

import org.jixiao.account.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, or null for the public. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user.actor();
        }
        return null;
    }
}
