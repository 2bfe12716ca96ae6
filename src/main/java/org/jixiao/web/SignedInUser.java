package org.jixiao.web;

import java.util.Collection;
import java.util.List;
import org.jixiao.account.Account;
import org.jixiao.account.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in account as Spring Security holds it in the session: its actor and the ROLE_ authority. Locks are
 * not its business: {@link ThrottledLogin} refuses a locked login before the password is checked.
 */
public final class SignedInUser implements UserDetails {

    private final Actor actor;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean passwordChangeRequired;

    /** The account as it logs in; {@code passwordChangeRequired}: it must choose a new password before anything else. */
    public SignedInUser(Account account, boolean passwordChangeRequired) {
        this.actor = Actor.of(account);
        this.passwordHash = account.passwordHash();
        this.enabled = account.enabled();
        this.passwordChangeRequired = passwordChangeRequired;
    }

    /** The account, held to a new password only where it was given one to replace (its age aside). */
    SignedInUser(Account account) {
        this(account, account.mustChangePassword());
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
