package org.jixiao.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.review.AuditEvent;
import org.jixiao.review.People;
import org.jixiao.review.ReviewSection;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.review.SubmissionRefusedException;
import org.jixiao.web.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review steps of an evaluation and its audit trail. */
@Controller
class WorkflowController {

    private final ReviewWorkflow workflow;
    private final People people;

    WorkflowController(ReviewWorkflow workflow, People people) {
        this.workflow = workflow;
        this.people = people;
    }

    /**
     * 送审 of the version the page showed. Refused, the page lists what stands in the way, each linked to its field
     * in the workspace: errors to correct (422), or warnings to confirm (409) with the button that confirms them.
     */
    @PostMapping("/evaluations/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean confirm, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            workflow.submit(CurrentActor.get(), id, version, confirm);
        } catch (SubmissionRefusedException refused) {
            response.setStatus(refused.awaitsConfirmation() ? HttpServletResponse.SC_CONFLICT : 422);
            model.addAttribute("evaluation", workflow.read(CurrentActor.get(), id));
            model.addAttribute("refused", refused);
            return "review/submission";
        }
        return done(id, "workflow.submitted", redirect);
    }

    /** 退回: the form sends one comment per section, named comment.SECTION. */
    @PostMapping("/evaluations/{id}/return")
    String returnForRevision(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> comments = new LinkedHashMap<>();
        for (ReviewSection section : ReviewSection.values()) {
            comments.put(section.key(), form.get("comment." + section.key()));
        }
        workflow.returnForRevision(CurrentActor.get(), id, comments);
        return done(id, "workflow.returned", redirect);
    }

    @PostMapping("/evaluations/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        workflow.approve(CurrentActor.get(), id, comment);
        return done(id, "workflow.approved", redirect);
    }

    @PostMapping("/evaluations/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        workflow.publish(CurrentActor.get(), id);
        return done(id, "workflow.published", redirect);
    }

    /** 绩效目标申报: next year's evaluation from this one, opened for editing. */
    @PostMapping("/evaluations/{id}/next-year")
    String nextYear(@PathVariable long id, RedirectAttributes redirect) {
        long created = workflow.beginNextYear(CurrentActor.get(), id).id();
        redirect.addFlashAttribute("notice", "workflow.nextYear");
        return "redirect:/evaluations/" + created + "/edit";
    }

    /** The audit trail, each person by the name their account shows (the login name beside it, for the record). */
    @GetMapping("/evaluations/{id}/audit")
    String audit(@PathVariable long id, Model model) {
        List<AuditEvent> events = workflow.audit(CurrentActor.get(), id);
        model.addAttribute("evaluation", workflow.read(CurrentActor.get(), id));
        model.addAttribute("events", events);
        model.addAttribute("names", people.named(events.stream().map(AuditEvent::actor).toList()));
        return "audit";
    }

    private static String done(long id, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", message);
        return "redirect:/evaluations/" + id;
    }
}
