package org.jixiao.evaluation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jixiao.evaluation.web.EvaluationForm.FundsForm;
import org.jixiao.evaluation.web.EvaluationForm.IndicatorForm;
import org.jixiao.evaluation.web.EvaluationForm.KeyTaskForm;
import org.jixiao.evaluation.web.EvaluationForm.SourceForm;
import org.springframework.beans.BeanUtils;

/**
 * The inputs of each part of the workspace form, read off the form's classes: a field added to a part is known to
 * the page's anchors and the import's origins without a list of its own. An input is a text property the browser
 * posts, so not a part's rows and not the hidden {@code readFrom}.
 */
final class FormInputs {

    /** Carried by the form but not shown on the page (an indicator's rating and score). */
    private static final Set<String> NOT_SHOWN = Set.of("readFrom", "rating", "score");

    static final List<String> FUNDS = of(FundsForm.class);
    static final List<String> SOURCE = of(SourceForm.class);
    static final List<String> KEY_TASK = of(KeyTaskForm.class);
    static final List<String> INDICATOR = of(IndicatorForm.class);

    private FormInputs() {
    }

    private static List<String> of(Class<?> part) {
        return Arrays.stream(BeanUtils.getPropertyDescriptors(part))
                .filter(p -> p.getPropertyType() == String.class && p.getWriteMethod() != null)
                .map(p -> p.getName()).filter(name -> !NOT_SHOWN.contains(name)).sorted().toList();
    }
}
