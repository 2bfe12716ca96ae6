package org.jixiao.cryptography;

import java.nio.file.Path;
import java.util.Base64;
import org.jixiao.account.KeyFiles;
import org.jixiao.account.SecondFactors;
import org.jixiao.account.SecretCipher;
import org.jixiao.account.TrailSigner;
import org.jixiao.seal.SealProfile;
import org.jixiao.seal.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CryptographyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptographyConfiguration.class);

    @Bean
    SealProfile cryptoProfile(@Value("${jixiao.crypto.profile:international}") String profile) {
        return SealProfile.named(profile);
    }

    /**
     * The key that seals the secrets kept in the database, in a file outside it (jixiao.secrets.key-file), made at
     * the first start where there is none; every server of an installation must have the same file.
     */
    @Bean
    SecretCipher secretCipher(SealProfile profile,
            @Value("${jixiao.secrets.key-file:./data/secrets.key}") Path file) {
        String text = KeyFiles.readOrMake(file, () -> Base64.getEncoder().encodeToString(SecretBox.newKey()) + "\n");
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("密钥文件 " + file + " 不是 Base64 编码的密钥（jixiao.secrets.key-file）");
        }
        if (key.length != SecretBox.KEY_BYTES) {
            throw new IllegalStateException("密钥文件 " + file + " 中的密钥应为 " + SecretBox.KEY_BYTES + " 字节，实为 "
                    + key.length + "（jixiao.secrets.key-file）");
        }
        return new SealedSecrets(new SecretBox(profile, key));
    }

    /**
     * The trail's seals signed with the profile's algorithm, by a key in a file outside the database (a database
     * administrator who could read it could seal a rewritten chain); seals made under the other profile stay
     * checkable while its key file is kept.
     */
    @Bean
    TrailSigner trailSigner(SealProfile profile,
            @Value("${jixiao.trail.key-file:./data/trail-seal-key.pem}") Path file,
            @Value("${jixiao.trail.signature-algorithm:SHA256withECDSA}") String algorithm) {
        return new ProfileTrailSigner(file, algorithm, profile);
    }

    /** At start-up, the second factors' seeds kept plain or under the other profile are sealed again. */
    @Bean
    ApplicationRunner sealKeptSecrets(SecondFactors secondFactors) {
        return args -> {
            int sealed = secondFactors.sealKeptSecrets();
            if (sealed > 0) {
                log.info("Sealed {} second-factor seeds again under the current profile", sealed);
            }
        };
    }
}
