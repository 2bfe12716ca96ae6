package org.jixiao.goals;

import java.time.Instant;
import java.util.Optional;
import org.jixiao.document.GoalSheet;

/**
 * The published copies of goal sheets, as signed at publication: the sheet exactly as published and its PDF signed
 * by the finance bureau. The publication module keeps them; the goals pages serve them without depending on it.
 */
public interface SignedSheets {

    /** Where the application keeps no signed copies (a test of the goals alone). */
    SignedSheets NONE = filingId -> Optional.empty();

    /** The published sheet's signed copy; one published before copies were kept is signed at this first asking. */
    Optional<SignedSheet> of(long filingId);

    /** The copy: the sheet as published, its signed PDF, the digest of the sheet and who published and signed it. */
    record SignedSheet(long filingId, GoalSheet sheet, Instant publishedAt, String publishedBy, String digest,
            String signer, String certificateFingerprint, boolean selfSigned, byte[] pdf) {
    }
}
