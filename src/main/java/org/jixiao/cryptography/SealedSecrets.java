package org.jixiao.cryptography;

import org.jixiao.account.SecretCipher;
import org.jixiao.seal.SecretBox;

/** The account module's {@link SecretCipher} as the seal core's {@link SecretBox}. */
record SealedSecrets(SecretBox box) implements SecretCipher {

    @Override
    public String seal(byte[] secret, String context) {
        return box.seal(secret, context);
    }

    @Override
    public byte[] open(String sealed, String context) {
        return box.open(sealed, context);
    }

    @Override
    public boolean isSealed(String stored) {
        return SecretBox.isSealed(stored);
    }

    @Override
    public boolean isCurrent(String stored) {
        return box.isCurrent(stored);
    }
}
