package org.jixiao.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
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
    private KeyPair keys;

    /** @param algorithm a signature algorithm of the JDK over EC (…withECDSA, on P-256) or RSA (…withRSA) */
    public KeyFileSigner(Path file, String algorithm) {
        this.file = file;
        this.algorithm = algorithm;
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
            Signature signature = Signature.getInstance(algorithm);
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
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false; // a signature that does not even parse is no signature of this key
        }
    }

    private KeyPair keys(boolean makeIfMissing) {
        if (keys == null) {
            if (Files.exists(file)) {
                keys = read();
            } else if (makeIfMissing) {
                keys = make();
            } else {
                throw new IllegalStateException("封存密钥文件 " + file + " 不存在：无法验证封存签名（jixiao.trail.key-file）");
            }
        }
        return keys;
    }

    private KeyPair read() {
        try {
            Matcher blocks = PEM.matcher(Files.readString(file, StandardCharsets.US_ASCII));
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
            KeyFactory factory = KeyFactory.getInstance(keyAlgorithm());
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(publicKey)),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取封存密钥文件 " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("封存密钥文件 " + file + " 无法读取为 " + keyAlgorithm() + " 密钥", e);
        }
    }

    /** Makes the pair and writes it, whole, to a file of the owner's alone; where another process made one first, that one is the key. */
    private KeyPair make() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm());
            if (keyAlgorithm().equals("EC")) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(3072);
            }
            KeyPair pair = generator.generateKeyPair();
            String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".trail-key", ".tmp");
            try {
                restrict(temporary);
                Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
                Files.createLink(file, temporary); // fails where another server's file came first, which is then the key
            } catch (FileAlreadyExistsException e) {
                // read below
            } catch (UnsupportedOperationException e) {
                Files.move(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入封存密钥文件 " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("无法生成 " + algorithm + " 的密钥", e);
        }
    }

    private String keyAlgorithm() {
        return algorithm.toUpperCase().endsWith("WITHECDSA") ? "EC" : algorithm.substring(algorithm.toUpperCase().indexOf("WITH") + 4);
    }

    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions protect it
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(TrailLink.digest(key.getEncoded()), 0, 8);
    }
}
