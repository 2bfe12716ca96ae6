package org.jixiao.account.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.account.Account;
import org.jixiao.account.AccountAdministration;
import org.jixiao.account.Actor;
import org.jixiao.account.LoginThrottle;
import org.jixiao.account.Role;
import org.jixiao.account.SecondFactors;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.Unit;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.TablePage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of accounts, for the system administrator (the people who report and review) and the security
 * administrator (the administrators, password resets and unlocking); what each may do is {@link
 * AccountAdministration}'s to say. A new or reset password is shown once.
 */
@Controller
class AccountAdminController {

    private final AccountAdministration administration;
    private final Evaluations evaluations;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;

    AccountAdminController(AccountAdministration administration, Evaluations evaluations, LoginThrottle throttle,
            SecondFactors secondFactors) {
        this.administration = administration;
        this.evaluations = evaluations;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
    }

    @GetMapping("/admin/accounts")
    String accounts(@RequestParam(defaultValue = "1") int page, Model model) {
        Actor actor = CurrentActor.get();
        Map<Long, String> unitNames = evaluations.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
        Set<String> locked = throttle.lockedAccounts();
        Set<String> enrolled = secondFactors.enrolledAccounts();
        // a province has thousands of accounts: a hundred a page
        TablePage<AccountRow> table = TablePage.of(administration.listedFor(actor).stream()
                .map(a -> AccountRow.of(a, actor, a.unitId() != null ? unitNames.get(a.unitId()) : a.region(),
                        locked.contains(a.username()), enrolled.contains(a.username())))
                .toList(), page, TablePage.SIZE);
        List<Role> creatable = List.of(Role.values()).stream()
                .filter(AccountAdministration.rolesManagedBy(actor)::contains).toList();
        model.addAttribute("accounts", table.rows());
        model.addAttribute("page", table);
        model.addAttribute("units", evaluations.units());
        model.addAttribute("regions", evaluations.regions());
        model.addAttribute("roles", creatable);
        model.addAttribute("forPeople", creatable.contains(Role.UNIT_EDITOR)); // units and regions are theirs
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam String username, @RequestParam String displayName, @RequestParam Role role,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String region,
            RedirectAttributes redirect) {
        var created = administration.create(CurrentActor.get(), username, displayName, role, unitId, region);
        redirect.addFlashAttribute("password", new ShownPassword(created.account().username(), created.password()));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        var reset = administration.resetPassword(CurrentActor.get(), id);
        redirect.addFlashAttribute("password", new ShownPassword(reset.account().username(), reset.password()));
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        administration.unlock(CurrentActor.get(), id);
        redirect.addFlashAttribute("notice", "admin.unlocked");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        administration.resetSecondFactor(CurrentActor.get(), id);
        redirect.addFlashAttribute("notice", "admin.secondFactorReset");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled) {
        if (enabled) {
            administration.enable(CurrentActor.get(), id);
        } else {
            administration.disable(CurrentActor.get(), id);
        }
        return "redirect:/admin/accounts";
    }

    /** One line of the account list, with the actions the viewer may take on it. */
    record AccountRow(long id, String username, String displayName, Role role, String scope, String state,
            boolean enabled, boolean manageable, boolean resettable, boolean secondFactor, boolean locked) {

        static AccountRow of(Account account, Actor viewer, String scope, boolean locked, boolean secondFactor) {
            return new AccountRow(account.id(), account.username(), account.displayName(), account.role(), scope,
                    !account.enabled() ? "admin.disabled" : locked ? "admin.locked" : "admin.enabled",
                    account.enabled(), AccountAdministration.canManage(viewer, account),
                    AccountAdministration.canResetPassword(viewer, account), secondFactor, locked);
        }
    }

    /** A password shown once, right after it was set. */
    record ShownPassword(String username, String password) implements Serializable {
    }
}
