package org.jixiao.seal;

import java.time.Instant;
import java.util.List;

/**
 * What checking a PDF found: whether it is signed, whether the signature is sound and covers the whole file as it
 * is now (nothing added or changed after signing), who signed, with which certificate and profile, when, and the
 * publication the signed part names. {@code problems} says in the user's words what is wrong, empty where nothing.
 */
public record SealReport(boolean signed, boolean intact, boolean wholeFile, String signer,
        String certificateFingerprint, boolean selfSigned, Instant signedAt, SealProfile profile,
        Publication publication, List<String> problems) {

    public SealReport {
        problems = List.copyOf(problems);
    }

    /** Signed, sound, and nothing after the signature: the file is what was signed. */
    public boolean valid() {
        return signed && intact && wholeFile && problems.isEmpty();
    }
}
