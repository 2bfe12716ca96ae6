package org.jixiao.account.web;

import org.jixiao.account.Trails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The tamper-evident trail for the audit administrator: a check of every chain (the audit trail, the security log)
 * and their seals on request, naming the first entry changed, deleted or inserted. A check reads every entry, so it
 * runs when asked (a POST, which the security log records), not on every view.
 */
@Controller
class TrailController {

    private final Trails trails;

    TrailController(Trails trails) {
        this.trails = trails;
    }

    @GetMapping("/admin/trail")
    String page(Model model) {
        model.addAttribute("chains", trails.chains());
        return "admin/trail";
    }

    @PostMapping("/admin/trail")
    String check(Model model) {
        model.addAttribute("chains", trails.chains());
        model.addAttribute("reports", trails.check());
        return "admin/trail";
    }
}
