package org.jixiao.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Published evaluations for the public portal, which the whole province may open at once. A published evaluation
 * no longer changes (no transition leads out of 公开), so the last few hundred read are kept in memory and each
 * request costs one indexed look-up of its status and version; a change of version (or a deletion) is seen at once.
 */
@Service
public class PublishedEvaluations {

    /** About 30 KB each for a department of 40 indicators: a few MB of heap at most. */
    private static final int KEPT = 300;

    private final Evaluations evaluations;
    private final JdbcClient jdbc;
    private final Map<Long, StoredEvaluation> kept = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, StoredEvaluation> eldest) {
                    return size() > KEPT;
                }
            });

    PublishedEvaluations(Evaluations evaluations, JdbcClient jdbc) {
        this.evaluations = evaluations;
        this.jdbc = jdbc;
    }

    /** The evaluation if it is published; empty where it does not exist or is not (yet) public. */
    public Optional<StoredEvaluation> find(long id) {
        Optional<Long> version = jdbc.sql("SELECT version FROM evaluation WHERE id = ? AND status = ?")
                .params(id, EvaluationStatus.PUBLISHED.name()).query(Long.class).optional();
        if (version.isEmpty()) {
            kept.remove(id);
            return Optional.empty();
        }
        StoredEvaluation cached = kept.get(id);
        if (cached != null && cached.version() == version.get()) {
            return Optional.of(cached);
        }
        Optional<StoredEvaluation> read = evaluations.find(id).filter(e -> e.status() == EvaluationStatus.PUBLISHED);
        read.ifPresent(evaluation -> kept.put(id, evaluation));
        return read;
    }
}
