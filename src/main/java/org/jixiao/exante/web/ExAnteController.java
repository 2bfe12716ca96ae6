package org.jixiao.exante.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.account.Actor;
import org.jixiao.evaluation.EvaluationSummary;
import org.jixiao.exante.ExAnteAccess;
import org.jixiao.exante.ExAnteNotFoundException;
import org.jixiao.exante.ExAnteRequest;
import org.jixiao.exante.ExAnteRequests;
import org.jixiao.exante.ExAnteStepRefusedException;
import org.jixiao.exante.ExAnteThresholds;
import org.jixiao.exante.InvalidFilingException;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.scoring.ExAnteProfile;
import org.jixiao.scoring.ExAnteScore;
import org.jixiao.scoring.ExAnteScorer;
import org.jixiao.web.CurrentActor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 事前绩效评估: the unit's requests and their form, the reviewer's list, one request with its assessment (the running
 * total answered to htmx as scores are typed), and the report's downloads. A refusal of a form is the page again
 * with what to change (422), the rest the shared error page.
 */
@Controller
@RequestMapping("/exante")
class ExAnteController {

    /** Times as people in China read them, whatever the server's zone. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ExAnteRequests requests;
    private final ExAnteThresholds thresholds;

    ExAnteController(ExAnteRequests requests, ExAnteThresholds thresholds) {
        this.requests = requests;
        this.thresholds = thresholds;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("requests", requests.list(actor));
        model.addAttribute("mayFile", ExAnteAccess.canFile(actor));
        model.addAttribute("assesses", ExAnteAccess.assessesRegion(actor));
        model.addAttribute("profile", requests.currentProfile());
        model.addAttribute("threshold", thresholds.ofActor(actor));
        return "exante/list";
    }

    @GetMapping("/new")
    String newRequest(Model model) {
        return form(FilingForm.blank(Year.now().getValue() + 1), null, Map.of(), model);
    }

    @PostMapping
    String file(@ModelAttribute("form") FilingForm form, Model model, HttpServletResponse response) {
        try {
            long id = requests.file(CurrentActor.get(), form.toFiling());
            return "redirect:/exante/" + id;
        } catch (InvalidFilingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            form.pad();
            return form(form, null, e.errors(), model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        ExAnteRequest request = requests.read(actor, id);
        if (!ExAnteAccess.canEdit(actor, request)) {
            return "redirect:/exante/" + id; // submitted or concluded: the request's page says where it stands
        }
        return form(FilingForm.of(request.filing(), request.version()), request, Map.of(), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") FilingForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            requests.update(CurrentActor.get(), id, form.getVersion(), form.toFiling());
            redirect.addFlashAttribute("notice", "exante.saved");
            return "redirect:/exante/" + id;
        } catch (InvalidFilingException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            form.pad();
            return form(form, requests.read(CurrentActor.get(), id), e.errors(), model);
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @ModelAttribute("form") FilingForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            requests.submit(actor, id, form.getVersion());
        } catch (InvalidFilingException e) {
            // what the submission lacks, shown in the form where it is to be filled in
            ExAnteRequest request = requests.read(actor, id);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(FilingForm.of(request.filing(), request.version()), request, e.errors(), model);
        }
        redirect.addFlashAttribute("notice", "exante.submitted");
        return "redirect:/exante/" + id;
    }

    @GetMapping("/{id}")
    String request(@PathVariable long id, Model model) {
        ExAnteRequest request = requests.read(CurrentActor.get(), id);
        return page(request, AssessmentForm.of(request), null, model);
    }

    /** The running total and conclusion of the scores typed so far, for htmx; nothing is saved. */
    @PostMapping("/{id}/preview")
    String preview(@PathVariable long id, @ModelAttribute("assessment") AssessmentForm form, Model model) {
        Actor actor = CurrentActor.get();
        ExAnteRequest request = requests.read(actor, id);
        ExAnteProfile profile = requests.profileOf(request);
        model.addAttribute("profile", profile);
        try {
            model.addAttribute("score", requests.preview(actor, id, form.scores(profile)));
        } catch (IllegalArgumentException e) {
            model.addAttribute("scoreError", e.getMessage());
        }
        return "exante/request :: total";
    }

