package org.jixiao.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.account.Actor;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Indicator;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.evaluation.StoredEvaluation;
import org.jixiao.rendering.ReportElement;
import org.jixiao.rendering.ReportOutline;
import org.jixiao.review.ReviewWorkflow;
import org.springframework.stereotype.Service;

/**
 * A unit across the years: budget, execution and score year by year, each indicator's targets and actual values
 * side by side, and what the report says differently from one year to another. Only the years the actor may read.
 */
@Service
public class YearOverYear {

    private final ReviewWorkflow workflow;

    YearOverYear(ReviewWorkflow workflow) {
        this.workflow = workflow;
    }

    /** The unit's evaluations of one kind and subject ('' for the department's), oldest first. */
    public History history(Actor actor, long unitId, Kind kind, String subject) {
        List<EvaluationSummary> years = workflow.visible(actor, EvaluationFilter.ALL.withUnit(unitId)).stream()
                .filter(s -> s.kind() == kind && Objects.equals(s.subject(), subject == null ? "" : subject))
                .sorted(Comparator.comparingInt(EvaluationSummary::fiscalYear)).toList();
        if (years.isEmpty()) {
            throw new EvaluationNotFoundException(unitId);
        }
        Map<String, IndicatorHistory> indicators = new LinkedHashMap<>();
        for (EvaluationSummary year : years) {
            EvaluationDocument document = workflow.read(actor, year.id()).document();
            for (KeyTask task : document.keyTasks()) {
                for (Indicator indicator : task.indicators()) {
                    indicators.computeIfAbsent(task.name() + "\u0000" + indicator.name(),
                            k -> new IndicatorHistory(task.name(), indicator.name(), new LinkedHashMap<>()))
                            .years().put(year.fiscalYear(), new IndicatorYear(text(indicator.annualTarget()),
                                    value(indicator.annualTarget()), text(indicator.actual()), value(indicator.actual()),
                                    indicator.met()));
                }
            }
        }
        return new History(years.get(years.size() - 1).unitName(), kind, subject, years, List.copyOf(indicators.values()));
    }

    /** The report of one year beside another's, section by section, with what changed marked. */
    public Comparison compare(Actor actor, long fromId, long toId) {
        StoredEvaluation from = workflow.read(actor, fromId);
        StoredEvaluation to = workflow.read(actor, toId);
        Map<String, String> before = sections(ReportOutline.of(from.document()));
        Map<String, String> after = sections(ReportOutline.of(to.document()));
        List<Section> sections = new ArrayList<>();
        for (Map.Entry<String, String> section : after.entrySet()) {
            String old = before.getOrDefault(section.getKey(), "");
            sections.add(new Section(section.getKey(), TextDiff.between(old, section.getValue()), old.equals(section.getValue())));
        }
        for (Map.Entry<String, String> section : before.entrySet()) {
            if (!after.containsKey(section.getKey())) {
                sections.add(new Section(section.getKey(), TextDiff.between(section.getValue(), ""), false));
            }
        }
        return new Comparison(from.document().fiscalYear(), to.document().fiscalYear(), from.document().title(), sections);
    }

    /** The text under each heading (its heading path as key), paragraphs joined; tables as their rows. */
    private static Map<String, String> sections(ReportOutline outline) {
        Map<String, String> sections = new LinkedHashMap<>();
        String[] path = new String[4];
        String key = outline.title();
        for (ReportElement element : outline.elements()) {
            if (element instanceof ReportElement.Heading heading && heading.level() < path.length) {
                path[heading.level()] = heading.text().replaceFirst("^\\d+\\.", "");
                for (int i = heading.level() + 1; i < path.length; i++) {
                    path[i] = null;
                }
                key = String.join(" › ", Arrays.stream(path).filter(Objects::nonNull).toList());
            } else if (element instanceof ReportElement.Paragraph paragraph) {
                sections.merge(key, paragraph.fullText(), (a, b) -> a + "\n" + b);
            } else if (element instanceof ReportElement.IndicatorTable table) {
                for (ReportElement.IndicatorRow row : table.rows()) {
                    sections.merge(key, row.name() + "：" + row.cycleTarget() + " / " + row.annualTarget() + " / "
                            + row.actual() + " " + row.verdict(), (a, b) -> a + "\n" + b);
                }
            }
        }
        return sections;
    }

    private static String text(Target target) {
        return target == null ? null : target.text();
    }

    private static BigDecimal value(Target target) {
        return target == null ? null : target.baseValue();
    }

    /** A unit's years of one kind and subject. */
    public record History(String unitName, Kind kind, String subject, List<EvaluationSummary> years,
            List<IndicatorHistory> indicators) {
    }

    /** One indicator (by task and name) across the years it was set. */
    public record IndicatorHistory(String task, String name, Map<Integer, IndicatorYear> years) {

        public IndicatorYear in(int year) {
            return years.get(year);
        }
    }

    /** An indicator in one year: target and actual as worded and as numbers (null where qualitative). */
    public record IndicatorYear(String target, BigDecimal targetValue, String actual, BigDecimal actualValue,
            Boolean met) {
    }

    /** Two years of a report, section by section. */
    public record Comparison(int fromYear, int toYear, String title, List<Section> sections) {
    }

    /** A section of the report with its changes. */
    public record Section(String heading, List<TextDiff.Segment> changes, boolean unchanged) {
    }
}
