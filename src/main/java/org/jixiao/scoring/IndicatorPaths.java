package org.jixiao.scoring;

/**
 * JSON paths of an indicator's fields ({@code $.keyTasks[0].indicators[3].actual}), which every finding about an
 * indicator carries. Every document has the same few, so those of the first key tasks and indicators are made once
 * and kept (a string written twice by racing threads is the same string either way).
 */
final class IndicatorPaths {

    /** The fields findings point at. */
    enum PathField {
        NAME(".name"), ANNUAL_TARGET(".annualTarget"), CYCLE_TARGET(".cycleTarget"), ACTUAL(".actual"),
        DEVIATION_REASON(".deviationReason");

        private final String suffix;

        PathField(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final int KEPT = 32;
    private static final int FIELDS = PathField.values().length;
    private static final String[] PATHS = new String[KEPT * KEPT * FIELDS];

    private IndicatorPaths() {
    }

    static String of(int task, int indicator, PathField field) {
        if (task >= KEPT || indicator >= KEPT) {
            return written(task, indicator, field);
        }
        int slot = (task * KEPT + indicator) * FIELDS + field.ordinal();
        String path = PATHS[slot];
        if (path == null) {
            path = written(task, indicator, field);
            PATHS[slot] = path;
        }
        return path;
    }

    private static String written(int task, int indicator, PathField field) {
        return "$.keyTasks[" + task + "].indicators[" + indicator + "]" + field.suffix;
    }
}
