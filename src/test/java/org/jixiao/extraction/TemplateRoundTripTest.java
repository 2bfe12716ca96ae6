package org.jixiao.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Target;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportTemplate;
import org.jixiao.rendering.ShippedTemplates;
import org.jixiao.scoring.Scorer;
import org.jixiao.scoring.ScoringProfiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * extract(render(document, shipped template)) gives back the facts the template prints: each shipped template
 * rendered from real documents (the extraction corpus's two project forms, the seed for the department's form and
 * the report), read back with {@link ReportExtractor}. The ministry's form carries the whole document as the
 * built-in form does; the others the facts listed with them in docs/templates.md, "What comes back".
 */
class TemplateRoundTripTest {

    private static final List<String> FORM = List.of("unit", "parent", "year", "project", "budget", "executed", "rate",
            "indicators", "levels", "actual", "weight", "score");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String project : Corpus.PROJECT_FORMS) {
            cases.add(Arguments.of("hubei-project", ReportFormat.DOCX, project, with(FORM, "initialBudget", "goal",
                    "outcome")));
            cases.add(Arguments.of("hubei-project", ReportFormat.PDF, project, with(FORM, "initialBudget")));
            cases.add(Arguments.of("sichuan-project", ReportFormat.DOCX, project, List.of("unit", "parent", "year",
                    "project", "budget", "executed", "indicators", "levels")));
        }
        cases.add(Arguments.of("department-overall", ReportFormat.DOCX, "seed", List.of("unit", "year", "budget",
                "executed", "rate", "goals")));
        cases.add(Arguments.of("yunnan-report", ReportFormat.DOCX, "seed", List.of("unit", "year", "budget",
                "executed", "functions", "goals")));
        cases.add(Arguments.of("yunnan-report", ReportFormat.PDF, "seed", List.of("unit", "year", "budget",
                "executed")));
        return cases.stream();
    }

    static Stream<Arguments> ministry() {
        List<Arguments> cases = new ArrayList<>();
        for (String project : Corpus.PROJECT_FORMS) {
            cases.add(Arguments.of("mof-2020-project", ReportFormat.DOCX, project));
            cases.add(Arguments.of("mof-2020-project", ReportFormat.PDF, project));
            cases.add(Arguments.of("mof-2020-project-xlsx", ReportFormat.XLSX, project));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} of {2}")
    @MethodSource("ministry")
    void theMinistrysFormCarriesTheWholeProject(String template, ReportFormat format, String name) {
        EvaluationDocument original = scored(RoundTripTest.load(name));

        EvaluationDocument back = roundTrip(template, format, original);

        assertThat(DocumentDiff.of(RoundTripTest.carried(original), back)).isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1} of {2}")
    @MethodSource("cases")
    void aProvincesLayoutGivesBackTheFactsItPrints(String template, ReportFormat format, String name,
            List<String> carried) {
        EvaluationDocument original = scored(RoundTripTest.load(name));

        EvaluationDocument back = roundTrip(template, format, original);

        assertThat(facts(back, carried)).isEqualTo(facts(original, carried));
    }

    private static EvaluationDocument roundTrip(String template, ReportFormat format, EvaluationDocument original) {
        ReportTemplate shipped = ShippedTemplates.named(template).orElseThrow();
        byte[] rendered = shipped.render(original, format).content();
        return new ReportExtractor().extract(template + "." + format.extension(), rendered).document();
    }

    private static EvaluationDocument scored(EvaluationDocument document) {
        return document.withScore(new Scorer(ScoringProfiles.builtIn().defaultProfile()).score(document));
    }

    private static List<String> with(List<String> facts, String... more) {
        List<String> all = new ArrayList<>(facts);
        all.addAll(List.of(more));
        return all;
    }

    /** The named facts of a document; a department's indicators are those of all its tasks, in order. */
    static Map<String, Object> facts(EvaluationDocument d, List<String> names) {
        List<Indicator> indicators = d.keyTasks().stream().flatMap(t -> t.indicators().stream()).toList();
        KeyTask first = d.keyTasks().isEmpty() ? null : d.keyTasks().get(0);
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String name : names) {
            facts.put(name, switch (name) {
                case "unit" -> d.department() == null ? null : d.department().name();
                case "parent" -> d.department() == null ? null : d.department().parent();
                case "year" -> d.fiscalYear();
                case "project" -> first == null ? null : first.name();
                case "budget" -> d.funds() == null ? null : plain(d.funds().budget());
                case "initialBudget" -> d.funds() == null ? null : plain(d.funds().initialBudget());
                case "executed" -> d.funds() == null ? null : plain(d.funds().executed());
                case "rate" -> d.funds() == null ? null : plain(d.funds().executionRate());
                case "goal" -> first == null ? null : first.expectedGoal();
                case "outcome" -> first == null ? null : first.outcome();
                case "goals" -> d.goals();
                case "functions" -> d.functions();
                case "indicators" -> indicators.stream().map(Indicator::name).toList();
                case "levels" -> indicators.stream().map(i -> i.level1() + "/" + i.level2()).toList();
                case "annual" -> indicators.stream().map(i -> text(i.annualTarget())).toList();
                case "actual" -> indicators.stream().map(i -> text(i.actual())).toList();
                case "weight" -> indicators.stream().map(i -> String.valueOf(plain(i.weight()))).toList();
                case "score" -> indicators.stream().map(i -> String.valueOf(plain(i.score()))).toList();
                default -> throw new IllegalArgumentException(name);
            });
        }
        return facts;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Target target) {
        return target == null ? null : target.text();
    }
}
