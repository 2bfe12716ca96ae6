package org.jixiao.evaluation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.FindingCode;
import org.jixiao.evaluation.web.UploadedReports.Pending;
import org.jixiao.extraction.ReadingSummary;

/**
 * What the import page shows beside the form: the report's text line by line, where each field's value was read,
 * what was read and what was not, the figures left empty for the user to look up and the amounts that do not add
 * up. Everything is the user's upload and is shown escaped.
 */
final class ImportReview {

    private final List<SourceLines.Line> lines;
    private final FieldOrigins origins;
    private final List<ReadingParts.Item> found;
    private final List<ReadingParts.Item> missing;
    private final int keyTasks;
    private final int indicators;
    private final List<UncertainFigure> uncertain;
    private final List<Pending.Warning> others;

    private ImportReview(List<SourceLines.Line> lines, FieldOrigins origins, List<ReadingParts.Item> found,
            List<ReadingParts.Item> missing, int keyTasks, int indicators, List<UncertainFigure> uncertain,
            List<Pending.Warning> others) {
        this.lines = lines;
        this.origins = origins;
        this.found = found;
        this.missing = missing;
        this.keyTasks = keyTasks;
        this.indicators = indicators;
        this.uncertain = uncertain;
        this.others = others;
    }

    /** The review of a pending upload whose form is as shown (just read, or as the user changed it). */
    static ImportReview of(Pending pending, EvaluationForm form) {
        EvaluationDocument read = pending.document();
        List<UncertainFigure> uncertain = new ArrayList<>();
        List<Pending.Warning> others = new ArrayList<>();
        for (Pending.Warning warning : pending.findings()) {
            if (FindingCode.UNCERTAIN_FIGURE.name().equals(warning.code())) {
                uncertain.add(UncertainFigure.of(warning));
            } else {
                others.add(warning);
            }
        }
        Map<String, SourceSpot> spots = new HashMap<>(pending.origins());
        if (!spots.isEmpty()) {
            // a figure left empty points at the line it was looked for on
            uncertain.stream().filter(u -> u.spot() != null && u.path() != null)
                    .forEach(u -> spots.putIfAbsent(u.path(), u.spot()));
        }
        List<SourceSpot> known = new ArrayList<>(spots.values());
        uncertain.stream().map(UncertainFigure::spot).filter(s -> s != null).forEach(known::add);
        ReadingSummary summary = ReadingSummary.of(read);
        return new ImportReview(SourceLines.of(pending.sourceText(), known), FieldOrigins.of(form, read, spots),
                ReadingParts.of(summary.found(), read.kind()), ReadingParts.of(summary.missing(), read.kind()),
                read.keyTasks().size(), read.keyTasks().stream().mapToInt(t -> t.indicators().size()).sum(),
                List.copyOf(uncertain), List.copyOf(others));
    }

    public List<SourceLines.Line> lines() {
        return lines;
    }

    public FieldOrigins origins() {
        return origins;
    }

    /** Whether the page can point at where values were read (a report in jixiao's own layout is read without). */
    public boolean located() {
        return !origins.isEmpty();
    }

    public List<ReadingParts.Item> found() {
        return found;
    }

    public List<ReadingParts.Item> missing() {
        return missing;
    }

    public int keyTasks() {
        return keyTasks;
    }

    public int indicators() {
        return indicators;
    }

    public List<UncertainFigure> uncertain() {
        return uncertain;
    }

    /** The reader's other warnings, such as amounts that do not add up (FUNDS_MISMATCH). */
    public List<Pending.Warning> others() {
        return others;
    }
}
