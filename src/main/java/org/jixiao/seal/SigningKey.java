package org.jixiao.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key a finance bureau signs its published reports with, and its certificate chain: from a PKCS#12 keystore
 * its certificate authority issued, or generated here for a demo or a trial, self-signed (and said so, since no
 * reader trusts it until told to).
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, SealProfile profile, boolean selfSigned) {

    /** How long a generated key's certificate is valid. */
    static final Duration GENERATED_VALIDITY = Duration.ofDays(3650);

    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("签名证书链为空");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The signer as its certificate names it (CN, else the whole subject). */
    public String signer() {
        return SignerNames.of(certificate());
    }

    /** The certificate's fingerprint, which a bureau publishes so that readers can tell its key from another. */
    public String fingerprint() {
        return Fingerprints.of(certificate(), profile);
    }

    String signatureAlgorithm() {
        return profile.signatureAlgorithm(privateKey.getAlgorithm());
    }

    /**
     * The key of a PKCS#12 keystore: the entry {@code alias}, or the only key entry where alias is null. The profile
     * follows the key: an SM2 key seals with 国密, any other with the international profile.
     */
    public static SigningKey fromKeystore(InputStream p12, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", Crypto.PROVIDER);
            store.load(p12, password);
            String name = alias;
            if (name == null || name.isBlank()) {
                name = onlyKeyEntry(store);
            }
            if (!store.isKeyEntry(name)) {
                throw new SealException("密钥库中没有名为“" + name + "”的私钥");
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate c : store.getCertificateChain(name)) {
                chain.add((X509Certificate) c);
            }
            return of(key, chain);
        } catch (IOException e) {
            throw new SealException("无法读取密钥库（文件损坏或密码错误）：" + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SealException("无法读取密钥库中的签名密钥：" + e.getMessage(), e);
        }
    }

    /** The key with its chain; the profile follows the certificate, as {@link #fromKeystore} says. */
    private static SigningKey of(PrivateKey key, List<X509Certificate> chain) {
        X509Certificate first = chain.get(0);
        boolean selfSigned = chain.size() == 1 && first.getSubjectX500Principal().equals(first.getIssuerX500Principal());
        return new SigningKey(key, chain, profileOf(first), selfSigned);
    }

    /**
     * The key written by {@link #toPem}. A keystore's password-based encryption takes more than half a second to
     * write and as long to read; PEM is for a key kept where a password would protect nothing more (the database).
     */
    public static SigningKey fromPem(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            PrivateKey key = null;
            List<X509Certificate> chain = new ArrayList<>();
            for (Object block = parser.readObject(); block != null; block = parser.readObject()) {
                if (block instanceof PrivateKeyInfo info) {
                    key = new JcaPEMKeyConverter().setProvider(Crypto.PROVIDER).getPrivateKey(info);
                } else if (block instanceof X509CertificateHolder holder) {
                    chain.add(new JcaX509CertificateConverter().setProvider(Crypto.PROVIDER).getCertificate(holder));
                }
            }
            if (key == null || chain.isEmpty()) {
                throw new SealException("签名密钥不完整：缺少私钥或证书");
            }
            return of(key, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new SealException("无法读取签名密钥：" + e.getMessage(), e);
        }
    }

    /** This key and its certificates in PEM (PKCS #8, X.509), unencrypted: see {@link #fromPem}. */
    public String toPem() {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(new JcaPKCS8Generator(privateKey, null));
            for (X509Certificate certificate : chain) {
                pem.writeObject(certificate);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing the key as PEM failed", e);
        }
        return text.toString();
    }

    private static String onlyKeyEntry(KeyStore store) throws GeneralSecurityException {
        List<String> keys = new ArrayList<>();
        for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements();) {
            String a = aliases.nextElement();
            if (store.isKeyEntry(a)) {
                keys.add(a);
            }
        }
        if (keys.size() != 1) {
            throw new SealException("密钥库中有 " + keys.size() + " 个私钥，请在配置中指定别名");
        }
        return keys.get(0);
    }

    private static SealProfile profileOf(X509Certificate certificate) {
        String algorithm = certificate.getSigAlgName().toUpperCase(Locale.ROOT);
        return algorithm.contains("SM2") || algorithm.contains("SM3") ? SealProfile.GUOMI : SealProfile.INTERNATIONAL;
    }

    /**
     * A new key with a self-signed certificate for {@code organisation} (the bureau's name), valid for ten years from
     * {@code now}: for a demo or a trial until the bureau's own certificate is installed.
     */
    public static SigningKey generate(String organisation, SealProfile profile, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(profile.keyAlgorithm(), Crypto.PROVIDER);
            generator.initialize(new ECGenParameterSpec(profile.curve()), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, organisation + "（自签名演示证书）")
                    .addRDN(BCStyle.O, organisation).addRDN(BCStyle.C, "CN").build();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE), Date.from(now.minusSeconds(60)),
                    Date.from(now.plus(GENERATED_VALIDITY)), subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(Crypto.PROVIDER)
                    .getCertificate(builder.build(new JcaContentSignerBuilder(profile.signatureAlgorithm("EC"))
                            .setProvider(Crypto.PROVIDER).build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate), profile, true);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("generating a signing key failed", e);
        }
    }

    /** This key as a PKCS#12 keystore under {@code alias}, as a bureau's certificate authority issues one. */
    public void writeKeystore(OutputStream out, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", Crypto.PROVIDER);
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, password, chain.toArray(new Certificate[0]));
            store.store(out, password);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("writing the keystore failed", e);
        }
    }
}
