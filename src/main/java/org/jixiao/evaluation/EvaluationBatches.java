package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.FundSource;
import org.jixiao.evaluation.NarrativeItem.Section;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads many evaluations at once: five queries for a batch of any size (the roots, then each collection of all
 * of them), where the repository takes several queries per evaluation and one more per key task. Used where a
 * whole region is read (reassessment); what it builds is the same aggregate the repository loads.
 */
@Component
class EvaluationBatches {

    /** Ids per query: well within the bind-parameter limits of H2 and PostgreSQL, and a few MB of rows. */
    static final int SIZE = 200;
    private static final RowReader<EvaluationIndicator> INDICATOR = RowReader.of(EvaluationIndicator.class);
    private static final RowReader<EvaluationKeyTask> KEY_TASK = RowReader.of(EvaluationKeyTask.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    EvaluationBatches(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The evaluations with these ids (those that exist and were not changed while read), by id. */
    Map<Long, Evaluation> load(Collection<Long> ids) {
        Map<Long, Evaluation> loaded = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return loaded;
        }
        List<Long> list = new ArrayList<>(ids);
        // the versions first: an evaluation saved while its rows are read has a newer version at the end, and is
        // left out (its rows may be half before, half after that save); read in or out of a transaction alike
        Map<Long, Long> versions = new HashMap<>();
        jdbc.sql("SELECT id, version FROM evaluation WHERE id IN (:ids)").param("ids", list)
                .query(rs -> {
                    versions.put(rs.getLong("id"), rs.getLong("version"));
                });
        Map<Long, List<NarrativeItem>> texts = new HashMap<>();
        jdbc.sql("SELECT evaluation_id, section, body FROM evaluation_text WHERE evaluation_id IN (:ids)"
                + " ORDER BY evaluation_id, item_index").param("ids", list)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getLong("evaluation_id"), k -> new ArrayList<>())
                            .add(new NarrativeItem(Section.valueOf(rs.getString("section")), rs.getString("body")));
                });
        Map<Long, List<FundSourceLine>> sources = new HashMap<>();
        jdbc.sql("SELECT evaluation_id, source, budget, executed, extensions_json FROM fund_source"
                + " WHERE evaluation_id IN (:ids) ORDER BY evaluation_id, source_index").param("ids", list)
                .query(rs -> {
                    sources.computeIfAbsent(rs.getLong("evaluation_id"), k -> new ArrayList<>())
                            .add(new FundSourceLine(FundSource.valueOf(rs.getString("source")),
                                    RowReader.number(rs, "budget"), RowReader.number(rs, "executed"),
                                    rs.getString("extensions_json")));
                });
        Map<Long, Map<Integer, List<EvaluationIndicator>>> indicators = new HashMap<>();
        jdbc.sql("SELECT * FROM indicator WHERE evaluation_id IN (:ids)"
                + " ORDER BY evaluation_id, task_index, indicator_index").param("ids", list)
                .query(rs -> {
                    indicators.computeIfAbsent(rs.getLong("evaluation_id"), k -> new HashMap<>())
                            .computeIfAbsent(rs.getInt("task_index"), k -> new ArrayList<>())
                            .add(INDICATOR.read(rs, Map.of()));
                });
        Map<Long, List<EvaluationKeyTask>> tasks = new HashMap<>();
        jdbc.sql("SELECT * FROM key_task WHERE evaluation_id IN (:ids) ORDER BY evaluation_id, task_index")
                .param("ids", list)
                .query(rs -> {
                    long id = rs.getLong("evaluation_id");
                    List<EvaluationIndicator> ofTask = indicators.getOrDefault(id, Map.of())
                            .getOrDefault(rs.getInt("task_index"), List.of());
                    tasks.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(KEY_TASK.read(rs, Map.of("indicators", List.copyOf(ofTask))));
                });
        jdbc.sql("SELECT * FROM evaluation WHERE id IN (:ids) ORDER BY id").param("ids", list)
                .query(rs -> {
                    long id = rs.getLong("id");
                    if (!versions.containsKey(id) || versions.get(id) != rs.getLong("version")) {
                        return;
                    }
                    loaded.put(id, Evaluation.fromRow(rs, texts.getOrDefault(id, List.of()),
                            sources.getOrDefault(id, List.of()), tasks.getOrDefault(id, List.of())));
                });
        return loaded;
    }

    /**
     * The ids of the evaluations of last year for these, that is of the same unit, kind and subject a year
     * earlier, by the evaluation they precede.
     */
    Map<Long, Long> previousYears(Collection<Evaluation> evaluations) {
        Map<Long, Long> previous = new HashMap<>();
        if (evaluations.isEmpty()) {
            return previous;
        }
        Map<String, Long> wanted = new HashMap<>();
        List<Long> unitIds = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (Evaluation e : evaluations) {
            wanted.put(identity(e.unitId(), e.fiscalYear() - 1, e.kind().name(), e.subject()), e.id());
            unitIds.add(e.unitId());
            years.add(e.fiscalYear() - 1);
        }
        jdbc.sql("SELECT id, unit_id, fiscal_year, kind, subject FROM evaluation"
                + " WHERE unit_id IN (:units) AND fiscal_year IN (:years)")
                .param("units", unitIds.stream().distinct().toList())
                .param("years", years.stream().distinct().toList())
                .query(rs -> {
                    Long next = wanted.get(identity(rs.getLong("unit_id"), rs.getInt("fiscal_year"),
                            rs.getString("kind"), rs.getString("subject")));
                    if (next != null) {
                        previous.put(next, rs.getLong("id"));
                    }
                });
        return previous;
    }

    /**
     * Stores the assessment of each evaluation unless its content changed since it was read (its version moved
     * on): that change was assessed when it was saved. Does not count as a change: the version stays.
     *
     * @return how many were stored
     */
    int storeAssessments(Collection<Evaluation> assessed) {
        List<Object[]> rows = new ArrayList<>();
        for (Evaluation evaluation : assessed) {
            Object[] columns = evaluation.assessmentColumns();
            Object[] row = Arrays.copyOf(columns, columns.length + 2);
            row[columns.length] = evaluation.id();
            row[columns.length + 1] = evaluation.version();
            rows.add(row);
        }
        int stored = 0;
        for (int count : batchUpdate(rows)) {
            stored += count < 0 ? 1 : count; // SUCCESS_NO_INFO counts as stored
        }
        return stored;
    }

    private int[] batchUpdate(List<Object[]> rows) {
        return template.batchUpdate("""
                UPDATE evaluation SET total_score = ?, grade = ?, not_scorable = ?, scoring_profile = ?, error_count = ?,
                       warning_count = ?, indicator_count = ?, indicators_met = ?, assessed_at = ?
                WHERE id = ? AND version = ?""", rows);
    }

    private static String identity(long unitId, int year, String kind, String subject) {
        return unitId + "\u0000" + year + "\u0000" + kind + "\u0000" + subject;
    }
}
