package org.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The word lists of {@code lint}, read once from {@code src/main/resources/scoring/*.json}: generic indicators,
 * kinds of task with example indicators, vague words, input-as-output patterns, recurring activities and the
 * words that explain a low execution rate. Each file states its source; the lists are data, not code.
 */
record LintRules(
        Map<String, GenericIndicator> generic,
        List<TaskKind> kinds,
        List<String> vagueWords,
        List<String> gradingMarkers,
        List<InputPattern> inputPatterns,
        List<String> recurringWords,
        Set<String> countUnits,
        List<String> explanationWords) {

    /** The example indicators every kind of task gives, by second-level category (and BENEFIT, SATISFACTION). */
    static final List<String> SLOTS = List.of("QUANTITY", "QUALITY", "TIMELINESS", "COST", "BENEFIT", "SATISFACTION");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Loaded on first use, shared by every linter. */
    static LintRules get() {
        return Holder.RULES;
    }

    /** A generic indicator: the replacement example slot of its task kind, and why it says little. */
    record GenericIndicator(String name, String slot, String why) {
    }

    /** A kind of task: the keywords that recognise it and an example indicator per second-level category. */
    record TaskKind(String id, String label, List<String> keywords, Map<String, String> examples) {

        String example(String slot) {
            return examples.get(slot);
        }
    }

    /** An indicator name with one of the subjects and one of the states measures an input. */
    record InputPattern(String what, List<String> subjects, List<String> states) {

        boolean matches(String name) {
            return containsAny(name, subjects) && containsAny(name, states);
        }
    }

    static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private record GenericFile(String source, String note, List<GenericEntry> indicators) {
    }

    private record GenericEntry(List<String> names, String slot, String why) {
    }

    private record KindsFile(String source, String note, List<TaskKind> kinds) {
    }

    private record VagueFile(String source, String note, List<String> words, List<String> gradingMarkers) {
    }

    private record InputFile(String source, String note, List<InputPattern> patterns) {
    }

    private record RecurringFile(String source, String note, List<String> words, List<String> countUnits) {
    }

    private record ExplanationFile(String source, String note, List<String> words) {
    }

    private static final class Holder {

        static final LintRules RULES = load();

        private static LintRules load() {
            GenericFile generic = read("generic-indicators.json", GenericFile.class);
            Map<String, GenericIndicator> byName = new HashMap<>();
            for (GenericEntry entry : generic.indicators()) {
                for (String name : entry.names()) {
                    byName.put(IndicatorNames.normalize(name), new GenericIndicator(name, entry.slot(), entry.why()));
                }
            }
            KindsFile kinds = read("task-kinds.json", KindsFile.class);
            for (TaskKind kind : kinds.kinds()) {
                if (!kind.examples().keySet().containsAll(SLOTS)) {
                    throw new IllegalStateException("task-kinds.json: " + kind.id() + " lacks an example of " + SLOTS);
                }
            }
            for (GenericEntry entry : generic.indicators()) {
                if (!SLOTS.contains(entry.slot())) {
                    throw new IllegalStateException("generic-indicators.json: unknown slot " + entry.slot());
                }
            }
            VagueFile vague = read("vague-words.json", VagueFile.class);
            InputFile input = read("input-patterns.json", InputFile.class);
            RecurringFile recurring = read("recurring-activities.json", RecurringFile.class);
            ExplanationFile explanation = read("execution-explanations.json", ExplanationFile.class);
            return new LintRules(Map.copyOf(byName), List.copyOf(kinds.kinds()), List.copyOf(vague.words()),
                    List.copyOf(vague.gradingMarkers()), List.copyOf(input.patterns()), List.copyOf(recurring.words()),
                    Set.copyOf(recurring.countUnits()), List.copyOf(explanation.words()));
        }

        private static <T> T read(String file, Class<T> type) {
            String resource = "/scoring/" + file;
            try (InputStream in = LintRules.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("lint data missing: " + resource);
                }
                return JSON.readValue(in, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
