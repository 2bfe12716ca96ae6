package org.jixiao.extraction;

/**
 * A file read as what it is ({@link ReportExtractor#extractAny}): a self-evaluation report, or a goal sheet. One of
 * the two is there.
 *
 * @param report the report's reading, or null
 * @param goals  the goal sheet's reading, or null
 */
public record ExtractedFile(ExtractionResult report, GoalSheetReading goals) {

    public ExtractedFile {
        if ((report == null) == (goals == null)) {
            throw new IllegalArgumentException("a file is read as a report or as a goal sheet");
        }
    }

    public boolean isGoalSheet() {
        return goals != null;
    }
}
