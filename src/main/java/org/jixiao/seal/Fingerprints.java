package org.jixiao.seal;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

/** A certificate's fingerprint, the digest of its encoding in the profile's algorithm: {@code sha256:…}, {@code sm3:…}. */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(X509Certificate certificate, SealProfile profile) {
        try {
            return profile.prefix() + ":" + Crypto.hex(Crypto.digest(profile).digest(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new SealException("证书无法编码：" + e.getMessage(), e);
        }
    }
}
