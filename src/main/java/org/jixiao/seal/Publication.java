package org.jixiao.seal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a signed PDF says of its publication, inside what the signature covers: which evaluation (or which goal
 * sheet), of which unit and year, the digest of the document it was rendered from, who published it and when, for
 * which finance bureau.
 *
 * @param evaluationId the evaluation published; the goal sheet's filing where {@code goalSheet}
 * @param goalSheet a 绩效目标申报表 published with the budget (docs/goals.md), not a self-evaluation's report
 */
public record Publication(long evaluationId, String unit, Integer fiscalYear, String documentDigest,
        String publishedBy, Instant publishedAt, String bureau, boolean goalSheet) {

    private static final String PREFIX = "Jixiao";

    /** A self-evaluation's report. */
    public Publication(long evaluationId, String unit, Integer fiscalYear, String documentDigest, String publishedBy,
            Instant publishedAt, String bureau) {
        this(evaluationId, unit, fiscalYear, documentDigest, publishedBy, publishedAt, bureau, false);
    }

    /** The entries of the PDF's document information that carry it. */
    Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(PREFIX + (goalSheet ? "GoalSheet" : "Evaluation"), Long.toString(evaluationId));
        put(entries, "Unit", unit);
        put(entries, "Year", fiscalYear == null ? null : fiscalYear.toString());
        put(entries, "Digest", documentDigest);
        put(entries, "PublishedBy", publishedBy);
        put(entries, "PublishedAt", publishedAt == null ? null : publishedAt.toString());
        put(entries, "Bureau", bureau);
        return entries;
    }

    private static void put(Map<String, String> entries, String key, String value) {
        if (value != null) {
            entries.put(PREFIX + key, value);
        }
    }

    /** The publication those entries describe, or null where the file carries none. */
    static Publication from(Map<String, String> entries) {
        String sheet = entries.get(PREFIX + "GoalSheet");
        String id = sheet != null ? sheet : entries.get(PREFIX + "Evaluation");
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        String year = entries.get(PREFIX + "Year");
        String at = entries.get(PREFIX + "PublishedAt");
        Instant publishedAt = null;
        try {
            publishedAt = at == null ? null : Instant.parse(at);
        } catch (RuntimeException e) {
            // a date this version cannot read: the rest still says which evaluation it is
        }
        return new Publication(Long.parseLong(id), entries.get(PREFIX + "Unit"),
                year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null, entries.get(PREFIX + "Digest"),
                entries.get(PREFIX + "PublishedBy"), publishedAt, entries.get(PREFIX + "Bureau"), sheet != null);
    }
}