    @PostMapping("/{id}/assessment")
    String save(@PathVariable long id, @ModelAttribute("assessment") AssessmentForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return assess(id, form, false, model, response, redirect);
    }

    @PostMapping("/{id}/conclude")
    String conclude(@PathVariable long id, @ModelAttribute("assessment") AssessmentForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return assess(id, form, true, model, response, redirect);
    }

    @PostMapping("/{id}/return")
    String returnForInformation(@PathVariable long id, @ModelAttribute("assessment") AssessmentForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            requests.returnForInformation(actor, id, form.getVersion(), form.getNote());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(requests.read(actor, id), form, e.getMessage(), model);
        }
        redirect.addFlashAttribute("notice", "exante.returned");
        return "redirect:/exante/" + id;
    }

    @GetMapping("/{id}/report.{extension}")
    ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable String extension) {
        ReportFormat format = ReportFormat.named(extension).filter(f -> f == ReportFormat.PDF || f == ReportFormat.DOCX)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "format " + extension));
        Actor actor = CurrentActor.get();
        byte[] content = requests.report(actor, id, format).content();
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(requests.reportFileName(actor, id, format), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }

    @ExceptionHandler(ExAnteNotFoundException.class)
    String notFound(ExAnteNotFoundException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }

    @ExceptionHandler(ExAnteStepRefusedException.class)
    String refused(ExAnteStepRefusedException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), model, response);
    }

    private String assess(long id, AssessmentForm form, boolean conclude, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ExAnteRequest request = requests.read(actor, id);
        try {
            Map<String, BigDecimal> scores = form.scores(requests.profileOf(request));
            if (conclude) {
                requests.conclude(actor, id, form.getVersion(), scores, form.getReasons(), form.getOpinion());
            } else {
                requests.saveAssessment(actor, id, form.getVersion(), scores, form.getReasons(), form.getOpinion());
            }
        } catch (IllegalArgumentException e) {
            // the scores typed are shown back with what is wrong in them: nothing was saved
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(request, form, e.getMessage(), model);
        }
        redirect.addFlashAttribute("notice", conclude ? "exante.concluded" : "exante.assessmentSaved");
        return "redirect:/exante/" + id;
    }

    private String page(ExAnteRequest request, AssessmentForm form, String problem, Model model) {
        Actor actor = CurrentActor.get();
        ExAnteProfile profile = requests.profileOf(request);
        model.addAttribute("request", request);
        model.addAttribute("profile", profile);
        model.addAttribute("assessment", form);
        model.addAttribute("problem", problem);
        model.addAttribute("mayEdit", ExAnteAccess.canEdit(actor, request));
        model.addAttribute("mayAssess", ExAnteAccess.canAssess(actor, request));
        model.addAttribute("seesAssessment", ExAnteAccess.canSeeAssessment(actor, request));
        model.addAttribute("threshold", thresholds.of(request.region()));
        model.addAttribute("history", requests.history(actor, request));
        ExAnteScore score = null;
        try {
            score = ExAnteAccess.canSeeAssessment(actor, request) ? ExAnteScorer.score(profile, form.scores(profile))
                    : null;
        } catch (IllegalArgumentException e) {
            model.addAttribute("scoreError", e.getMessage());
        }
        model.addAttribute("score", score);
        model.addAttribute("assessedAt", request.assessment().assessedAt() == null ? ""
                : MINUTE.format(request.assessment().assessedAt().atZone(CHINA)));
        List<EvaluationSummary> evaluations = ExAnteAccess.assessesRegion(actor)
                ? requests.selfEvaluations(actor, request) : List.of();
        model.addAttribute("selfEvaluations", evaluations);
        model.addAttribute("sameProject", evaluations.stream().filter(e -> ExAnteRequests.sameProject(e, request))
                .map(EvaluationSummary::id).collect(Collectors.toSet()));
        return "exante/request";
    }

    private String form(FilingForm form, ExAnteRequest request, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("request", request);
        model.addAttribute("errors", errors);
        model.addAttribute("profile", request == null ? requests.currentProfile() : requests.profileOf(request));
        model.addAttribute("threshold", request == null ? thresholds.ofActor(CurrentActor.get())
                : thresholds.of(request.region()));
        return "exante/form";
    }

    private static String problem(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        model.addAttribute("actor", CurrentActor.get());
        return "error";
    }
}
