package org.jixiao.evaluation.web;

import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.scoring.ScoringProfile;
import org.springframework.stereotype.Component;

/**
 * A scoring profile as pages show it: by its title (财政部项目支出绩效评价默认评分规则), its name (MOF_2020) being a
 * setting's value, for the tooltip.
 */
@Component("scoringProfiles")
class ScoringProfileTitles {

    private final EvaluationScoring scoring;

    ScoringProfileTitles(EvaluationScoring scoring) {
        this.scoring = scoring;
    }

    /** The title of the profile of that name; the name itself for a profile this deployment no longer has. */
    public String title(String name) {
        return scoring.profiles().stream().filter(p -> p.name().equals(name)).map(ScoringProfile::title)
                .filter(t -> t != null && !t.isBlank()).findFirst().orElse(name);
    }
}
