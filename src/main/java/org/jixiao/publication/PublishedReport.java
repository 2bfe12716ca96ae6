package org.jixiao.publication;

import java.time.Instant;

/** A report as published: the PDF exactly as signed, the digest of its document, who published and who signed. */
public record PublishedReport(long evaluationId, long evaluationVersion, Instant publishedAt, String publishedBy,
        String documentDigest, String signer, String certificateFingerprint, boolean selfSigned, byte[] pdf) {
}
