package org.jixiao.extraction;

import java.util.List;
import java.util.Map;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;

/**
 * What {@link ReportExtractor} read from one report.
 *
 * @param document   the evaluation document
 * @param sourceText the plain text the document was read from (tables as rows of cells separated by tabs),
 *                   for showing beside the extracted fields
 * @param warnings   figures of the report that do not add up (FUNDS_MISMATCH); the document is still usable
 * @param origins    where each value was read, by its JSON path in the document (keyTasks[0].indicators[2].actual):
 *                   the line of {@code sourceText} and the columns on it
 */
public record ExtractionResult(EvaluationDocument document, String sourceText, List<Finding> warnings,
        Map<String, Origin> origins) {

    public ExtractionResult {
        warnings = List.copyOf(warnings);
        origins = Map.copyOf(origins);
    }

    public ExtractionResult(EvaluationDocument document, String sourceText, List<Finding> warnings) {
        this(document, sourceText, warnings, Map.of());
    }
}
