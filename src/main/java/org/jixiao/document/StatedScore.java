package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The score a report states for itself (自评得分, 评价等级), kept as the source wrote it and never taken for
 * jixiao's own: scoring shows it beside the computed score and the linter reports where the two differ.
 *
 * @param total the stated total, e.g. 98.14; null where only a grade is stated
 * @param grade the source's word for the grade (优, 良, 中, 差, 优秀, 良好 …), or null
 * @param text  the sentence or cell it was read from, or null
 */
public record StatedScore(BigDecimal total, String grade, String text,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extensions) {

    public StatedScore {
        total = Decimals.canonical(total);
        grade = grade == null || grade.isBlank() ? null : grade.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        extensions = Extensions.copy(extensions);
    }

    public StatedScore(BigDecimal total, String grade, String text) {
        this(total, grade, text, null);
    }

    /** Whether it says nothing: neither a total nor a grade. */
    @JsonIgnore
    public boolean isEmpty() {
        return total == null && grade == null;
    }
}
