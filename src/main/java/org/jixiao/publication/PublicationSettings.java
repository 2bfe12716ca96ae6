package org.jixiao.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jixiao.publication.*}: the bureau's keystore (a PKCS#12 file), its password and the key's alias; the name
 * a generated certificate carries; the profile (international or guomi) a generated key is made for.
 */
@ConfigurationProperties("jixiao.publication")
record PublicationSettings(String keystore, String keystorePassword, String keyAlias, String bureau, String profile) {

    static final String DEFAULT_BUREAU = "jixiao 演示财政部门";

    String bureauName() {
        return bureau == null || bureau.isBlank() ? DEFAULT_BUREAU : bureau.strip();
    }

    boolean hasKeystore() {
        return keystore != null && !keystore.isBlank();
    }
}
