package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.jixiao.account.Accounts;
import org.jixiao.account.LoginThrottle;
import org.jixiao.account.SecondFactors;
import org.jixiao.web.api.ApiProblems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Form login against the accounts; CSRF protection on every form and htmx request; a new session id at login
 * (session fixation); lock-out after repeated failures; secure headers with a content security policy that
 * allows no inline script. What each role may open is decided here by URL and again, per evaluation, by
 * {@link org.jixiao.evaluation.EvaluationAccess} and {@link org.jixiao.evaluation.RegionAccess}. The REST API has a chain of its own, ahead of the pages'.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The REST API under /api/: the same accounts and roles, for API clients through HTTP Basic (checked on every
     * request, counted by the same lock-out, no session created) and for a browser through its logged-in session.
     * A Basic request needs no CSRF token (a cross-site page cannot send the header without CORS, which is not
     * allowed, and browsers are never asked for Basic credentials they could replay); a session's request does.
     * Refusals are problem details, never the login page. What a role may do with an evaluation is decided by
     * EvaluationAccess, as for the pages: the rules here only keep the anonymous to the published reports.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiProblems problems,
            AuthenticationProvider throttledLogin, SecondFactors secondFactors, SecurityRecorder log) throws Exception {
        http.securityMatcher("/api/**")
                // Basic carries a password and no code: an account with a second factor is refused (401, the reason)
                .authenticationManager(new ProviderManager(new PasswordOnlyRefused(throttledLogin, secondFactors, log)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/evaluations", "/api/v1/evaluations/export",
                                "/api/v1/evaluations/{id}", "/api/v1/evaluations/{id}/report.{format}",
                                "/api/v1/goals", "/api/v1/goals/{id}").permitAll()
                        .requestMatchers("/api/v1/dashboard", "/api/v1/monitoring")
                                .hasAnyRole("FINANCE_REVIEWER", "ADMINISTRATOR")
                        .anyRequest().access(SecurityConfiguration::signedIn))
                .httpBasic(basic -> basic.realmName("jixiao").authenticationEntryPoint(problems::authenticationRequired))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::cannotBeForged))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::authenticationRequired)
                        .accessDeniedHandler(problems::accessDenied))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /**
     * A request that a forged cross-site request cannot be: it carries Basic credentials, or it has no session
     * (so it is anonymous, and refused with 401 where it needs a login).
     */
    private static boolean cannotBeForged(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                || request.getSession(false) == null;
    }

    /**
     * Logged in completely: a {@link SignedInUser}, not a session that has shown its password but not yet its
     * second factor ({@link SecondFactorPending}), which {@code authenticated()} would let through.
     */
    private static AuthorizationDecision signedIn(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext request) {
        Authentication a = authentication.get();
        return new AuthorizationDecision(a != null && a.isAuthenticated() && a.getPrincipal() instanceof SignedInUser);
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecondFactorLogin secondFactorLogin) throws Exception {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/public", "/public/**", "/login", "/error", "/css/**", "/js/**",
                                "/webjars/**", "/favicon.ico", "/favicon.svg").permitAll()
                        // after the password, before the second factor: this page only (and the public ones, logout)
                        .requestMatchers(SecondFactorLogin.PAGE).hasAuthority(SecondFactorPending.AUTHORITY)
                        // the API's description: what it offers and how to log in is no secret
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                                .permitAll()
                        // 三员分立: the audit administrator reads the security log, the security administrator
                        // shares the account list (AccountAdministration says which accounts), the system
                        // administrator has the rest
                        .requestMatchers("/admin/security-log", "/admin/security-log.xlsx", "/admin/trail")
                                .hasRole("AUDIT_ADMINISTRATOR")
                        .requestMatchers("/admin/accounts", "/admin/accounts/**")
                                .hasAnyRole("ADMINISTRATOR", "SECURITY_ADMINISTRATOR")
                        .requestMatchers("/admin/second-factor").hasRole("SECURITY_ADMINISTRATOR")
                        .requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/dashboard/**").hasAnyRole("FINANCE_REVIEWER", "ADMINISTRATOR")
                        .anyRequest().access(SecurityConfiguration::signedIn))
                .formLogin(login -> login.loginPage("/login").successHandler(secondFactorLogin).permitAll())
                // a session waiting for its second factor is led back to the code page from any other
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) -> {
                    if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending) {
                        response.sendRedirect(request.getContextPath() + SecondFactorLogin.PAGE);
                    } else if (denied instanceof CsrfException) {
                        // a form from a page left open past its session: say so, rather than "not allowed"
                        request.setAttribute(ErrorDetails.REASON, "error.403.expired");
                        forbidden.handle(request, response, denied);
                    } else {
                        forbidden.handle(request, response, denied);
                    }
                }))
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
                .map(account -> new SignedInUser(account, accounts.passwordChangeRequired(account)))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The accounts' passwords, behind the throttle that counts failures and refuses locked logins. */
    @Bean
    AuthenticationProvider throttledLogin(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle,
            SecurityRecorder log) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(passwords);
        return new ThrottledLogin(checked, throttle, log);
    }
}
