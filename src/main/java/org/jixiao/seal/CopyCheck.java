package org.jixiao.seal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.document.DocumentDiff;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import tools.jackson.databind.JsonNode;

/**
 * Checks a document's JSON someone holds against the report as the bureau signed it: its digest against the one
 * the signed PDF carries, and where they differ, which fields (against the document read back from that PDF by the
 * caller, since this package reads no report). A JSON alone can be checked only against the digest it carries
 * itself, which proves nothing of its publication: the report says so.
 */
public final class CopyCheck {

    /** What checking a copy found; {@code differences} empty where it is the document published. */
    public record CopyReport(String digest, String carriedDigest, Boolean matchesCarried, String publishedDigest,
            Boolean matchesPublished, List<DocumentDiff.Change> differences, List<String> problems) {

        public CopyReport {
            differences = List.copyOf(differences);
            problems = List.copyOf(problems);
        }

        /** The copy is what the signed report was published from. */
        public boolean valid() {
            return Boolean.TRUE.equals(matchesPublished) && problems.isEmpty();
        }
    }

    private CopyCheck() {
    }

    /**
     * The copy against a signed report: {@code signed} is what {@link SealCheck} found in the PDF, null for a copy
     * alone; {@code readBack} reads the document back from that PDF (null where it cannot), asked only where the copy
     * differs, since reading a report is the slow part.
     */
    public static CopyReport check(String json, SealReport signed, Supplier<EvaluationDocument> readBack) {
        JsonNode tree = DocumentJson.parseTree(json);
        EvaluationDocument copy = DocumentJson.read(json);
        String carried = carriedDigest(tree);
        SealProfile profile = profileFor(signed, carried);
        String digest = DocumentDigest.of(tree, profile);
        List<String> problems = new ArrayList<>();
        Boolean matchesCarried = carried == null ? null : carried.equals(digest);
        if (Boolean.FALSE.equals(matchesCarried)) {
            problems.add("文档内容与其自带的摘要不符：导出之后被改动过");
        }
        if (signed == null) {
            problems.add("未提供已签名的 PDF：只能核对文档自带的摘要，不能证明它是财政部门公开的版本");
            return new CopyReport(digest, carried, matchesCarried, null, null, List.of(), problems);
        }
        if (!signed.valid()) {
            problems.add("所对照的 PDF 签名无效：" + String.join("；", signed.problems()));
        }
        String published = signed.publication() == null ? null : signed.publication().documentDigest();
        if (published == null) {
            problems.add("所对照的 PDF 未记载所公开文档的摘要");
            return new CopyReport(digest, carried, matchesCarried, null, null, List.of(), problems);
        }
        boolean matches = published.equals(digest);
        List<DocumentDiff.Change> differences = List.of();
        if (!matches) {
            problems.add("文档与所公开的报告不一致");
            EvaluationDocument original = readBack.get();
            if (original != null) {
                differences = DocumentDiff.between(original, copy);
            }
        }
        return new CopyReport(digest, carried, matchesCarried, published, matches, differences, problems);
    }

    private static String carriedDigest(JsonNode tree) {
        JsonNode publication = tree.path(DocumentDigest.PUBLICATION).path("digest");
        return publication.isString() ? publication.asString() : null;
    }

    /** The digest's algorithm: the signed report's, else the one the copy's own digest names, else SHA-256. */
    private static SealProfile profileFor(SealReport signed, String carried) {
        String published = signed == null || signed.publication() == null ? null : signed.publication().documentDigest();
        SealProfile profile = DocumentDigest.profileOf(published != null ? published : carried);
        return profile != null ? profile : SealProfile.INTERNATIONAL;
    }
}
