package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jixiao.account.internal.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes an authenticator app shows, as RFC 6238 defines them, and which of them are accepted when. */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void theRfc6238VectorsOfSha1(long seconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

        assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
    }

    @Test
    void theCodeOfTheStepBeforeOrAfterIsAcceptedButNotTwoAway() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
    }

    @Test
    void aCodeTypedWithASpaceCountsButNotOneOfTheWrongLength() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, "287 082", now)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "94287082", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    }

    @Test
    void theSecretIsBase32WithoutPaddingAndReadBack() {
        TotpSecret secret = new TotpSecret(RFC_SECRET);

        assertThat(secret.base32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"); // RFC 4648's alphabet
        assertThat(TotpSecret.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(secret);
        assertThat(new TotpSecret(new byte[] {'f', 'o', 'o'}).base32()).isEqualTo("MZXW6"); // RFC 4648 10: MZXW6===
        TotpSecret random = TotpSecret.random();
        assertThat(random.bytes()).hasSize(20);
        assertThat(TotpSecret.fromBase32(random.base32())).isEqualTo(random);
        assertThat(random).isNotEqualTo(TotpSecret.random());
        assertThat(random.toString()).doesNotContain(random.base32());
    }

    @Test
    void theUriAuthenticatorAppsRead() {
        assertThat(new TotpSecret(RFC_SECRET).uri("wang.wu")).isEqualTo("otpauth://totp/jixiao:wang.wu"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=jixiao&digits=6&period=30");
    }
}
