package org.jixiao.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.EvaluationStatus;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.publication.Publications;
import org.jixiao.publication.PublishedReport;
import org.jixiao.seal.DocumentDigest;
import org.springframework.stereotype.Component;

/**
 * The {@code publication} block a published evaluation's JSON carries (docs/document-format.md): which evaluation,
 * the digest of the document as published, who published it and when, who signed its PDF and where to get it. The
 * digest leaves the block out, so a copy's digest can be checked against it and against the signed PDF.
 */
@Component
class PublicationBlocks {

    private final Publications publications;

    PublicationBlocks(Publications publications) {
        this.publications = publications;
    }

    EvaluationDocument of(StoredEvaluation evaluation) {
        if (evaluation.status() != EvaluationStatus.PUBLISHED) {
            return evaluation.document();
        }
        return publications.facts(evaluation.id())
                .map(report -> evaluation.document().withExtension(DocumentDigest.PUBLICATION, block(report)))
                .orElse(evaluation.document());
    }

    private static Map<String, Object> block(PublishedReport report) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("evaluation", report.evaluationId());
        block.put("digest", report.documentDigest());
        block.put("publishedAt", report.publishedAt().toString());
        block.put("publishedBy", report.publishedBy());
        block.put("signer", report.signer());
        block.put("certificateFingerprint", report.certificateFingerprint());
        block.put("signedReport", "/public/reports/" + report.evaluationId() + "/report.pdf");
        return block;
    }
}
