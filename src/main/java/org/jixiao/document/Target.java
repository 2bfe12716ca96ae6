package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A target value or an actual value as a report words it ({@code text}), and what it means: the comparator,
 * the number and the unit as written. Built from wording alone with {@link #parse(String)}; in a document,
 * a target that gives only its text is read the same way.
 *
 * @param text       the source's wording, e.g. 98%以上
 * @param comparator how the actual is held against it; QUALITATIVE for wording without a number
 * @param value      the number, null for a qualitative target
 * @param unit       the unit as written (%, 次, 万元, 万人次), null where none is written
 * @param extensions fields of the source that this format does not know, kept for the round trip
 */
public record Target(
        String text,
        Comparison comparator,
        BigDecimal value,
        String unit,
        Map<String, Object> extensions) {

    public Target {
        value = Decimals.canonical(value);
        extensions = Extensions.copy(extensions);
        if (comparator == null && text != null) {
            Target parsed = TargetParser.parse(text);
            if (parsed != null) {
                comparator = parsed.comparator;
                value = value != null ? value : parsed.value;
                unit = unit != null ? unit : parsed.unit;
            }
        } else if (text == null && comparator != null) {
            text = wording(comparator, value, unit);
        }
    }

    /** The target a report's wording states, or null for blank wording. */
    public static Target parse(String text) {
        return TargetParser.parse(text);
    }

    /** A document may give a target as its bare wording: "98%以上". */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Target fromJsonText(String text) {
        return parse(text);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static Target fromJson(@JsonProperty("text") String text, @JsonProperty("comparator") Comparison comparator,
            @JsonProperty("value") BigDecimal value, @JsonProperty("unit") String unit,
            @JsonAnySetter Map<String, Object> extensions) {
        return new Target(text, comparator, value, unit, extensions);
    }

    @JsonAnyGetter
    @Override
    public Map<String, Object> extensions() {
        return extensions;
    }

    @JsonIgnore
    public boolean isQualitative() {
        return comparator == Comparison.QUALITATIVE;
    }

    /** The value in the unit without its 万/亿 multiplier (5 万人次 → 50000), for comparing across wordings. */
    public BigDecimal baseValue() {
        return value == null ? null : Decimals.canonical(value.multiply(BigDecimal.valueOf(multiplier())));
    }

    /** The unit without its 万/亿 multiplier (万人次 → 人次, 万元 → 元). */
    public String baseUnit() {
        return multiplier() == 1 ? unit : unit.substring(1);
    }

    private long multiplier() {
        if (unit == null || unit.length() < 2) {
            return 1;
        }
        return switch (unit.charAt(0)) {
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            default -> 1;
        };
    }

    private static String wording(Comparison comparator, BigDecimal value, String unit) {
        if (value == null) {
            return null;
        }
        return comparator.printed() + Decimals.plain(value) + (unit == null ? "" : unit);
    }
}
