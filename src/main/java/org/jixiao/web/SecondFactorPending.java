package org.jixiao.web;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A session whose password was right but whose second factor is still to come: its only authority opens the code
 * page, and its principal is a name, not a {@link SignedInUser}, so that no page, API call or gate takes it for
 * a login. It holds the password's authentication, which becomes the session's once the code is right.
 */
public final class SecondFactorPending extends AbstractAuthenticationToken {

    static final String AUTHORITY = "ROLE_SECOND_FACTOR_PENDING";

    private final Authentication passwordChecked;

    SecondFactorPending(Authentication passwordChecked) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.passwordChecked = passwordChecked;
        setDetails(passwordChecked.getDetails());
        setAuthenticated(true);
    }

    /** The login as the password made it, to be the session's once the second factor is shown. */
    Authentication passwordChecked() {
        return passwordChecked;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    /** The name, so that the session is found (and ended) by its account's name as any other. */
    @Override
    public Object getPrincipal() {
        return passwordChecked.getName();
    }
}
