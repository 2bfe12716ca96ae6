package org.jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.document.Indicator;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Target;
import org.jixiao.evaluation.Components;
import org.jixiao.evaluation.web.EvaluationForm.IndicatorForm;
import org.junit.jupiter.api.Test;

/** A form row and the document's record copied into each other by the names they share, each value by its type. */
class FormRowTest {

    private final Indicator stored = Indicator.builder()
            .levels(IndicatorCategory.OUTPUT, IndicatorSubcategory.QUANTITY, true).name("培训人次")
            .annualTarget(new Target("≥100人次", null, null, null, Map.of("xPage", 2))).actual(Target.parse("120人次"))
            .met(true).score(new BigDecimal("9.5")).weight(new BigDecimal("10")).deviationReason("无偏差")
            .extensions(Map.of("xNote", "kept")).build();

    @Test
    void eachValueIsShownByItsType() {
        IndicatorForm row = new IndicatorForm();

        FormRow.show(stored, row);

        assertThat(row.getLevel1()).isEqualTo("OUTPUT");
        assertThat(row.getName()).isEqualTo("培训人次");
        assertThat(row.getCycleTarget()).isEmpty();
        assertThat(row.getAnnualTarget()).isEqualTo("≥100人次");
        assertThat(row.getMet()).isEqualTo("true");
        assertThat(row.getRating()).isEmpty();
        assertThat(row.getWeight()).isEqualTo("10");
        assertThat(row.getDeviationReason()).isEqualTo("无偏差");
        assertThat(row.getReadFrom()).isNull();
    }

    @Test
    void eachValueIsReadBackByItsTypeAndAnUnchangedTargetKeepsWhatItCarries() {
        IndicatorForm row = new IndicatorForm();
        FormRow.show(stored, row);
        row.setDeviationReason("  人员调整  ");
        row.setWeight("十分");
        Map<String, String> errors = new LinkedHashMap<>();
        FormRow<Indicator> read = new FormRow<>(Indicator.class, row, stored, "keyTasks[0].indicators[1]",
                new EvaluationFormMapper.Numbers(errors)::number);

        assertThat(read.read("deviationReason")).isEqualTo("人员调整");
        assertThat(read.read("annualTarget")).isSameAs(stored.annualTarget());
        assertThat(read.read("level2")).isEqualTo(IndicatorSubcategory.QUANTITY);
        assertThat(read.read("met")).isEqualTo(Boolean.TRUE);
        assertThat(read.read("weight")).isNull();
        assertThat(errors).containsOnlyKeys("keyTasks[0].indicators[1].weight");
        row.setActual("130人次");
        assertThat(((Target) read.read("actual")).value()).isEqualByComparingTo("130");
    }

    /** A row with fewer fields than the record, as a form that does not show every value. */
    public static class NameOnly {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @Test
    void aValueTheRowHasNoFieldForIsTheStoredOne() {
        NameOnly row = new NameOnly();
        row.setName("培训人数");
        FormRow<Indicator> read = new FormRow<>(Indicator.class, row, stored, "x", (field, typed) -> null);

        Indicator made = Components.make(Indicator.class, read::read);

        assertThat(made.name()).isEqualTo("培训人数");
        assertThat(made.deviationReason()).isEqualTo("无偏差");
        assertThat(made.weight()).isEqualByComparingTo("10");
        assertThat(made.extensions()).containsEntry("xNote", "kept");
        assertThat(List.of(made.annualTarget())).containsExactly(stored.annualTarget());
    }
}
