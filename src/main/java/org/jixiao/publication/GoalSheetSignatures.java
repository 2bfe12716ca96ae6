package org.jixiao.publication;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jixiao.document.GoalSheet;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilingNotFoundException;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalSheetPublished;
import org.jixiao.goals.SignedSheets;
import org.jixiao.rendering.GoalSheetRenderer;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.seal.DocumentDigest;
import org.jixiao.seal.PdfSeal;
import org.jixiao.seal.Publication;
import org.jixiao.seal.SigningKey;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The signed copy of each goal sheet published with the budget, as {@link Publications} keeps each published
 * report's: the sheet as published, its form rendered as PDF with the sheet's digest and the publication's facts
 * inside, signed with the bureau's key and kept as it is. The pages serve those bytes; the verification page checks
 * a copy anyone holds against them.
 */
@Service
class GoalSheetSignatures implements SignedSheets {

    static final String REASON = "随预算公开绩效目标";

    private final PublishedGoalSheets copies;
    private final PublicationKeys keys;
    private final GoalFilings goals;

    GoalSheetSignatures(PublishedGoalSheets copies, PublicationKeys keys, GoalFilings goals) {
        this.copies = copies;
        this.keys = keys;
        this.goals = goals;
    }

    /** In the publishing step's transaction: a sheet that cannot be signed fails the step, nothing published. */
    @EventListener
    void published(GoalSheetPublished event) {
        copies.add(sign(event.filingId(), event.sheet(), event.publishedBy(), event.at()), event.version());
    }

    /**
     * The copy kept; a sheet published before copies were kept is signed at its first asking, dated when it last
     * changed. No transaction, as {@link Publications#signedReport}: another server's copy at the same moment wins.
     */
    @Override
    public Optional<SignedSheet> of(long filingId) {
        Optional<SignedSheet> kept = copies.of(filingId);
        if (kept.isPresent()) {
            return kept;
        }
        try {
            GoalFiling filing = goals.read(null, filingId); // as the public reads it: published, or none
            copies.addUnlessThere(sign(filing.id(), filing.sheet(), Publications.BEFORE_SIGNING, filing.updatedAt()),
                    filing.version());
        } catch (GoalFilingNotFoundException e) {
            return Optional.empty();
        }
        return copies.of(filingId);
    }

    private SignedSheet sign(long filingId, GoalSheet sheet, String publishedBy, Instant at) {
        SigningKey key = keys.key();
        String digest = DocumentDigest.of(sheet, key.profile());
        byte[] unsigned = GoalSheetRenderer.render(sheet, ReportFormat.PDF).content();
        String unit = sheet.department() == null ? null : sheet.department().name();
        Publication publication = new Publication(filingId, unit, sheet.fiscalYear(), digest, publishedBy, at,
                keys.bureau(), true);
        String location = sheet.department() == null ? null : sheet.department().region();
        byte[] signed = PdfSeal.sign(unsigned, key, publication, REASON, location);
        return new SignedSheet(filingId, sheet, at, publishedBy, digest, key.signer(), key.fingerprint(),
                key.selfSigned(), signed);
    }

    /** The copy kept, without signing one: what verifying a file compares it with. */
    Optional<SignedSheet> kept(long filingId) {
        return copies.of(filingId);
    }

    /** The published sheets with this digest. */
    List<SignedSheet> withDigest(String digest) {
        return copies.withDigest(digest);
    }
}
