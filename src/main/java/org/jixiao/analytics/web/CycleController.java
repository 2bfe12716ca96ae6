package org.jixiao.analytics.web;

import org.jixiao.analytics.PerformanceCycle;
import org.jixiao.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A unit's whole cycle on one page: ex-ante, goals, monitoring, self-evaluation, results, year by year. */
@Controller
class CycleController {

    private final PerformanceCycle cycles;

    CycleController(PerformanceCycle cycles) {
        this.cycles = cycles;
    }

    @GetMapping("/units/{unitId}/cycle")
    String cycle(@PathVariable long unitId, Model model) {
        model.addAttribute("cycle", cycles.ofUnit(CurrentActor.get(), unitId));
        return "cycle";
    }
}
