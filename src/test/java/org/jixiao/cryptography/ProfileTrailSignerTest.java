package org.jixiao.cryptography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.seal.SealProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trail's seals under each profile, and the seals made before the profile was changed. */
class ProfileTrailSignerTest {

    @TempDir
    Path dir;

    private final byte[] head = "audit 1234 9f86d081884c7d65".getBytes(StandardCharsets.UTF_8);

    @Test
    void underGuomiSealsAreSm2WithSm3ByAKeyOfTheirOwnFile() {
        Path file = dir.resolve("trail-seal-key.pem");
        ProfileTrailSigner guomi = new ProfileTrailSigner(file, "SHA256withECDSA", SealProfile.GUOMI);

        byte[] signature = guomi.sign(head);

        assertThat(guomi.algorithm()).isEqualTo("SM3withSM2");
        assertThat(dir.resolve("trail-seal-key-sm2.pem")).exists();
        assertThat(file).doesNotExist();
        assertThat(guomi.verify(head, signature, "SM3withSM2", guomi.keyId())).isTrue();
        assertThat(guomi.verify("audit 1235".getBytes(StandardCharsets.UTF_8), signature, "SM3withSM2", guomi.keyId()))
                .isFalse();
    }

    @Test
    void sealsMadeBeforeTheProfileChangedAreCheckedWithTheirOwnKey() throws Exception {
        Path file = dir.resolve("trail-seal-key.pem");
        ProfileTrailSigner before = new ProfileTrailSigner(file, "SHA256withECDSA", SealProfile.INTERNATIONAL);
        byte[] earlier = before.sign(head);
        String earlierKey = before.keyId();

        ProfileTrailSigner after = new ProfileTrailSigner(file, "SHA256withECDSA", SealProfile.GUOMI);
        byte[] later = after.sign(head);

        assertThat(after.verify(head, earlier, "SHA256withECDSA", earlierKey)).isTrue();
        assertThat(after.verify(head, later, "SM3withSM2", after.keyId())).isTrue();
        assertThat(after.verify(head, earlier, "SM3withSM2", after.keyId())).as("an ECDSA signature passed off as SM2")
                .isFalse();

        Files.delete(file);
        assertThat(new ProfileTrailSigner(file, "SHA256withECDSA", SealProfile.GUOMI)
                .verify(head, earlier, "SHA256withECDSA", earlierKey)).as("its key file gone").isFalse();
    }
}
