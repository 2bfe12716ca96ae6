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
import org.jixiao.document.GoalJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.evaluation.PublishedEvaluations;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.goals.SignedSheets.SignedSheet;
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
            boolean selfSigned, String digest, List<DocumentDiff.Change> differences, List<String> problems,
            boolean goalSheet) {

        public Verdict {
            differences = List.copyOf(differences);
            problems = List.copyOf(problems);
        }

        Verdict(boolean pdf, boolean authentic, String summary, Long evaluationId, String unit, Integer fiscalYear,
                String publishedBy, Instant publishedAt, String signer, String certificateFingerprint,
                boolean selfSigned, String digest, List<DocumentDiff.Change> differences, List<String> problems) {
            this(pdf, authentic, summary, evaluationId, unit, fiscalYear, publishedBy, publishedAt, signer,
                    certificateFingerprint, selfSigned, digest, differences, problems, false);
        }

        /** Where the file's publication is read: its report, or its goal sheet. */
        public String link() {
            return evaluationId == null ? null
                    : (goalSheet ? "/public/goals/" : "/public/reports/") + evaluationId;
        }
    }

    private final PublishedReports reports;
    private final PublishedEvaluations published;
    private final PublicationKeys keys;
    private final GoalSheetSignatures sheets;

    Verification(PublishedReports reports, PublishedEvaluations published, PublicationKeys keys,
            GoalSheetSignatures sheets) {
        this.reports = reports;
        this.published = published;
        this.keys = keys;
        this.sheets = sheets;
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
        boolean goalSheet = seal.publication() != null && seal.publication().goalSheet();
        Optional<byte[]> kept = seal.publication() == null ? Optional.empty()
                : goalSheet ? sheets.kept(seal.publication().evaluationId()).map(SignedSheet::pdf)
                : reports.latest(seal.publication().evaluationId()).map(PublishedReport::pdf);
        boolean sameFile = kept.isPresent() && Arrays.equals(kept.get(), content);
        if (seal.valid() && !sameFile) {
            problems.add("签名本身有效，但这不是本站公开的文件：签名证书为 " + seal.certificateFingerprint()
                    + "，本站的签名证书为 " + keys.key().fingerprint());
        }
        boolean authentic = seal.valid() && sameFile;
        String what = goalSheet ? "绩效目标申报表" : "报告";
        String summary = authentic ? "这正是财政部门公开的" + what + "，签名有效，公开后未被改动。"
                : !seal.signed() ? "这份 PDF 没有数字签名，无法证明它是财政部门公开的" + what + "。"
                : "这份 PDF 不是财政部门公开的原件。";
        var p = seal.publication();
        return new Verdict(true, authentic, summary, p == null ? null : p.evaluationId(), p == null ? null : p.unit(),
                p == null ? null : p.fiscalYear(), p == null ? null : p.publishedBy(),
                p == null ? null : p.publishedAt(), seal.signer(), seal.certificateFingerprint(), seal.selfSigned(),
                p == null ? null : p.documentDigest(), List.of(), problems, goalSheet);
    }

    private Verdict json(String text) {
        JsonNode tree = DocumentJson.parseTree(text);
        JsonNode schema = tree.path("schema");
        if (schema.isString() && GoalSheet.SCHEMA.equals(schema.asString())) {
            return goalSheet(text);
        }
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

    /** A goal sheet's JSON: the same content as a sheet published, or none. */
    private Verdict goalSheet(String text) {
        GoalSheet copy = GoalJson.read(text);
        String digest = DocumentDigest.of(copy, keys.key().profile());
        String unit = copy.department() == null ? null : copy.department().name();
        List<SignedSheet> matching = sheets.withDigest(digest);
        if (!matching.isEmpty()) {
            SignedSheet record = matching.get(matching.size() - 1);
            return new Verdict(false, true, "这份绩效目标申报表与财政部门公开的内容完全一致。", record.filingId(), unit,
                    copy.fiscalYear(), record.publishedBy(), record.publishedAt(), record.signer(),
                    record.certificateFingerprint(), record.selfSigned(), digest, List.of(), List.of(), true);
        }
        return new Verdict(false, false, "这份绩效目标申报表不是财政部门公开的版本，或公开后被改动过。", null, unit,
                copy.fiscalYear(), null, null, null, null, false, digest, List.of(),
                List.of("本站公开的绩效目标中没有与这份申报表内容一致的（摘要 " + digest + "）"), true);
    }

    private static String name(EvaluationDocument document) {
        return document.department() == null ? null : document.department().name();
    }
}
