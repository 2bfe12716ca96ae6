package org.jixiao.publication;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jixiao.account.SecretCipher;
import org.jixiao.seal.SealException;
import org.jixiao.seal.SealProfile;
import org.jixiao.seal.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key reports are signed with: the bureau's own, from the keystore the configuration names (read once, and
 * refused at the first publication with the reason where it cannot be read), or else one generated at the first
 * publication and kept in the database (sealed: {@link SecretCipher}), so that every server of an installation signs with the same key. A
 * generated key is self-signed and the log says so: readers will show its signature as valid but its signer as
 * unknown until the bureau installs a certificate its readers trust.
 */
@Component
class PublicationKeys implements ApplicationRunner {

    /** The password a generated key was stored under as a PKCS#12 keystore, before PEM: it guarded nothing. */
    private static final char[] STORED = "jixiao-publication".toCharArray();
    private static final String CONTEXT = "publication_key:1";
    private static final Logger log = LoggerFactory.getLogger(PublicationKeys.class);

    private final PublicationSettings settings;
    private final JdbcClient jdbc;
    private final SecretCipher secrets;
    private volatile SigningKey key;

    PublicationKeys(PublicationSettings settings, JdbcClient jdbc, SecretCipher secrets) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /**
     * At start-up, outside any publication's transaction: a key generated then is kept whatever becomes of it, and
     * one kept before sealing began, or under the other profile's cipher, is sealed again.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (!settings.hasKeystore()) {
            key();
            sealAgainIfOutdated();
        }
    }

    SigningKey key() {
        SigningKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = settings.hasKeystore() ? configured() : stored().orElseGet(this::generated);
                }
                current = key;
            }
        }
        return current;
    }

    String bureau() {
        return settings.bureauName();
    }

    private SigningKey configured() {
        Path file = Path.of(settings.keystore());
        char[] password = settings.keystorePassword() == null ? new char[0] : settings.keystorePassword().toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            SigningKey loaded = SigningKey.fromKeystore(in, password, settings.keyAlias());
            log.info("Reports are signed with {} ({}) from {}", loaded.signer(), loaded.profile(), file);
            return loaded;
        } catch (NoSuchFileException e) {
            throw new SealException("签名密钥库不存在：" + file + "（jixiao.publication.keystore）");
        } catch (IOException e) {
            throw new SealException("无法读取签名密钥库 " + file + "：" + e.getMessage(), e);
        }
    }

    private Optional<SigningKey> stored() {
        return storedKey().map(column -> read(opened(column)));
    }

    private Optional<byte[]> storedKey() {
        return jdbc.sql("SELECT keystore FROM publication_key WHERE id = 1").query(byte[].class).optional();
    }

    /** PEM, as a key is stored now; a PKCS#12 keystore, as one was stored before. */
    static SigningKey read(byte[] stored) {
        String text = new String(stored, StandardCharsets.US_ASCII);
        return text.startsWith("-----BEGIN") ? SigningKey.fromPem(text)
                : SigningKey.fromKeystore(new ByteArrayInputStream(stored), STORED, null);
    }

    /** The key's bytes from the column: sealed text, or the key itself where kept before sealing began. */
    private byte[] opened(byte[] column) {
        String text = new String(column, StandardCharsets.ISO_8859_1);
        return secrets.isSealed(text) ? secrets.open(text, CONTEXT) : column;
    }

    private byte[] sealed(byte[] key) {
        return secrets.seal(key, CONTEXT).getBytes(StandardCharsets.US_ASCII);
    }

    private void sealAgainIfOutdated() {
        storedKey().filter(column -> !secrets.isCurrent(new String(column, StandardCharsets.ISO_8859_1)))
                .ifPresent(column -> {
                    int sealed = jdbc.sql("UPDATE publication_key SET keystore = ? WHERE id = 1 AND keystore = ?")
                            .params(sealed(opened(column)), column).update();
                    if (sealed == 1) {
                        log.info("The generated publication key is sealed again under the current profile");
                    }
                });
    }

    private SigningKey generated() {
        SealProfile profile = SealProfile.named(settings.profile());
        SigningKey made = SigningKey.generate(settings.bureauName(), profile, Instant.now());
        try {
            jdbc.sql("INSERT INTO publication_key (id, created_at, profile, keystore) VALUES (1, ?, ?, ?)")
                    .params(Timestamp.from(Instant.now()), profile.name(),
                            sealed(made.toPem().getBytes(StandardCharsets.US_ASCII))).update();
        } catch (DuplicateKeyException e) {
            return stored().orElseThrow(); // another server generated it first: sign with that one
        }
        log.warn("No keystore configured (jixiao.publication.keystore): published reports are signed with a "
                + "generated self-signed key for {} ({}). Install the bureau's certificate for production.",
                settings.bureauName(), profile);
        return made;
    }
}
