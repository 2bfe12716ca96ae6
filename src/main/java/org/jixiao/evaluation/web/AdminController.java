package org.jixiao.evaluation.web;

import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.Unit;
import org.jixiao.web.TablePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator's pages: units, scoring profiles and fiscal years (accounts:
 * {@code account.web.AccountAdminController}).
 */
@Controller
class AdminController {

    private final Evaluations evaluations;
    private final EvaluationScoring scoring;

    AdminController(Evaluations evaluations, EvaluationScoring scoring) {
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    @GetMapping("/admin/units")
    String units(@RequestParam(defaultValue = "1") int page, Model model) {
        TablePage<Unit> table = TablePage.of(evaluations.units(), page, TablePage.SIZE);
        model.addAttribute("units", table.rows());
        model.addAttribute("page", table);
        return "admin/units";
    }

    @PostMapping("/admin/units")
    String createUnit(@RequestParam String name, @RequestParam String region, @RequestParam(required = false) String code,
            @RequestParam(required = false) String parent, RedirectAttributes redirect) {
        evaluations.createUnit(name, region, code, parent);
        redirect.addFlashAttribute("notice", "admin.unitCreated");
        return "redirect:/admin/units";
    }

    /** Scoring profiles (the one in use marked), fiscal years and regions at a glance; rescoring after a change. */
    @GetMapping("/admin/scoring")
    String scoring(Model model) {
        model.addAttribute("profiles", scoring.profiles());
        model.addAttribute("active", scoring.profileName());
        model.addAttribute("years", evaluations.years());
        model.addAttribute("units", evaluations.units());
        return "admin/scoring";
    }

    @PostMapping("/admin/scoring/reassess")
    String reassess(RedirectAttributes redirect) {
        redirect.addFlashAttribute("reassessed", evaluations.reassess(EvaluationFilter.ALL));
        return "redirect:/admin/scoring";
    }
}
