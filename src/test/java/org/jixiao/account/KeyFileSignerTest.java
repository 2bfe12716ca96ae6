package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seal key in its file: made once, readable by its owner only, read back; another key's signature fails. */
class KeyFileSignerTest {

    @TempDir
    Path dir;

    private final byte[] message = "记录链 audit 的链头".getBytes(StandardCharsets.UTF_8);

    @Test
    void theFirstSignatureMakesTheKeyWhichTheNextStartReadsBack() throws Exception {
        Path file = dir.resolve("keys/trail.pem");
        KeyFileSigner first = new KeyFileSigner(file, "SHA256withECDSA");
        byte[] signature = first.sign(message);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        KeyFileSigner again = new KeyFileSigner(file, "SHA256withECDSA");
        assertThat(again.keyId()).isEqualTo(first.keyId());
        assertThat(again.verify(message, signature, "SHA256withECDSA", first.keyId())).isTrue();
        assertThat(again.verify("别的内容".getBytes(StandardCharsets.UTF_8), signature, "SHA256withECDSA",
                first.keyId())).isFalse();
    }

    @Test
    void anotherKeysSignatureIsNoSignature() {
        KeyFileSigner mine = new KeyFileSigner(dir.resolve("mine.pem"), "SHA256withECDSA");
        String mineId = mine.keyId(); // makes the key
        KeyFileSigner theirs = new KeyFileSigner(dir.resolve("theirs.pem"), "SHA256withECDSA");
        byte[] signature = theirs.sign(message);

        assertThat(mine.verify(message, signature, "SHA256withECDSA", theirs.keyId())).isFalse();
        assertThat(mine.verify(message, signature, "SHA256withECDSA", mineId)).isFalse();
    }

    @Test
    void theAlgorithmIsAParameter() {
        KeyFileSigner rsa = new KeyFileSigner(dir.resolve("rsa.pem"), "SHA256withRSA");

        assertThat(rsa.verify(message, rsa.sign(message), "SHA256withRSA", rsa.keyId())).isTrue();
    }

    @Test
    void withoutItsFileNoSealCanBeChecked() {
        KeyFileSigner missing = new KeyFileSigner(dir.resolve("gone.pem"), "SHA256withECDSA");

        assertThatThrownBy(() -> missing.verify(message, new byte[64], "SHA256withECDSA", "0011"))
                .hasMessageContaining("gone.pem").hasMessageContaining("不存在");
        assertThat(dir.resolve("gone.pem")).doesNotExist();
    }
}
