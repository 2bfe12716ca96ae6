package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Funds;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.KeyTask;
import org.jixiao.document.Kind;
import org.jixiao.document.Target;

/** Documents for the scoring tests, built through the document's own records and target wording. */
final class Documents {

    private Documents() {
    }

    static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** An indicator with its annual target and actual as a report words them (null: not stated). */
    static Indicator indicator(IndicatorCategory level1, IndicatorSubcategory level2, String name, String target,
            String actual, Boolean met) {
        return Indicator.builder().levels(level1, level2, false).name(name).annualTarget(Target.parse(target))
                .actual(Target.parse(actual)).met(met).build();
    }

    static Indicator output(String name, String target, String actual) {
        return indicator(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, name, target, actual, null);
    }

    static Indicator benefit(String name, String target, String actual) {
        return indicator(IndicatorCategory.BENEFIT, IndicatorSubcategory.SOCIAL, name, target, actual, null);
    }

    static Indicator satisfaction(String name, String target, String actual) {
        return indicator(IndicatorCategory.SATISFACTION, IndicatorSubcategory.SERVICE_RECIPIENT, name, target, actual,
                null);
    }

    static Indicator withWeight(Indicator i, String weight) {
        return i.toBuilder().weight(dec(weight)).build();
    }

    static Indicator withRating(Indicator i, String rating) {
        return i.toBuilder().rating(dec(rating)).build();
    }

    static Indicator withMet(Indicator i, Boolean met) {
        return i.toBuilder().met(met).build();
    }

    static Indicator withReason(Indicator i, String reason) {
        return i.toBuilder().deviationReason(reason).build();
    }

    static Indicator withActual(Indicator i, Target actual) {
        return i.toBuilder().actual(actual).build();
    }

    static KeyTask task(String name, String budget, String executed, List<Indicator> indicators) {
        return new KeyTask(name, null, dec(budget), dec(executed), null, null, null, indicators, null);
    }

    static KeyTask task(String name, String budget, String executed, Indicator... indicators) {
        return task(name, budget, executed, List.of(indicators));
    }

    /** A project self-evaluation: its funds and its one key task, the project. */
    static EvaluationDocument project(String budget, String executed, Indicator... indicators) {
        KeyTask project = task("妇女技能培训", budget, executed, indicators);
        return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.PROJECT, 2023, department(),
                List.of(), funds(budget, executed), List.of(), List.of(project), null, List.of(), List.of(), List.of(),
                null, null);
    }

    static EvaluationDocument department(String budget, String executed, KeyTask... tasks) {
        return new EvaluationDocument(EvaluationDocument.SCHEMA, Kind.DEPARTMENT_OVERALL, 2023, department(),
                List.of(), funds(budget, executed), List.of(), List.of(tasks), null, List.of(), List.of(), List.of(),
                null, null);
    }

    static Funds funds(String budget, String executed) {
        return new Funds(dec(budget), null, dec(executed), null, List.of(), null, null, null);
    }

    private static Department department() {
        return new Department("广州市荔湾区妇女联合会", null, "广州市荔湾区", null, null);
    }
}
