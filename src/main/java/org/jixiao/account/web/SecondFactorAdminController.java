package org.jixiao.account.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jixiao.account.Role;
import org.jixiao.account.SecondFactors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Which roles must log in with a second factor (a change of settings, logged as every one under /admin/). */
@Controller
class SecondFactorAdminController {

    private final SecondFactors secondFactors;

    SecondFactorAdminController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @GetMapping("/admin/second-factor")
    String roles(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("required", secondFactors.requiredRoles());
        return "admin/second-factor";
    }

    @PostMapping("/admin/second-factor")
    String require(@RequestParam(name = "role", required = false) List<Role> roles, RedirectAttributes redirect) {
        Set<Role> required = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        secondFactors.requireFor(required);
        redirect.addFlashAttribute("notice", "secondFactor.rolesSaved");
        return "redirect:/admin/second-factor";
    }
}
