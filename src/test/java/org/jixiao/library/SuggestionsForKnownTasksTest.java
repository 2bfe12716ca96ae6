package org.jixiao.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.support.SeedDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suggestions for the key tasks of the seed report and of the extraction corpus, by their name and expected
 * goal, hold the specific indicators a reviewer expects of them (src/test/resources/library-quality/
 * expected-suggestions.json), and never put a generic indicator before a specific one.
 */
class SuggestionsForKnownTasksTest {

    record Expectation(String source, String task, int atLeast, List<String> expected, String known) {

        @Override
        public String toString() {
            return source + "：" + task;
        }
    }

    record Expectations(String note, List<Expectation> tasks) {
    }

    static Stream<Expectation> expectations() throws IOException {
        try (InputStream in = SuggestionsForKnownTasksTest.class
                .getResourceAsStream("/library-quality/expected-suggestions.json")) {
            return JsonMapper.builder().build().readValue(in, Expectations.class).tasks().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void holdTheExpectedSpecificIndicatorsAndPutGenericOnesLast(Expectation expectation) throws IOException {
        KeyTask task = task(expectation);

        List<Suggestion> suggestions = ShippedIndicators.search().suggest(task.name(), task.expectedGoal(), List.of(), 12);

        List<String> firstEight = suggestions.stream().limit(8).map(Suggestion::code).toList();
        assertThat(firstEight.stream().filter(expectation.expected()::contains).count())
                .as("the first 8 suggestions %s hold at least %d of %s", firstEight, expectation.atLeast(),
                        expectation.expected())
                .isGreaterThanOrEqualTo(expectation.atLeast());
        boolean genericSeen = false;
        for (Suggestion suggestion : suggestions) {
            assertThat(genericSeen && !suggestion.generic()).as("a specific indicator after a generic one in %s",
                    suggestions.stream().map(Suggestion::code).toList()).isFalse();
            genericSeen |= suggestion.generic();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void leaveOutWhatTheTaskAlreadyHas(Expectation expectation) throws IOException {
        KeyTask task = task(expectation);
        List<String> present = new ArrayList<>(task.indicators().stream().map(Indicator::name).toList());
        present.add(ShippedIndicators.search().suggest(task.name(), task.expectedGoal(), List.of(), 1).get(0)
                .indicator().name());

        List<Suggestion> suggestions = ShippedIndicators.search().suggest(task.name(), task.expectedGoal(), present, 12);

        for (Suggestion suggestion : suggestions) {
            assertThat(suggestion.indicator().names()).as("suggested again").doesNotContainAnyElementsOf(present);
        }
    }

    private static KeyTask task(Expectation expectation) throws IOException {
        EvaluationDocument document;
        if (expectation.source().equals("seed")) {
            document = SeedDocument.load();
        } else {
            try (InputStream in = SuggestionsForKnownTasksTest.class
                    .getResourceAsStream("/extraction/corpus/" + expectation.source() + ".json")) {
                document = DocumentJson.read(in);
            }
        }
        return document.keyTasks().stream().filter(t -> t.name().equals(expectation.task())).findFirst()
                .orElseThrow(() -> new AssertionError("no key task " + expectation));
    }
}
