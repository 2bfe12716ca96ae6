package org.jixiao.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** BCrypt, stored with its {bcrypt} prefix so that a stronger scheme can be introduced later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginLimits loginLimits(
            @Value("${jixiao.login.failures-per-account-and-address:5}") int accountFromAddress,
            @Value("${jixiao.login.failures-per-address:20}") int address,
            @Value("${jixiao.login.failures-per-account:100}") int account,
            @Value("${jixiao.login.lock-time:15m}") Duration lockTime) {
        return new LoginLimits(accountFromAddress, address, account, lockTime, lockTime);
    }

    @Bean
    PasswordPolicy passwordPolicy(
            @Value("${jixiao.password.min-length:10}") int minLength,
            @Value("${jixiao.password.character-kinds:3}") int characterKinds,
            @Value("${jixiao.password.history:5}") int history,
            @Value("${jixiao.password.max-age:90d}") Duration maxAge) {
        return new PasswordPolicy(minLength, characterKinds, history, maxAge);
    }

    @Bean
    LoginThrottle loginThrottle(JdbcClient jdbc, LoginLimits limits) {
        return new LoginThrottle(jdbc, limits, Clock.systemUTC(), Duration.ofSeconds(3));
    }

    @Bean
    SecondFactors secondFactors(JdbcClient jdbc, PasswordEncoder passwords, LoginThrottle throttle,
            SecretCipher secrets) {
        return new SecondFactors(jdbc, passwords, throttle, Clock.systemUTC(), secrets);
    }
}
