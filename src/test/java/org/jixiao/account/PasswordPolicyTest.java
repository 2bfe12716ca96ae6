package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.DEFAULT;

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            wang     | Short-1             | 至少 10 个字符
            wang     | password12          | 至少 3 种
            wang     | allsmallletters     | 至少 3 种
            wang     | 1234567890123       | 至少 3 种
            wang     | MyPassword-2024     | 常见的弱密码（如 password）
            wang     | Qwerty-Street-9     | 常见的弱密码（如 qwerty）
            zhangsan | ZhangSan-2024!      | 不能含有用户名
            wang     | secret-pass-1       |
            wang     | Lu-Shan-7-Falls     |
            wang     | 荔湾-2024-妇联-年度    | 至少 3 种
            """)
    void whatAPasswordMustBe(String username, String password, String problem) {
        if (problem == null) {
            assertThat(policy.problem(username, password)).isNull();
        } else {
            assertThat(policy.problem(username, password)).contains(problem);
        }
    }

    @Test
    void generatedPasswordsAlwaysMeetThePolicy() {
        // "wang" is short enough to turn up by chance in a random password (it did: Gp76ASxVwaNG4Exb)
        IntStream.range(0, 5000).mapToObj(i -> Accounts.generatePassword(policy, "wang"))
                .forEach(password -> assertThat(policy.problem("wang", password)).as(password).isNull());
    }

    @Test
    void aPasswordExpiresAfterItsMaximumAgeUnlessThatIsZero() {
        Instant set = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(policy.expired(set, set.plus(Duration.ofDays(89)))).isFalse();
        assertThat(policy.expired(set, set.plus(Duration.ofDays(91)))).isTrue();
        assertThat(new PasswordPolicy(10, 3, 5, Duration.ZERO).expired(set, set.plus(Duration.ofDays(9999)))).isFalse();
    }
}
