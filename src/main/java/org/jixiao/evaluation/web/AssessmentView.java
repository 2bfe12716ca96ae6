package org.jixiao.evaluation.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.EvaluationScore;
import org.jixiao.document.EvaluationScore.IndicatorScore;
import org.jixiao.document.EvaluationScore.KeyTaskScore;
import org.jixiao.document.Finding;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Severity;
import org.jixiao.evaluation.EvaluationScoring.Assessment;
import org.jixiao.rendering.ReportElement;
import org.jixiao.rendering.ReportElement.Heading;
import org.jixiao.rendering.ReportElement.IndicatorTable;
import org.jixiao.rendering.ReportOutline;

/**
 * The score and the findings of an evaluation placed beside the parts of its report they concern: the total in
 * the facts, each key task's score and findings at its heading (level 3), each indicator's points, ratio, score
 * and findings in its row of the indicator table, and findings about the document as a whole at the top.
 * Key tasks are found in the outline by order and name, so a report laid out otherwise simply shows less.
 */
public final class AssessmentView {

    private static final Pattern INDICATOR_PATH = Pattern.compile("^\\$\\.keyTasks\\[(\\d+)]\\.indicators\\[(\\d+)]");

    private final EvaluationScore score;
    private final List<Finding> findings;
    private final List<Finding> documentFindings = new ArrayList<>();
    private final Map<ReportElement, TaskNote> headings = new IdentityHashMap<>();
    private final Map<ReportElement, List<IndicatorNote>> tables = new IdentityHashMap<>();
    private String firstFinding;

    AssessmentView(EvaluationDocument document, ReportOutline report, Assessment assessment) {
        this.score = assessment.score();
        this.findings = assessment.findings();
        List<KeyTask> tasks = document.keyTasks();
        List<TaskNote> taskNotes = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            KeyTaskScore taskScore = i < score.keyTasks().size() ? score.keyTasks().get(i) : null;
            List<IndicatorNote> indicators = new ArrayList<>();
            for (int j = 0; j < tasks.get(i).indicators().size(); j++) {
                IndicatorScore indicatorScore = taskScore == null || j >= taskScore.indicators().size() ? null
                        : taskScore.indicators().get(j);
                indicators.add(new IndicatorNote(indicatorScore, new ArrayList<>()));
            }
            taskNotes.add(new TaskNote(i, taskScore, new ArrayList<>(), indicators));
        }
        place(taskNotes);
        locate(report, tasks, taskNotes);
        firstFinding = documentFindings.isEmpty() ? null : "findings";
        for (int i = taskNotes.size() - 1; i >= 0 && documentFindings.isEmpty(); i--) {
            TaskNote note = taskNotes.get(i);
            if (!note.findings().isEmpty() || note.indicators().stream().anyMatch(n -> !n.findings().isEmpty())) {
                firstFinding = "task-" + i;
            }
        }
    }

    private void place(List<TaskNote> tasks) {
        for (Finding finding : findings) {
            Matcher indicator = INDICATOR_PATH.matcher(finding.path() == null ? "" : finding.path());
            if (indicator.find()) {
                int i = Integer.parseInt(indicator.group(1));
                int j = Integer.parseInt(indicator.group(2));
                if (i < tasks.size() && j < tasks.get(i).indicators().size()) {
                    tasks.get(i).indicators().get(j).findings().add(finding);
                    continue;
                }
            }
            if (finding.keyTask() != null && finding.keyTask() < tasks.size()) {
                tasks.get(finding.keyTask()).findings().add(finding);
            } else {
                documentFindings.add(finding);
            }
        }
    }

    /** Key task headings (level 3) in order of the tasks, and each task's indicator table after its heading. */
    private void locate(ReportOutline report, List<KeyTask> tasks, List<TaskNote> notes) {
        int next = 0;
        TaskNote current = null;
        for (ReportElement element : report.elements()) {
            if (element instanceof Heading heading && heading.level() == 3 && next < tasks.size()
                    && heading.text().contains(tasks.get(next).name())) {
                current = notes.get(next++);
                headings.put(element, current);
            } else if (element instanceof IndicatorTable table && current != null
                    && table.keyTask().equals(tasks.get(current.index()).name())
                    && table.rows().size() == current.indicators().size()) {
                tables.put(element, current.indicators());
            }
        }
    }

    public EvaluationScore score() {
        return score;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** Findings that concern no key task: the funds, the document as a whole. */
    public List<Finding> documentFindings() {
        return documentFindings;
    }

    /** The id of the first place in the page that shows findings, or null where there are none. */
    public String firstFinding() {
        return firstFinding;
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** The key task whose heading this is, or null. */
    public TaskNote taskAt(ReportElement element) {
        return headings.get(element);
    }

    /** The notes of row {@code row} of this indicator table, or null. */
    public IndicatorNote indicatorAt(ReportElement element, int row) {
        List<IndicatorNote> notes = tables.get(element);
        return notes == null || row >= notes.size() ? null : notes.get(row);
    }

    /** Whether this indicator table has notes (the score columns are shown only then). */
    public boolean scored(ReportElement element) {
        return tables.containsKey(element);
    }

    /** One key task's score and the findings about it (not about one of its indicators). */
    public record TaskNote(int index, KeyTaskScore score, List<Finding> findings, List<IndicatorNote> indicators) {
    }

    /** One indicator's score and findings. */
    public record IndicatorNote(IndicatorScore score, List<Finding> findings) {
    }
}
