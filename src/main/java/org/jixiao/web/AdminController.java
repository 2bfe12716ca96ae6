package org.jixiao.web;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.account.Accounts;
import org.jixiao.account.LoginThrottle;
import org.jixiao.account.Role;
import org.jixiao.evaluation.EvaluationFilter;
import org.jixiao.evaluation.EvaluationScoring;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.Unit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages: accounts (a new or reset password is shown once) and units. */
@Controller
class AdminController {

    private final Accounts accounts;
    private final Evaluations evaluations;
    private final EvaluationScoring scoring;
    private final LoginThrottle throttle;

    AdminController(Accounts accounts, Evaluations evaluations, EvaluationScoring scoring, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.evaluations = evaluations;
        this.scoring = scoring;
    }

    @GetMapping("/admin/accounts")
    String accounts(@RequestParam(defaultValue = "1") int page, Model model) {
        Map<Long, String> unitNames = evaluations.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        Set<String> locked = throttle.lockedAccounts();
        // a province has thousands of accounts: a hundred a page
        TablePage<AccountRow> table = TablePage.of(accounts.all().stream().map(a -> new AccountRow(a.id(), a.username(),
                a.displayName(), a.role(), a.unitId() != null ? unitNames.get(a.unitId()) : a.region(),
                !a.enabled() ? "admin.disabled" : locked.contains(a.username()) ? "admin.locked" : "admin.enabled", a.enabled()))
                .toList(), page, DashboardController.PAGE_SIZE);
        model.addAttribute("accounts", table.rows());
        model.addAttribute("page", table);
        model.addAttribute("units", evaluations.units());
        model.addAttribute("regions", evaluations.regions());
        model.addAttribute("roles", Role.values());
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String region,
            RedirectAttributes redirect) {
        Accounts.NewAccount created = accounts.createWithGeneratedPassword(username, displayName, role, unitId, region);
        redirect.addFlashAttribute("password", new ShownPassword(created.account().username(), created.password()));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        String password = accounts.resetPassword(id);
        String username = accounts.find(id).orElseThrow().username();
        redirect.addFlashAttribute("password", new ShownPassword(username, password));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled) {
        accounts.setEnabled(id, enabled);
        return "redirect:/admin/accounts";
    }

    @GetMapping("/admin/units")
    String units(@RequestParam(defaultValue = "1") int page, Model model) {
        TablePage<Unit> table = TablePage.of(evaluations.units(), page, DashboardController.PAGE_SIZE);
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

    /** One line of the account list. */
    record AccountRow(long id, String username, String displayName, Role role, String scope, String state,
            boolean enabled) {
    }

    /** A password shown once, right after it was set. */
    record ShownPassword(String username, String password) implements Serializable {
    }
}
