package org.jixiao.exante.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import org.jixiao.account.Actor;
import org.jixiao.exante.ExAnteThresholds;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.FormNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of each region's ex-ante threshold (docs/ex-ante.md, "The threshold"). */
@Controller
class ThresholdController {

    private final ExAnteThresholds thresholds;

    ThresholdController(ExAnteThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping("/admin/exante-thresholds")
    String page(Model model) {
        return page(null, model);
    }

    /** One region's threshold; a figure that is not one is the page again, the figure as typed, saying why. */
    @PostMapping("/admin/exante-thresholds")
    String set(@RequestParam String region, @RequestParam(required = false) String amount, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            BigDecimal typed;
            try {
                typed = amount == null || amount.isBlank() ? null : FormNumbers.parse(amount);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("“" + region + "”的金额门槛应为万元数，而不是“" + amount + "”");
            }
            thresholds.set(actor, region, typed);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("typedRegion", region);
            model.addAttribute("typedAmount", amount);
            return page(e.getMessage(), model);
        }
        redirect.addFlashAttribute("saved", region);
        return "redirect:/admin/exante-thresholds";
    }

    private String page(String problem, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("thresholds", thresholds.all(actor));
        model.addAttribute("defaultAmount", thresholds.defaultAmount());
        model.addAttribute("problem", problem);
        return "exante/thresholds";
    }
}
