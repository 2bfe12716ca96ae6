package org.jixiao.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jixiao.document.DocumentDiff;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.evaluation.PublishedEvaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.seal.DocumentDigest;
import org.jixiao.seal.SealCheck;
import org.jixiao.seal.SealReport;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * A file someone downloaded, checked against what this installation published: a PDF must carry a sound signature
 * and be, byte for byte, the report signed at publication; a document's JSON must have the digest of a published
 * document, and where it does not but names the evaluation it came from, the fields where it differs are named.
 */
@Service
public class Verification {

    /** What checking found, in the words the public page and the API show. */
    public record Verdict(boolean pdf, boolean authentic, String summary, Long evaluationId, String unit,
            Integer fiscalYear, String publishedBy, Instant publishedAt, String signer, String certificateFingerprint,
            boolean selfSigned, String digest, List<DocumentDiff.Change> differences, List<String> problems) {

        public Verdict {
            differences = List.copyOf(differences);
            problems = List.copyOf(problems);
        }
    }

    private final PublishedReports reports;
    private final PublishedEvaluations published;
    private final PublicationKeys keys;

    Verification(PublishedReports reports, PublishedEvaluations published, PublicationKeys keys) {
        this.reports = reports;
        this.published = published;
        this.keys = keys;
    }

    /** The file's verdict; a file that is neither a PDF nor a document's JSON is refused (IllegalArgumentException). */
    @Transactional(readOnly = true)
    public Verdict check(byte[] content) {
        if (SealCheck.isPdf(content)) {
            return pdf(content);
        }
        return json(new String(content, StandardCharsets.UTF_8));
    }

    private Verdict pdf(byte[] content) {
        SealReport seal = SealCheck.check(content);
        List<String> problems = new ArrayList<>(seal.problems());
        Optional<PublishedReport> record = seal.publication() == null ? Optional.empty()
                : reports.latest(seal.publication().evaluationId());
        boolean sameFile = record.isPresent() && Arrays.equals(record.get().pdf(), content);
        if (seal.valid() && !sameFile) {
            problems.add("签名本身有效，但这不是本站公开的文件：签名证书为 " + seal.certificateFingerprint()
                    + "，本站的签名证书为 " + keys.key().fingerprint());
        }
        boolean authentic = seal.valid() && sameFile;
        String summary = authentic ? "这正是财政部门公开的报告，签名有效，公开后未被改动。"
                : !seal.signed() ? "这份 PDF 没有数字签名，无法证明它是财政部门公开的报告。"
                : "这份 PDF 不是财政部门公开的原件。";
        var p = seal.publication();
        return new Verdict(true, authentic, summary, p == null ? null : p.evaluationId(), p == null ? null : p.unit(),
                p == null ? null : p.fiscalYear(), p == null ? null : p.publishedBy(),
                p == null ? null : p.publishedAt(), seal.signer(), seal.certificateFingerprint(), seal.selfSigned(),
                p == null ? null : p.documentDigest(), List.of(), problems);
    }

    private Verdict json(String text) {
        JsonNode tree = DocumentJson.parseTree(text);
        EvaluationDocument copy = DocumentJson.read(text);
        String digest = DocumentDigest.of(copy, keys.key().profile());
        List<PublishedReport> matching = reports.withDigest(digest);
        if (!matching.isEmpty()) {
            PublishedReport record = matching.get(matching.size() - 1);
            return new Verdict(false, true, "这份文档与财政部门公开的评价内容完全一致。", record.evaluationId(),
                    name(copy), copy.fiscalYear(), record.publishedBy(), record.publishedAt(), record.signer(),
                    record.certificateFingerprint(), record.selfSigned(), digest, List.of(), List.of());
        }
        List<String> problems = new ArrayList<>();
        problems.add("本站公开的评价中没有与这份文档内容一致的（摘要 " + digest + "）");
        JsonNode named = tree.path(DocumentDigest.PUBLICATION).path("evaluation");
        List<DocumentDiff.Change> differences = List.of();
        if (named.canConvertToLong()) {
            Optional<StoredEvaluation> original = published.find(named.asLong());
            if (original.isPresent()) {
                differences = DocumentDiff.between(original.get().document(), copy);
                problems.add("与所标明的第 " + named.asLong() + " 号评价相比，有 " + differences.size() + " 处不同");
            }
        }
        return new Verdict(false, false, "这份文档不是财政部门公开的版本，或公开后被改动过。",
                named.canConvertToLong() ? named.asLong() : null, name(copy), copy.fiscalYear(), null, null, null, null,
                false, digest, differences, problems);
    }

    private static String name(EvaluationDocument document) {
        return document.department() == null ? null : document.department().name();
    }
}
