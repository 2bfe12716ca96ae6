package org.jixiao.library;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jixiao.document.KeyTask;
import org.jixiao.support.SeedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The workspace's suggestions for a key task (the seed's first task: a 7-word name and a 120-character goal)
 * against the shipped library of 257 entries, and building the index as the library does after each change. The
 * floor is cutting the same name and goal into words, which any suggestion from Chinese text must do. Lives
 * beside the package-private search rather than in org.jixiao.bench; run with scripts/jmh.sh LibrarySuggestion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LibrarySuggestionBenchmark {

    private IndicatorSearch search;
    private List<LibraryIndicator> indicators;
    private KeyTask task;

    @Setup
    public void setUp() {
        indicators = ShippedIndicators.all();
        search = IndicatorSearch.of(indicators);
        task = SeedDocument.load().keyTasks().get(0);
    }

    @Benchmark
    public Set<String> floorWordsOfTheTask() {
        Set<String> words = ChineseWords.of(task.name());
        words.addAll(ChineseWords.of(task.expectedGoal()));
        return words;
    }

    @Benchmark
    public List<Suggestion> suggestForTheTask() {
        return search.suggest(task.name(), task.expectedGoal(), List.of("案件办结率", "服务对象满意度（%）"), 8);
    }

    @Benchmark
    public IndicatorSearch rebuildTheIndex() {
        return IndicatorSearch.of(indicators);
    }
}
