package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jixiao.account.internal.Totp;
import org.jixiao.support.SettableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The second factor's storage on each database (H2 and PostgreSQL, in the classes that extend this one). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "jixiao.demo.enabled=false")
@Transactional
abstract class SecondFactorsContract {

    private static final String ADDRESS = "192.0.2.7";

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    SecretCipher secrets;

    private final TotpSecret secret = TotpSecret.random();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T08:00:10Z"));
    private SecondFactors factors;

    @BeforeEach
    void withAClockOfOurOwn() {
        factors = new SecondFactors(jdbc, passwords, throttle, clock, secrets);
        accounts.create("zhou", "周七", Role.FINANCE_REVIEWER, null, "荔湾区", "secret-pass-1");
    }

    private String codeIn(int steps) {
        return Totp.code(secret.bytes(), Totp.stepAt(clock.instant()) + steps);
    }

    @Test
    void enrollmentNeedsTheCurrentCodeAndGivesTenRecoveryCodesStoredAsHashes() {
        assertThatThrownBy(() -> factors.enroll("zhou", secret, codeIn(3))).hasMessageContaining("动态口令不正确");
        assertThat(factors.enrolled("zhou")).isFalse();

        List<String> codes = factors.enroll("zhou", secret, codeIn(0));

        assertThat(factors.enrolled("zhou")).isTrue();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        List<String> stored = jdbc.sql("SELECT code_hash FROM recovery_code").query(String.class).list();
        assertThat(stored).hasSize(10).allMatch(h -> h.startsWith("{bcrypt}")).doesNotContainAnyElementsOf(codes);
        assertThat(factors.recoveryCodesLeft("zhou")).isEqualTo(10);
    }

    @Test
    void aCodeIsTakenOnceAndOnlyWithinAStepOfNow() {
        factors.enroll("zhou", secret, codeIn(0));
        clock.advance(Duration.ofSeconds(60));

        assertThat(factors.check("zhou", ADDRESS, codeIn(5))).isEqualTo(SecondFactors.Check.WRONG);
        assertThat(factors.check("zhou", ADDRESS, codeIn(0))).isEqualTo(SecondFactors.Check.CODE);
        assertThat(factors.check("zhou", ADDRESS, codeIn(0))).as("replayed").isEqualTo(SecondFactors.Check.WRONG);
        assertThat(factors.check("zhou", ADDRESS, codeIn(-1))).as("older than the last taken")
                .isEqualTo(SecondFactors.Check.WRONG);
        assertThat(factors.check("zhou", ADDRESS, codeIn(1))).isEqualTo(SecondFactors.Check.CODE);
    }

    @Test
    void theSeedIsKeptSealedAndOpensOnlyOnItsOwnAccount() {
        factors.enroll("zhou", secret, codeIn(0));
        clock.advance(Duration.ofSeconds(30));

        String kept = jdbc.sql("SELECT secret FROM second_factor").query(String.class).single();
        assertThat(kept).startsWith("aes-gcm:").doesNotContain(secret.base32());
        accounts.create("wu", "吴八", Role.FINANCE_REVIEWER, null, "荔湾区", "secret-pass-2");
        jdbc.sql("""
                INSERT INTO second_factor (account_id, secret, last_step, enrolled_at)
                SELECT id, ?, 0, CURRENT_TIMESTAMP FROM app_user WHERE username = 'wu'""").param(kept).update();
        assertThatThrownBy(() -> factors.check("wu", ADDRESS, codeIn(0))).as("a seed copied onto another account")
                .hasMessageContaining("密文无法解开");
        assertThat(factors.check("zhou", ADDRESS, codeIn(0))).isEqualTo(SecondFactors.Check.CODE);
    }

