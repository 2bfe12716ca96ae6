package org.jixiao.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * How well the suggestions fit on the reviewed query list (src/test/resources/library-quality/queries.json): the
 * precision of the first five suggestions, averaged over the queries (0.757 when the list was written, before
 * the ranking had been run on it).
 */
class IndicatorSearchQualityTest {

    record Query(String name, String goal, List<String> relevant) {
    }

    record Queries(String note, List<Query> queries) {
    }

    @Test
    void theFirstFiveSuggestionsAreMostlyRelevant() throws IOException {
        Queries queries;
        try (InputStream in = getClass().getResourceAsStream("/library-quality/queries.json")) {
            queries = JsonMapper.builder().build().readValue(in, Queries.class);
        }
        double sum = 0;
        List<String> report = new ArrayList<>();
        for (Query query : queries.queries()) {
            List<String> top = ShippedIndicators.search().suggest(query.name(), query.goal(), List.of(), 5).stream()
                    .map(Suggestion::code).toList();
            long hits = top.stream().filter(query.relevant()::contains).count();
            double precision = hits / 5.0;
            sum += precision;
            report.add(String.format(Locale.ROOT, "%.1f %s %s", precision, query.name(), top));
        }
        double mean = sum / queries.queries().size();
        report.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "precision@5 over %d reviewed queries: %.3f%n", queries.queries().size(), mean);

        assertThat(mean).as(String.join("\n", report)).isGreaterThanOrEqualTo(0.70);
    }
}
