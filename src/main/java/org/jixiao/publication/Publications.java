package org.jixiao.publication;

import java.util.List;
import java.util.Optional;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.PublishedEvaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportRenderer;
import org.jixiao.review.EvaluationPublished;
import org.jixiao.seal.DocumentDigest;
import org.jixiao.seal.PdfSeal;
import org.jixiao.seal.Publication;
import org.jixiao.seal.SigningKey;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and serves the signed report of each publication. The report is rendered from the document as published,
 * its digest and the publication's facts go into the PDF, and the PDF is signed and kept as it is: the portal serves
 * those bytes, never a new rendering, so that what a reader downloads is what the bureau signed.
 */
@Service
public class Publications {

    static final String REASON = "公开绩效自评报告";
    /** Who published an evaluation made public before reports were signed: no one the records name. */
    static final String BEFORE_SIGNING = "（签名功能启用前公开）";

    private final Evaluations evaluations;
    private final PublishedEvaluations published;
    private final EvaluationScoring scoring;
    private final PublishedReports reports;
    private final PublicationKeys keys;

    Publications(Evaluations evaluations, PublishedEvaluations published, EvaluationScoring scoring,
            PublishedReports reports, PublicationKeys keys) {
        this.evaluations = evaluations;
        this.published = published;
        this.scoring = scoring;
        this.reports = reports;
        this.keys = keys;
    }

    /** In the publishing step's transaction: a report that cannot be signed fails the step, nothing published. */
    @EventListener
    void published(EvaluationPublished event) {
        StoredEvaluation evaluation = evaluations.find(event.evaluationId())
                .orElseThrow(() -> new EvaluationNotFoundException(event.evaluationId()));
        reports.add(sign(evaluation, event));
    }

    private PublishedReport sign(StoredEvaluation evaluation, EvaluationPublished event) {
        // the report as the portal showed it until now: its appendix scored by the rules of the day
        EvaluationDocument document = evaluation.document().withScore(scoring.assess(evaluation.document()).score());
        SigningKey key = keys.key();
        String digest = DocumentDigest.of(document, key.profile());
        String publishedBy = event.displayName() == null || event.displayName().isBlank() ? event.username()
                : event.displayName();
        byte[] unsigned = ReportRenderer.render(document, ReportFormat.PDF).content();
        Publication publication = new Publication(evaluation.id(), document.department() == null ? null
                : document.department().name(), document.fiscalYear(), digest, publishedBy, event.at(), keys.bureau());
        String location = document.department() == null ? null : document.department().region();
        byte[] signed = PdfSeal.sign(unsigned, key, publication, REASON, location);
        return new PublishedReport(evaluation.id(), evaluation.version(), event.at(), publishedBy, digest, key.signer(),
                key.fingerprint(), key.selfSigned(), signed);
    }

    /**
     * The signed report of a published evaluation, as the portal serves it. One made public before reports were
     * signed (or stored by {@code generate} or an upgrade without the publishing step) is signed at its first
     * download, dated when it last changed: signing them all at start-up would keep a large region's server from
     * starting for many minutes. No transaction: each statement stands alone, so that a report another server
     * signed at the same moment costs a refused insert and nothing more.
     */
    public Optional<PublishedReport> signedReport(long evaluationId) {
        Optional<PublishedReport> kept = reports.latest(evaluationId);
        if (kept.isPresent()) {
            return kept;
        }
        return published.find(evaluationId).map(evaluation -> {
            reports.addUnlessThere(sign(evaluation, new EvaluationPublished(evaluation.id(), BEFORE_SIGNING,
                    BEFORE_SIGNING, evaluation.updatedAt())));
            // another server may have signed it at the same moment: the one kept is the one served
            return reports.latest(evaluationId).orElseThrow();
        });
    }

    /** What the latest publication of an evaluation was (its PDF left out), as an export states it. */
    @Transactional(readOnly = true)
    public Optional<PublishedReport> facts(long evaluationId) {
        return reports.latestFacts(evaluationId);
    }

    /** The publications of the document a copy's digest names. */
    @Transactional(readOnly = true)
    public List<PublishedReport> withDigest(String digest) {
        return reports.withDigest(digest);
    }
}
