package org.jixiao.evaluation;

import java.util.List;
import org.jixiao.document.Indicator;

/**
 * Indicators proposed for a key task that is only a name and a goal yet, as a new evaluation begins from them. The
 * indicator library answers it; the evaluation module asks without depending on the library, which uses it.
 */
public interface IndicatorSuggestions {

    /**
     * At most {@code count} indicators for the task, the most fitting first and generic ones (服务对象满意度 …) only
     * where there is nothing better; each with its levels, its name and a placeholder annual target.
     */
    List<Indicator> forTask(String task, String goal, int count);
}
