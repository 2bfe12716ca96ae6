package org.jixiao.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    void serversStartingAtOnceShareTheOneKeyTheFirstWrote() throws Exception {
        Path file = dir.resolve("shared.pem");
        int servers = 6;
        CyclicBarrier start = new CyclicBarrier(servers);
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        try {
            List<Future<String>> keyIds = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                keyIds.add(pool.submit(() -> {
                    KeyFileSigner signer = new KeyFileSigner(file, "SHA256withECDSA");
                    start.await();
                    return signer.keyId();
                }));
            }
            Set<String> distinct = new HashSet<>();
            for (Future<String> keyId : keyIds) {
                distinct.add(keyId.get());
            }
            assertThat(distinct).containsExactly(new KeyFileSigner(file, "SHA256withECDSA").keyId());
            try (var left = Files.list(dir)) {
                assertThat(left).containsExactly(file); // no temporary file stays behind
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anRsaKeyIsMadeWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "with".toUpperCase() is "WİTH"
        try {
            KeyFileSigner rsa = new KeyFileSigner(dir.resolve("tr.pem"), "SHA256withRSA");

            assertThat(rsa.verify(message, rsa.sign(message), "SHA256withRSA", rsa.keyId())).isTrue();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void withoutItsFileNoSealCanBeChecked() {
        KeyFileSigner missing = new KeyFileSigner(dir.resolve("gone.pem"), "SHA256withECDSA");

        assertThatThrownBy(() -> missing.verify(message, new byte[64], "SHA256withECDSA", "0011"))
                .hasMessageContaining("gone.pem").hasMessageContaining("不存在");
        assertThat(dir.resolve("gone.pem")).doesNotExist();
    }
}
