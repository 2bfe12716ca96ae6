package org.jixiao.seal;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** The signer's name as people read it: the certificate's common name, else its whole subject. */
final class SignerNames {

    private SignerNames() {
    }

    static String of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        RDN[] names = subject.getRDNs(BCStyle.CN);
        return names.length > 0 ? IETFUtils.valueToString(names[0].getFirst().getValue()) : subject.toString();
    }
}
