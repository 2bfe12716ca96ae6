package org.jixiao.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.jixiao.account.AccountException;
import org.jixiao.account.Actor;
import org.jixiao.account.LoginRefusedException;
import org.jixiao.account.SecondFactors;
import org.jixiao.account.TotpSecret;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.SecurityRecorder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Everyone's own second factor: enrolling an authenticator app (the secret waits in the session until a code of it
 * is typed), the recovery codes shown once, and switching it off with a code where the role allows.
 */
@Controller
class SecondFactorController {

    static final String PAGE = "/account/second-factor";
    /** The secret being enrolled: stored with the account only once a code proves the app holds it. */
    private static final String PENDING_SECRET = "jixiao.secondFactor.pendingSecret";

    private final SecondFactors secondFactors;
    private final SecurityRecorder log;

    SecondFactorController(SecondFactors secondFactors, SecurityRecorder log) {
        this.secondFactors = secondFactors;
        this.log = log;
    }

    @GetMapping(PAGE)
    String status(@RequestParam(required = false) String required, Model model) {
        if (required != null) {
            model.addAttribute("notice", "secondFactor.requiredNotice");
        }
        return page(model);
    }

    @PostMapping(PAGE + "/begin")
    String begin(HttpSession session, Model model) {
        TotpSecret secret = TotpSecret.random();
        session.setAttribute(PENDING_SECRET, secret.base32());
        return enrolling(secret, model);
    }

    @PostMapping(PAGE + "/confirm")
    String confirm(@RequestParam(defaultValue = "") String code, HttpSession session, HttpServletRequest request,
            Model model) {
        Actor actor = CurrentActor.get();
        Object pending = session.getAttribute(PENDING_SECRET);
        if (!(pending instanceof String base32)) {
            model.addAttribute("problem", "启用已过期，请重新开始");
            return page(model);
        }
        TotpSecret secret = TotpSecret.fromBase32(base32);
        List<String> codes;
        try {
            codes = secondFactors.enroll(actor.username(), secret, code);
        } catch (AccountException e) {
            model.addAttribute("problem", e.getMessage());
            return enrolling(secret, model);
        }
        session.removeAttribute(PENDING_SECRET);
        log.secondFactor(actor.username(), request.getRemoteAddr(), "SECOND_FACTOR_ENROLLED", true, null);
        model.addAttribute("recoveryCodes", codes);
        model.addAttribute("notice", "secondFactor.enrolledNotice");
        return page(model);
    }

    @PostMapping(PAGE + "/off")
    String switchOff(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        Actor actor = CurrentActor.get();
        try {
            secondFactors.switchOff(actor, request.getRemoteAddr(), code);
            log.secondFactor(actor.username(), request.getRemoteAddr(), "SECOND_FACTOR_OFF", true, null);
            model.addAttribute("notice", "secondFactor.offNotice");
        } catch (AccountException | LoginRefusedException e) {
            log.secondFactor(actor.username(), request.getRemoteAddr(), "SECOND_FACTOR_OFF", false, e.getMessage());
            model.addAttribute("problem", e.getMessage());
        }
        return page(model);
    }

    private String enrolling(TotpSecret secret, Model model) {
        String uri = secret.uri(CurrentActor.get().username());
        model.addAttribute("secret", secret.base32().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("uri", uri);
        model.addAttribute("qr", QrCode.dataUri(uri));
        return page(model);
    }

    private String page(Model model) {
        Actor actor = CurrentActor.get();
        boolean enrolled = secondFactors.enrolled(actor.username());
        model.addAttribute("enrolled", enrolled);
        model.addAttribute("required", secondFactors.requiredOf(actor));
        model.addAttribute("recoveryLeft", enrolled ? secondFactors.recoveryCodesLeft(actor.username()) : 0);
        return "account/second-factor";
    }
}
