package org.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
        Words kindKeywords,
        Words vagueWords,
        Words gradingMarkers,
        List<InputPattern> inputPatterns,
        Words inputWords,
        Words recurringWords,
        Set<String> countUnits,
        Words explanationWords) {

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
    }

    /**
     * The first pattern whose subjects and states both occur in the name, or null. The words of every pattern are
     * one list ({@link #inputWords}: group 2p for the subjects of pattern p, 2p + 1 for its states), so that a
     * name is read once rather than once per list.
     */
    InputPattern inputPattern(String name) {
        int[] hits = new int[inputPatterns.size() * 2];
        inputWords.countDistinct(name, hits);
        for (int p = 0; p < inputPatterns.size(); p++) {
            if (hits[2 * p] > 0 && hits[2 * p + 1] > 0) {
                return inputPatterns.get(p);
            }
        }
        return null;
    }

    private record GenericFile(String source, String note, List<GenericEntry> indicators) {
    }

    private record GenericEntry(List<String> names, String slot, String why) {
    }

    private record KindsFile(String source, String note, List<TaskKind> kinds) {
    }

    private record VagueFile(String source, String note, List<String> words, List<String> gradingMarkers) {
    }

    private record InputFile(String source, String note, List<InputEntry> patterns) {
    }

    private record InputEntry(String what, List<String> subjects, List<String> states) {
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
            List<String> keywords = new ArrayList<>();
            List<Integer> groups = new ArrayList<>();
            for (int k = 0; k < kinds.kinds().size(); k++) {
                for (String keyword : kinds.kinds().get(k).keywords()) {
                    keywords.add(keyword);
                    groups.add(k);
                }
            }
            List<InputPattern> patterns = input.patterns().stream()
                    .map(e -> new InputPattern(e.what(), List.copyOf(e.subjects()), List.copyOf(e.states()))).toList();
            List<String> inputWords = new ArrayList<>();
            List<Integer> inputGroups = new ArrayList<>();
            for (int p = 0; p < patterns.size(); p++) {
                for (String subject : patterns.get(p).subjects()) {
                    inputWords.add(subject);
                    inputGroups.add(2 * p);
                }
                for (String state : patterns.get(p).states()) {
                    inputWords.add(state);
                    inputGroups.add(2 * p + 1);
                }
            }
            return new LintRules(Map.copyOf(byName), List.copyOf(kinds.kinds()),
                    new Words(keywords, groups.stream().mapToInt(Integer::intValue).toArray()),
                    new Words(vague.words()), new Words(vague.gradingMarkers()), patterns,
                    new Words(inputWords, inputGroups.stream().mapToInt(Integer::intValue).toArray()),
                    new Words(recurring.words()),
                    Set.copyOf(recurring.countUnits()), new Words(explanation.words()));
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
