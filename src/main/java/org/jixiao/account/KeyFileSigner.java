package org.jixiao.account;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs seals with a key pair kept in a file outside the database (jixiao.trail.key-file, PEM: the private key
 * as PKCS #8, the public one as X.509), made by the first seal where there is none, readable by its owner only.
 * Several servers on one database share the one file. Plain Java.
 */
public final class KeyFileSigner implements TrailSigner {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private final Path file;
    private final String algorithm;
    private final String curve;
    private final Provider provider;
    private KeyPair keys;

    /** @param algorithm a signature algorithm of the JDK over EC (…withECDSA, on P-256) or RSA (…withRSA) */
    public KeyFileSigner(Path file, String algorithm) {
        this(file, algorithm, "secp256r1", null);
    }

    /**
     * A signer whose algorithm another provider brings (SM3withSM2 on the curve sm2p256v1, from Bouncy Castle):
     * the provider is handed to each call, not installed in the JVM.
     */
    public KeyFileSigner(Path file, String algorithm, String curve, Provider provider) {
        this.file = file;
        this.algorithm = algorithm;
        this.curve = curve;
        this.provider = provider;
    }

    @Override
    public String algorithm() {
        return algorithm;
    }

    @Override
    public synchronized String keyId() {
        return keyId(keys(true).getPublic());
    }

    @Override
    public synchronized byte[] sign(byte[] message) {
        try {
            Signature signature = signature();
            signature.initSign(keys(true).getPrivate());
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("无法签署：" + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean verify(byte[] message, byte[] signed, String algorithm, String keyId) {
        PublicKey key = keys(false).getPublic();
        if (!this.algorithm.equals(algorithm) || !keyId(key).equals(keyId)) {
            return false;
        }
        try {
            Signature signature = signature();
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false; // a signature that does not even parse is no signature of this key
        }
    }

    private KeyPair keys(boolean makeIfMissing) {
        if (keys == null) {
            if (!makeIfMissing && !Files.exists(file)) {
                throw new IllegalStateException("封存密钥文件 " + file + " 不存在：无法验证封存签名（jixiao.trail.key-file）");
            }
            keys = read(KeyFiles.readOrMake(file, this::newPem));
        }
        return keys;
    }

    /** Whether the key's file is there: without it no seal of this key can be checked. */
    public boolean present() {
        return Files.exists(file);
    }

    private KeyPair read(String text) {
        try {
            Matcher blocks = PEM.matcher(text);
            byte[] privateKey = null;
            byte[] publicKey = null;
            while (blocks.find()) {
                byte[] der = Base64.getMimeDecoder().decode(blocks.group(2));
                if (blocks.group(1).equals("PRIVATE KEY")) {
                    privateKey = der;
                } else if (blocks.group(1).equals("PUBLIC KEY")) {
                    publicKey = der;
                }
            }
            if (privateKey == null || publicKey == null) {
                throw new IllegalStateException("封存密钥文件 " + file + " 中没有私钥和公钥");
            }
            KeyFactory factory = provider == null ? KeyFactory.getInstance(keyAlgorithm())
                    : KeyFactory.getInstance(keyAlgorithm(), provider);
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(publicKey)),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("封存密钥文件 " + file + " 无法读取为 " + keyAlgorithm() + " 密钥", e);
        }
    }

    /** A new pair as PEM: the private key as PKCS #8, the public one as X.509. */
    private String newPem() {
        try {
            KeyPairGenerator generator = provider == null ? KeyPairGenerator.getInstance(keyAlgorithm())
                    : KeyPairGenerator.getInstance(keyAlgorithm(), provider);
            if (keyAlgorithm().equals("EC")) {
                generator.initialize(new ECGenParameterSpec(curve));
            } else {
                generator.initialize(3072);
            }
            KeyPair pair = generator.generateKeyPair();
            return pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("无法生成 " + algorithm + " 的密钥", e);
        }
    }

    private String keyAlgorithm() {
        String upper = algorithm.toUpperCase(Locale.ROOT);
        return upper.endsWith("WITHECDSA") || upper.endsWith("WITHSM2") ? "EC" : algorithm.substring(upper.indexOf("WITH") + 4);
    }

    private Signature signature() throws GeneralSecurityException {
        return provider == null ? Signature.getInstance(algorithm) : Signature.getInstance(algorithm, provider);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(TrailLink.digest(key.getEncoded()), 0, 8);
    }
}
