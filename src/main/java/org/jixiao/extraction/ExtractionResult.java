package org.jixiao.extraction;

import java.util.List;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;

/**
 * What {@link ReportExtractor} read from one report.
 *
 * @param document   the evaluation document
 * @param sourceText the plain text the document was read from (tables as rows of cells separated by tabs),
 *                   for showing beside the extracted fields
 * @param warnings   figures of the report that do not add up (FUNDS_MISMATCH); the document is still usable
 */
public record ExtractionResult(EvaluationDocument document, String sourceText, List<Finding> warnings) {

    public ExtractionResult {
        warnings = List.copyOf(warnings);
    }
}
