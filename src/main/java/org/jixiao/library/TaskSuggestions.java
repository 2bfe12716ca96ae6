package org.jixiao.library;

import java.util.List;
import org.jixiao.document.Indicator;
import org.jixiao.document.Target;
import org.jixiao.evaluation.IndicatorSuggestions;
import org.springframework.stereotype.Component;

/**
 * The library's suggestions for a new evaluation's key tasks: levels and name as the library has them, its first
 * example as a placeholder annual target, as the workspace adds a suggestion.
 */
@Component
class TaskSuggestions implements IndicatorSuggestions {

    private final IndicatorLibrary library;

    TaskSuggestions(IndicatorLibrary library) {
        this.library = library;
    }

    @Override
    public List<Indicator> forTask(String task, String goal, int count) {
        List<Suggestion> all = library.suggest(task, goal, List.of(), count * 2);
        List<Suggestion> chosen = all.stream().filter(s -> !s.generic()).limit(count).toList();
        if (chosen.isEmpty()) {
            chosen = all.stream().limit(count).toList();
        }
        return chosen.stream().map(Suggestion::indicator).map(TaskSuggestions::indicator).toList();
    }

    private static Indicator indicator(LibraryIndicator entry) {
        String example = entry.exampleTargets().isEmpty() ? null : entry.exampleTargets().get(0);
        return Indicator.builder().levels(entry.level1(), entry.level2(), false).name(entry.name())
                .annualTarget(example == null ? null : Target.parse(example)).build();
    }
}
