package org.jixiao.review;

/**
 * One monitoring figure of an evaluation changed in a month's report: a key task's cumulative spending or note
 * ({@code indicator} null), or an indicator's progress, whether it is on track, or its note. Values as text, null
 * where there was none.
 *
 * @param figure {@code executed}, {@code note}, {@code progress} or {@code onTrack}
 */
public record MonitoringChange(int month, String task, String indicator, String figure, String before,
        String after) {

    /**
     * Where the audit trail records it, in the JSON path notation of the document's fields, naming the task and the
     * indicator (monitoring is kept by their names): {@code $.monitoring[8].keyTasks['任务'].indicators['指标'].progress}.
     */
    String field() {
        String task = "$.monitoring[" + month + "].keyTasks[" + quoted(this.task) + "]";
        return (indicator == null ? task : task + ".indicators[" + quoted(indicator) + "]") + "." + figure;
    }

    private static String quoted(String name) {
        return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
