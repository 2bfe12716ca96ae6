package org.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jixiao.seal.SealProfile;
import org.jixiao.seal.SigningKey;
import org.junit.jupiter.api.Test;

/**
 * The generated key as the database keeps it: PEM, read in a millisecond at each start; and a key an earlier
 * version stored as a PKCS#12 keystore still read, so that an upgraded installation signs with the key it had.
 */
class StoredKeyTest {

    private final SigningKey generated = SigningKey.generate("示例区财政局", SealProfile.INTERNATIONAL, Instant.now());

    @Test
    void aKeyStoredAsPemIsReadBack() {
        SigningKey read = PublicationKeys.read(generated.toPem().getBytes(StandardCharsets.US_ASCII));

        assertThat(read.fingerprint()).isEqualTo(generated.fingerprint());
        assertThat(read.privateKey()).isEqualTo(generated.privateKey());
    }

    @Test
    void aKeyStoredAsAKeystoreBeforeIsReadBack() {
        ByteArrayOutputStream keystore = new ByteArrayOutputStream();
        generated.writeKeystore(keystore, "jixiao-publication".toCharArray(), "publication");

        SigningKey read = PublicationKeys.read(keystore.toByteArray());

        assertThat(read.fingerprint()).isEqualTo(generated.fingerprint());
        assertThat(read.privateKey()).isEqualTo(generated.privateKey());
    }
}
