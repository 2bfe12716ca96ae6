package org.jixiao.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jixiao.scoring.IndicatorNames;

/**
 * Finds library indicators for a text (a key task's name and goal, or words typed into the search box): an
 * in-memory Lucene index of the entries in use, built once per state of the library, searched with BM25 over the
 * indicator's names, its keywords, its kind of work and its definition. Words of a task's name weigh more than
 * those of its goal. Generic indicators always come after the specific ones, however well they match.
 */
final class IndicatorSearch {

    /** How much a word found in each field counts: the name says most, the definition least. */
    private static final Map<String, Float> FIELDS = Map.of("name", 3f, "keywords", 2f, "kind", 1.5f, "definition", 1f);
    /** Words of the task's name against those of its goal. */
    private static final float NAME_WEIGHT = 2f;
    private static final float GOAL_WEIGHT = 1f;
    /**
     * A match in the kind of work that most of the best matches share is worth this much more: a task is of one
     * kind, so an indicator that shares a word with it by chance ranks below those of its kind.
     */
    private static final float KIND_BONUS = 0.5f;
    private static final int KIND_VOTERS = 10;
    private static final int CANDIDATES = 60;

    private final List<LibraryIndicator> indicators;
    private final IndexSearcher searcher;

    private IndicatorSearch(List<LibraryIndicator> indicators, IndexSearcher searcher) {
        this.indicators = indicators;
        this.searcher = searcher;
    }

    /** The index of these indicators (those in use). */
    static IndicatorSearch of(List<LibraryIndicator> indicators) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseWords.analyzer()))) {
            for (int i = 0; i < indicators.size(); i++) {
                LibraryIndicator indicator = indicators.get(i);
                Document document = new Document();
                document.add(new StoredField("position", i));
                document.add(new TextField("name", String.join("，", indicator.names()), Field.Store.NO));
                document.add(new TextField("keywords", String.join(" ", indicator.keywords()), Field.Store.NO));
                document.add(new TextField("kind", indicator.kind().label(), Field.Store.NO));
                document.add(new TextField("definition", indicator.definition(), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            return new IndicatorSearch(List.copyOf(indicators), new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException("指标库索引无法建立", e);
        }
    }

    /** The indicators for words typed into the search box, best first, generic ones last. */
    List<Suggestion> search(String text, int limit) {
        return suggest(text, null, Set.of(), limit);
    }

    /**
     * Indicators for a key task, best first, generic ones after every specific one.
     *
     * @param present the names of the task's indicators so far: those (and their aliases) are not suggested again
     */
    List<Suggestion> suggest(String taskName, String goal, Collection<String> present, int limit) {
        Set<String> nameWords = ChineseWords.of(taskName);
        Set<String> goalWords = ChineseWords.of(goal);
        goalWords.removeAll(nameWords);
        if (nameWords.isEmpty() && goalWords.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        add(query, nameWords, NAME_WEIGHT);
        add(query, goalWords, GOAL_WEIGHT);
        Set<String> excluded = new HashSet<>();
        for (String name : present) {
            excluded.add(IndicatorNames.normalize(name));
        }
        List<Suggestion> found = new ArrayList<>();
        try {
            // the best matches only: past them no kind bonus lifts an entry into the first places
            int candidates = Math.min(indicators.size(), Math.max(limit, CANDIDATES) + excluded.size());
            for (ScoreDoc hit : searcher.search(query.build(), Math.max(1, candidates)).scoreDocs) {
                LibraryIndicator indicator = indicators.get(searcher.storedFields().document(hit.doc)
                        .getField("position").numericValue().intValue());
                if (indicator.names().stream().noneMatch(n -> excluded.contains(IndicatorNames.normalize(n)))) {
                    found.add(new Suggestion(indicator, hit.score));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Suggestion> ranked = withKindBonus(found);
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private static void add(BooleanQuery.Builder query, Set<String> words, float weight) {
        for (String word : words) {
            FIELDS.forEach((field, boost) -> query.add(new BoostQuery(new TermQuery(new Term(field, word)),
                    boost * weight), BooleanClause.Occur.SHOULD));
        }
    }

    /** Scores raised for the kind of work most of the best specific matches share; generic ones moved last. */
    private static List<Suggestion> withKindBonus(List<Suggestion> found) {
        Map<WorkKind, Float> votes = new HashMap<>();
        int voters = 0;
        for (Suggestion s : found) {
            if (s.generic()) {
                continue;
            }
            votes.merge(s.indicator().kind(), s.score(), Float::sum);
            if (++voters == KIND_VOTERS) {
                break;
            }
        }
        float total = (float) votes.values().stream().mapToDouble(Float::doubleValue).sum();
        List<Suggestion> ranked = new ArrayList<>();
        for (Suggestion s : found) {
            float share = total == 0 ? 0 : votes.getOrDefault(s.indicator().kind(), 0f) / total;
            ranked.add(new Suggestion(s.indicator(), s.score() * (1 + KIND_BONUS * share)));
        }
        ranked.sort(Comparator.comparing(Suggestion::generic).thenComparing(Suggestion::score, Comparator.reverseOrder()));
        return ranked;
    }
}
