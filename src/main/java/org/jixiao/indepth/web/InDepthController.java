package org.jixiao.indepth.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Actor;
import org.jixiao.document.Grade;
import org.jixiao.indepth.InDepthAccess;
import org.jixiao.indepth.InDepthEvaluation;
import org.jixiao.indepth.InDepthEvaluations;
import org.jixiao.indepth.InDepthKind;
import org.jixiao.indepth.InDepthNotFoundException;
import org.jixiao.indepth.InDepthOpening;
import org.jixiao.indepth.InDepthStatus;
import org.jixiao.indepth.InDepthStepRefusedException;
import org.jixiao.indepth.ReportSection;
import org.jixiao.indepth.Selection;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.scoring.InDepthFramework;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.FormNumbers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 重点绩效评价: the bureau's choice among its region's self-evaluated projects, the list of evaluations, one
 * evaluation (framework, assignment, experts' scores, agreed scores, report), and the institutions. A refusal is the
 * page again with what to change (422); an evaluation the actor may not see does not exist (404).
 */
@Controller
@RequestMapping("/in-depth")
class InDepthController {

    private final InDepthEvaluations inDepth;

    InDepthController(InDepthEvaluations inDepth) {
        this.inDepth = inDepth;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("evaluations", inDepth.list(actor));
        model.addAttribute("manages", InDepthAccess.managesRegion(actor));
        return "indepth/list";
    }

    @GetMapping("/candidates")
    String candidates(@RequestParam(required = false) String minBudget, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) Integer minYears, @RequestParam(required = false) Integer minFindings,
            Model model) {
        Selection selection = new Selection(number(minBudget, "金额"), grade, minYears, minFindings);
        model.addAttribute("candidates", inDepth.candidates(CurrentActor.get(), selection));
        model.addAttribute("selection", selection);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("kinds", InDepthKind.values());
        model.addAttribute("thisYear", inDepth.today().getYear());
        model.addAttribute("today", inDepth.today());
        return "indepth/candidates";
    }

    @PostMapping
    String open(@RequestParam long sourceId, @RequestParam(required = false) InDepthKind kind,
            @RequestParam(required = false) String scope, @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn) {
        long id = inDepth.open(CurrentActor.get(), new InDepthOpening(sourceId, kind, scope, date(startsOn, "开始日期"),
                date(endsOn, "结束日期")));
        return "redirect:/in-depth/" + id;
    }

    @GetMapping("/{id}")
    String evaluation(@PathVariable long id, Model model) {
        return page(id, null, model);
    }

    @PostMapping("/{id}/indicators")
    String saveIndicator(@PathVariable long id, @RequestParam String code, @RequestParam String area,
            @RequestParam String group, @RequestParam String title, @RequestParam String weight,
            @RequestParam(required = false) String rule, RedirectAttributes redirect) {
        InDepthFramework.Indicator indicator;
        try {
            indicator = new InDepthFramework.Indicator(code.strip(), area.strip(), group.strip(), title.strip(),
                    number(weight, "分值"), rule);
        } catch (IllegalArgumentException e) {
            throw new InDepthStepRefusedException(e.getMessage());
        }
        inDepth.saveIndicator(CurrentActor.get(), id, indicator);
        return saved(id, redirect, "indepth.saved.framework");
    }

    @PostMapping("/{id}/indicators/{code}/remove")
    String removeIndicator(@PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
        inDepth.removeIndicator(CurrentActor.get(), id, code);
        return saved(id, redirect, "indepth.saved.framework");
    }

    @PostMapping("/{id}/advance")
    String advance(@PathVariable long id, RedirectAttributes redirect) {
        inDepth.advance(CurrentActor.get(), id);
        return saved(id, redirect, "indepth.saved.step");
    }

    @PostMapping("/{id}/assignment")
    String assign(@PathVariable long id, @RequestParam long institution, @RequestParam(required = false) String from,
            @RequestParam(required = false) String until, RedirectAttributes redirect) {
        inDepth.assign(CurrentActor.get(), id, institution, date(from, "委托开始日期"), date(until, "委托结束日期"));
        return saved(id, redirect, "indepth.saved.assignment");
    }

    @PostMapping("/{id}/experts")
    String addExpert(@PathVariable long id, @RequestParam String username, RedirectAttributes redirect) {
        inDepth.addExpert(CurrentActor.get(), id, username.strip());
        return saved(id, redirect, "indepth.saved.expert");
    }

    /** An expert's scores, one field {@code score_CODE} per indicator; a blank one is taken back. */
    @PostMapping("/{id}/scores")
    String score(@PathVariable long id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("score_")) {
                scores.put(name.substring("score_".length()), number(value, "得分"));
            }
        });
        inDepth.score(CurrentActor.get(), id, scores);
        return saved(id, redirect, "indepth.saved.scores");
    }

    @PostMapping("/{id}/agreements/{code}")
    String agree(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String score,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        inDepth.agree(CurrentActor.get(), id, code, number(score, "确定得分"), reason);
        return saved(id, redirect, "indepth.saved.agreement");
    }

    @PostMapping("/{id}/report")
    String writeReport(@PathVariable long id, @RequestParam Map<String, String> fields, RedirectAttributes redirect) {
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            if (fields.containsKey(section.name())) {
                texts.put(section, fields.get(section.name()));
            }
        }
        inDepth.writeReport(CurrentActor.get(), id, texts);
        return saved(id, redirect, "indepth.saved.report");
    }

    /** The report, always as an attachment. */
    @GetMapping("/{id}/report.{extension}")
    ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable String extension) {
        ReportFormat format = ReportFormat.named(extension).filter(f -> f == ReportFormat.PDF || f == ReportFormat.DOCX)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "format " + extension));
        Actor actor = CurrentActor.get();
        byte[] content = inDepth.report(actor, id, format).content();
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(inDepth.reportFileName(actor, id, format), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }

    @GetMapping("/institutions")
    String institutions(Model model) {
        model.addAttribute("institutions", inDepth.institutions(CurrentActor.get()));
        return "indepth/institutions";
    }

    @PostMapping("/institutions")
    String createInstitution(@RequestParam String name, RedirectAttributes redirect) {
        inDepth.createInstitution(CurrentActor.get(), name);
        redirect.addFlashAttribute("notice", "indepth.saved.institution");
        return "redirect:/in-depth/institutions";
    }

    @PostMapping("/institutions/{institution}/members")
    String addMember(@PathVariable long institution, @RequestParam String username, RedirectAttributes redirect) {
        inDepth.addMember(CurrentActor.get(), institution, username.strip());
        redirect.addFlashAttribute("notice", "indepth.saved.member");
        return "redirect:/in-depth/institutions";
    }

    @ExceptionHandler(InDepthNotFoundException.class)
    String notFound(InDepthNotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("actor", CurrentActor.get());
        return "error";
    }

    /** A refusal: the evaluation's page again with what to change, or the error page where there is no page. */
    @ExceptionHandler(InDepthStepRefusedException.class)
    String refused(InDepthStepRefusedException e, Model model, HttpServletResponse response,
            HttpServletRequest request) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        String[] parts = request.getRequestURI().replaceFirst("^.*?/in-depth/?", "").split("/");
        if (parts.length > 0 && parts[0].matches("\\d+")) {
            return page(Long.parseLong(parts[0]), e.getMessage(), model);
        }
        model.addAttribute("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("actor", CurrentActor.get());
        return "error";
    }

    private String page(long id, String problem, Model model) {
        Actor actor = CurrentActor.get();
        InDepthEvaluation evaluation = inDepth.read(actor, id);
        LocalDate today = inDepth.today();
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("framework", inDepth.framework(actor, id));
        model.addAttribute("tally", inDepth.tally(actor, id));
        model.addAttribute("problem", problem);
        model.addAttribute("sections", ReportSection.values());
        model.addAttribute("statuses", InDepthStatus.values());
        model.addAttribute("mayEditFramework", InDepthAccess.canEditFramework(actor, evaluation));
        model.addAttribute("mayAssign", InDepthAccess.canAssign(actor, evaluation));
        model.addAttribute("mayStep", InDepthAccess.canStep(actor, evaluation));
        model.addAttribute("mayScore", InDepthAccess.canScore(actor, evaluation, today));
        model.addAttribute("mayAgree", InDepthAccess.canAgree(actor, evaluation, today));
        model.addAttribute("mayWriteReport", InDepthAccess.canWriteReport(actor, evaluation, today));
        model.addAttribute("mayDownload", InDepthAccess.canDownloadReport(actor, evaluation, today));
        model.addAttribute("institutions", InDepthAccess.canAssign(actor, evaluation)
                ? inDepth.institutions(actor) : List.of());
        return "indepth/evaluation";
    }

    private static String saved(long id, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/in-depth/" + id;
    }

    private static BigDecimal number(String typed, String what) {
        try {
            return FormNumbers.parse(typed);
        } catch (NumberFormatException e) {
            throw new InDepthStepRefusedException(what + "“" + typed + "”不是数字");
        }
    }

    private static LocalDate date(String typed, String what) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new InDepthStepRefusedException(what + "“" + typed + "”不是日期，请按 2026-01-31 的格式填写");
        }
    }
}