    @Test
    void aSeedKeptPlainBeforeSealingStillWorksAndIsSealedAtTheNextStart() {
        factors.enroll("zhou", secret, codeIn(0));
        jdbc.sql("UPDATE second_factor SET secret = ?").param(secret.base32()).update(); // as kept before V69
        clock.advance(Duration.ofSeconds(30));
        assertThat(factors.check("zhou", ADDRESS, codeIn(0))).isEqualTo(SecondFactors.Check.CODE);

        assertThat(factors.sealKeptSecrets()).isEqualTo(1);
        assertThat(factors.sealKeptSecrets()).as("nothing left to seal").isZero();

        assertThat(jdbc.sql("SELECT secret FROM second_factor").query(String.class).single()).startsWith("aes-gcm:");
        clock.advance(Duration.ofSeconds(30));
        assertThat(factors.check("zhou", ADDRESS, codeIn(0))).isEqualTo(SecondFactors.Check.CODE);
    }

    @Test
    void theCodeOfEnrollmentCannotBeUsedToLogIn() {
        String code = codeIn(0);
        factors.enroll("zhou", secret, code);

        assertThat(factors.check("zhou", ADDRESS, code)).isEqualTo(SecondFactors.Check.WRONG);
    }

    @Test
    void aRecoveryCodeWorksOnceWhateverItsCaseOrDash() {
        List<String> codes = factors.enroll("zhou", secret, codeIn(0));

        assertThat(factors.check("zhou", ADDRESS, codes.get(3).toUpperCase().replace("-", " ")))
                .isEqualTo(SecondFactors.Check.RECOVERY_CODE);
        assertThat(factors.check("zhou", ADDRESS, codes.get(3))).isEqualTo(SecondFactors.Check.WRONG);
        assertThat(factors.recoveryCodesLeft("zhou")).isEqualTo(9);
    }

    @Test
    void wrongCodesLockAsWrongPasswordsDo() {
        factors.enroll("zhou", secret, codeIn(0));
        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 5; i++) {
            factors.check("zhou", ADDRESS, "000000".equals(codeIn(0)) ? "111111" : "000000");
        }

        assertThat(throttle.isLocked("zhou")).isTrue();
        assertThatThrownBy(() -> factors.check("zhou", ADDRESS, codeIn(0))).isInstanceOf(LoginRefusedException.class);
    }

    @Test
    void switchingOffNeedsACodeAndIsRefusedWhereTheRoleRequiresIt() {
        List<String> codes = factors.enroll("zhou", secret, codeIn(0));
        clock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> factors.switchOff("zhou", Role.FINANCE_REVIEWER, ADDRESS, "abcde-fghjk"))
                .hasMessageContaining("不正确");
        factors.requireFor(EnumSet.of(Role.FINANCE_REVIEWER));
        assertThatThrownBy(() -> factors.switchOff("zhou", Role.FINANCE_REVIEWER, ADDRESS, codes.get(0)))
                .hasMessageContaining("不能关闭");
        factors.requireFor(Set.of());

        factors.switchOff("zhou", Role.FINANCE_REVIEWER, ADDRESS, codes.get(0));

        assertThat(factors.enrolled("zhou")).isFalse();
        assertThat(factors.recoveryCodesLeft("zhou")).isZero();
    }

    @Test
    void theRolesThatMustUseItAndWhoIsMissingIt() {
        factors.requireFor(EnumSet.of(Role.ADMINISTRATOR, Role.FINANCE_REVIEWER));

        assertThat(factors.requiredRoles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.FINANCE_REVIEWER);
        assertThat(factors.missing("zhou", Role.FINANCE_REVIEWER)).isTrue();
        assertThat(factors.missing("zhou", Role.UNIT_EDITOR)).isFalse();

        factors.enroll("zhou", secret, codeIn(0));

        assertThat(factors.missing("zhou", Role.FINANCE_REVIEWER)).isFalse();
        factors.requireFor(EnumSet.of(Role.UNIT_EDITOR));
        assertThat(factors.requiredRoles()).containsExactly(Role.UNIT_EDITOR);
    }
}
