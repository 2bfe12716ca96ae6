package org.jixiao.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Secrets sealed at rest: AES-GCM or SM4-GCM, bound to their context and their key, opened across profiles. */
class SecretBoxTest {

    private final byte[] key = SecretBox.newKey();
    private final byte[] seed = "JBSWY3DPEHPK3PXP0123".getBytes(StandardCharsets.US_ASCII);

    @Test
    void eachProfileSealsWithItsOwnCipherAndOpensWhatItSealed() {
        for (SealProfile profile : SealProfile.values()) {
            SecretBox box = new SecretBox(profile, key);
            String sealed = box.seal(seed, "second_factor:7");

            assertThat(sealed).startsWith(profile == SealProfile.GUOMI ? "sm4-gcm:" : "aes-gcm:");
            assertThat(box.open(sealed, "second_factor:7")).isEqualTo(seed);
            assertThat(box.seal(seed, "second_factor:7")).as("a fresh nonce each time").isNotEqualTo(sealed);
            assertThat(box.isCurrent(sealed)).isTrue();
            assertThat(SecretBox.isSealed(sealed)).isTrue();
        }
        assertThat(SecretBox.isSealed("JBSWY3DPEHPK3PXP")).as("a seed kept plain").isFalse();
    }

    @Test
    void underGuomiTheSecretIsSm4InGcmUnderAKeyDerivedWithHmacSm3() throws Exception {
        String sealed = new SecretBox(SealProfile.GUOMI, key).seal(seed, "publication_key:1");
        byte[] whole = Base64.getDecoder().decode(sealed.substring("sm4-gcm:".length()));

        // opened here as docs/security.md describes it, with Bouncy Castle alone
        Mac mac = Mac.getInstance("HMACSM3", SealProfile.provider());
        mac.init(new SecretKeySpec(key, "HMACSM3"));
        byte[] sm4Key = Arrays.copyOf(mac.doFinal("jixiao secrets sm4-gcm".getBytes(StandardCharsets.US_ASCII)), 16);
        Cipher sm4 = Cipher.getInstance("SM4/GCM/NoPadding", SealProfile.provider());
        sm4.init(Cipher.DECRYPT_MODE, new SecretKeySpec(sm4Key, "SM4"),
                new GCMParameterSpec(128, Arrays.copyOf(whole, 12)));
        sm4.updateAAD("publication_key:1".getBytes(StandardCharsets.UTF_8));

        assertThat(sm4.doFinal(whole, 12, whole.length - 12)).isEqualTo(seed);
    }

    @Test
    void aChangedByteAnotherContextOrAnotherKeyDoNotOpen() {
        SecretBox box = new SecretBox(SealProfile.GUOMI, key);
        String sealed = box.seal(seed, "second_factor:7");
        char[] changed = sealed.toCharArray();
        int at = changed.length - 5;
        changed[at] = changed[at] == 'A' ? 'B' : 'A';

        assertThatThrownBy(() -> box.open(new String(changed), "second_factor:7")).isInstanceOf(SealException.class)
                .hasMessageContaining("密文无法解开");
        assertThatThrownBy(() -> box.open(sealed, "second_factor:8")).hasMessageContaining("密文无法解开");
        assertThatThrownBy(() -> new SecretBox(SealProfile.GUOMI, SecretBox.newKey()).open(sealed, "second_factor:7"))
                .hasMessageContaining("密文无法解开");
        assertThatThrownBy(() -> box.open("sm4-gcm:%%%", "second_factor:7")).hasMessageContaining("不是 Base64");
        assertThatThrownBy(() -> box.open("JBSWY3DPEHPK3PXP", "second_factor:7")).hasMessageContaining("不是加密保存的密文");
    }

    @Test
    void aSecretSealedUnderTheOtherProfileStillOpensAndIsToBeSealedAgain() {
        SecretBox international = new SecretBox(SealProfile.INTERNATIONAL, key);
        SecretBox guomi = new SecretBox(SealProfile.GUOMI, key);
        String before = international.seal(seed, "second_factor:7");

        assertThat(guomi.open(before, "second_factor:7")).isEqualTo(seed);
        assertThat(guomi.isCurrent(before)).isFalse();
        assertThat(guomi.isCurrent(guomi.seal(seed, "second_factor:7"))).isTrue();
    }

    @Test
    void theKeptKeyMustBeWhole() {
        assertThatThrownBy(() -> new SecretBox(SealProfile.GUOMI, new byte[16])).hasMessageContaining("32 字节");
    }
}
