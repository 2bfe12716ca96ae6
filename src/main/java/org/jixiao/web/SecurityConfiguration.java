package org.jixiao.web;

import java.time.Instant;
import org.jixiao.account.Accounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Form login against the accounts; CSRF protection on every form and htmx request; a new session id at login
 * (session fixation); lock-out after repeated failures; secure headers with a content security policy that
 * allows no inline script. What each role may open is decided here by URL and again, per evaluation, by
 * {@link org.jixiao.account.Permissions}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/public", "/public/**", "/login", "/error", "/css/**", "/js/**",
                                "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/dashboard/**").hasAnyRole("FINANCE_REVIEWER", "ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?loggedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return username -> accounts.find(username)
                .map(account -> new SignedInUser(account, Instant.now()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** Counts failed logins per account; the fifth in a row locks it (see Account). */
    @Bean
    LoginAttempts loginAttempts(Accounts accounts) {
        return new LoginAttempts(accounts);
    }

    static final class LoginAttempts {

        private final Accounts accounts;

        LoginAttempts(Accounts accounts) {
            this.accounts = accounts;
        }

        @EventListener
        void failed(AuthenticationFailureBadCredentialsEvent event) {
            accounts.loginFailed(event.getAuthentication().getName());
        }

        @EventListener
        void succeeded(AuthenticationSuccessEvent event) {
            accounts.loginSucceeded(event.getAuthentication().getName());
        }
    }
}
