package org.jixiao.evaluation;

import org.springframework.data.relational.core.mapping.Table;

/** One numbered item of a list section of the report: a duty, a goal, an achievement, a problem, a measure. */
@Table("evaluation_text")
record NarrativeItem(Section section, String body) {

    enum Section {
        FUNCTION, GOAL, ACHIEVEMENT, PROBLEM, MEASURE
    }
}
