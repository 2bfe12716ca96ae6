package org.jixiao.goals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.account.Actor;
import org.jixiao.document.GoalJson;
import org.jixiao.document.GoalSheet;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.jixiao.goals.Criterion;
import org.jixiao.goals.CriterionReview;
import org.jixiao.goals.GoalAccess;
import org.jixiao.goals.GoalFiling;
import org.jixiao.goals.GoalFilingExistsException;
import org.jixiao.goals.GoalFilingNotFoundException;
import org.jixiao.goals.GoalFilings;
import org.jixiao.goals.GoalGrade;
import org.jixiao.goals.GoalSheetRefusedException;
import org.jixiao.goals.GoalStatus;
import org.jixiao.goals.SignedSheets;
import org.jixiao.goals.SignedSheets.SignedSheet;
import org.jixiao.rendering.GoalSheetRenderer;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.web.CurrentActor;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 绩效目标管理's pages: the unit's list and 新建, the editor and 送审, the reviewer's list, review and 公开, and the
 * public list; the sheet's 绩效目标申报表 as Word, PDF and Excel. Each asks {@link GoalFilings}, which asks
 * {@link GoalAccess}; the page only chooses what to show.
 */
@Controller
class GoalController {

    private final GoalFilings goals;
    private final GoalPages pages;
    private final ObjectProvider<SignedSheets> signed;

    GoalController(GoalFilings goals, GoalPages pages, ObjectProvider<SignedSheets> signed) {
        this.goals = goals;
        this.pages = pages;
        this.signed = signed;
    }

    /** The unit's sheets and 新建, or the region's for review; the public's list for anyone else. */
    @GetMapping("/goals")
    String list(Model model) {
        Actor actor = CurrentActor.get();
        if (GoalAccess.filesForUnit(actor)) {
            model.addAttribute("filings", goals.ofOwnUnit(actor));
            model.addAttribute("unit", goals.unitOf(actor));
            model.addAttribute("year", Year.now().getValue() + 1);
            return "goals/unit";
        }
        if (GoalAccess.reviewsRegion(actor)) {
            model.addAttribute("filings", goals.ofOwnRegion(actor));
            model.addAttribute("region", actor.region());
            return "goals/region";
        }
        return "redirect:/public/goals";
    }

    @PostMapping("/goals/new")
    String begin(@RequestParam(required = false) Kind kind, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String project, @RequestParam(defaultValue = "false") boolean fromLastYear,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        try {
            if (year == null) {
                throw new IllegalArgumentException("请填写预算年度，如 " + (Year.now().getValue() + 1));
            }
            GoalFiling begun = goals.begin(actor, kind, year, project, fromLastYear);
            redirect.addFlashAttribute("notice", "goals.begun");
            return "redirect:/goals/" + begun.id();
        } catch (GoalFilingExistsException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/goals/" + e.existing();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("typedKind", kind);
            model.addAttribute("typedProject", project);
            model.addAttribute("filings", goals.ofOwnUnit(actor));
            model.addAttribute("unit", goals.unitOf(actor));
            model.addAttribute("year", year);
            return "goals/unit";
        }
    }

    /** The editor while the unit may change the sheet; the sheet with its review otherwise. */
    @GetMapping("/goals/{id}")
    String sheet(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        GoalFiling filing = goals.read(actor, id);
        if (GoalAccess.canEdit(actor, filing)) {
            return pages.editor(actor, filing, GoalSheetForm.from(filing.sheet(), filing.version()),
                    GoalSheetForm.noErrors(), model);
        }
        return pages.sheet(actor, filing, Map.of(), null, model);
    }

    /**
     * The editor's buttons: 保存, 保存并提交, a row added (empty or a suggestion of the library) and shown again unsaved.
     */
    @PostMapping("/goals/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") GoalSheetForm form, @RequestParam String action,
            @RequestParam(required = false) String suggestion, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        GoalFiling filing = goals.read(actor, id);
        switch (action) {
            case "addIndicator" -> {
                form.getIndicators().add(new GoalSheetForm.IndicatorRow());
                return unsaved(actor, filing, form, model);
            }
            case "addTask" -> {
                form.getTasks().add(new GoalSheetForm.TaskRow());
                return unsaved(actor, filing, form, model);
            }
            case "addSuggestion" -> {
                form.getIndicators().add(suggestedRow(suggestion));
                return unsaved(actor, filing, form, model);
            }
            case "save", "submit" -> {
                Map<String, String> errors = GoalSheetForm.noErrors();
                GoalSheet typed = form.toSheet(filing.sheet(), errors);
                if (!errors.isEmpty()) {
                    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                    model.addAttribute("problem", String.join("；", errors.values()));
                    return pages.editor(actor, filing, form, errors, model);
                }
                GoalFiling saved;
                try {
                    saved = goals.save(actor, id, form.getVersion(), typed);
                } catch (GoalSheetRefusedException e) {
                    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
                    model.addAttribute("problem", e.getMessage());
                    return pages.editor(actor, filing, form, errors, model);
                }
                if (action.equals("submit")) {
                    try {
                        goals.submit(actor, id);
                    } catch (GoalSheetRefusedException e) {
                        redirect.addFlashAttribute("problem", e.getMessage());
                        return "redirect:/goals/" + id;
                    }
                    redirect.addFlashAttribute("notice", "goals.submitted");
                    return "redirect:/goals/" + id;
                }
                redirect.addFlashAttribute("notice", "goals.saved");
                return "redirect:/goals/" + saved.id();
            }
            default -> throw new IllegalArgumentException("未知的操作“" + action + "”");
        }
    }

    /** 退回 or 审核通过, with a grade and a comment per criterion; a refusal shows the page again as typed. */
    @PostMapping("/goals/{id}/review")
    String review(@PathVariable long id, @RequestParam String decision, @RequestParam Map<String, String> typed,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        List<CriterionReview> criteria = new ArrayList<>();
        Map<Criterion, GoalGrade> grades = new EnumMap<>(Criterion.class);
        try {
            for (Criterion criterion : Criterion.values()) {
                String grade = typed.get("grade." + criterion.name());
                GoalGrade given = grade == null || grade.isBlank() ? null : gradeOf(grade);
                grades.put(criterion, given);
                criteria.add(new CriterionReview(criterion, given, typed.get("comment." + criterion.name())));
            }
            switch (decision) {
                case "return" -> goals.returnWith(actor, id, criteria);
                case "approve" -> goals.approve(actor, id, criteria);
                default -> throw new IllegalArgumentException("未知的审核决定“" + decision + "”");
            }
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return pages.sheet(actor, goals.read(actor, id), typed, e.getMessage(), model);
        }
        redirect.addFlashAttribute("notice", decision.equals("return") ? "goals.returned" : "goals.approved");
        return "redirect:/goals/" + id;
    }

    @PostMapping("/goals/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        goals.publish(CurrentActor.get(), id);
        redirect.addFlashAttribute("notice", "goals.published");
        return "redirect:/goals/" + id;
    }

    /** 绩效目标公开: what is published, for everyone, logged in or not. */
    @GetMapping("/public/goals")
    String published(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("filings", goals.published(year));
        model.addAttribute("year", year);
        return "goals/public";
    }

    @GetMapping("/public/goals/{id}")
    String publishedSheet(@PathVariable long id, Model model) {
        // read as the public: the review's inside stays with the unit and the bureau, even for them on this page
        return pages.sheet(null, goals.read(null, id), Map.of(), null, model);
    }

    /**
     * The sheet's 绩效目标申报表 as a file ({@code report.docx}, {@code .pdf}, {@code .xlsx}: named as every report
     * taken out is, so that the security log keeps who took it), for who may read the sheet: another unit's, or one
     * not yet published for the public, is not found, as its page is.
     */
    @GetMapping("/goals/{id}/report.{extension}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String extension) {
        return file(goals.read(CurrentActor.get(), id), extension);
    }

    /** A published sheet's 绩效目标申报表, for everyone: read as the public reads it, whoever asks. */
    @GetMapping("/public/goals/{id}/report.{extension}")
    ResponseEntity<byte[]> publishedDownload(@PathVariable long id, @PathVariable String extension) {
        return file(goals.read(null, id), extension);
    }

    /**
     * 单位-项目-2026-绩效目标申报表.pdf, its name in Chinese given as RFC 6266 says (filename*=UTF-8''…). A published
     * sheet's files come from its copy kept at publication: the PDF exactly as signed, the others and the sheet's JSON
     * (report.json, which the verification page checks) from the sheet as published.
     */
    private ResponseEntity<byte[]> file(GoalFiling filing, String extension) {
        Optional<SignedSheet> copy = filing.status() == GoalStatus.PUBLISHED
                ? signed.getIfAvailable(() -> SignedSheets.NONE).of(filing.id()) : Optional.empty();
        GoalSheet sheet = copy.map(SignedSheet::sheet).orElse(filing.sheet());
        if (extension.equals("json")) {
            String name = GoalSheetRenderer.fileName(sheet, ReportFormat.PDF).replaceFirst("\\.pdf$", ".json");
            return download(name, MediaType.APPLICATION_JSON_VALUE,
                    GoalJson.write(sheet).getBytes(StandardCharsets.UTF_8));
        }
        ReportFormat format = ReportFormat.named(extension).filter(f -> f != ReportFormat.HTML)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "format " + extension));
        byte[] content = format == ReportFormat.PDF && copy.isPresent() ? copy.get().pdf()
                : GoalSheetRenderer.render(sheet, format).content();
        return download(GoalSheetRenderer.fileName(sheet, format), format.contentType(), content);
    }

    private static ResponseEntity<byte[]> download(String name, String contentType, byte[] content) {
        ContentDisposition disposition = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }

    @ExceptionHandler(GoalFilingNotFoundException.class)
    String notFound(GoalFilingNotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        model.addAttribute("detail", e.getMessage());
        model.addAttribute("actor", CurrentActor.get());
        return "error";
    }

    private String unsaved(Actor actor, GoalFiling filing, GoalSheetForm form, Model model) {
        model.addAttribute("unsaved", true);
        return pages.editor(actor, filing, form, GoalSheetForm.noErrors(), model);
    }

    /** A suggestion's button carries its levels, name and target: 一级|二级|名称|目标. */
    private static GoalSheetForm.IndicatorRow suggestedRow(String suggestion) {
        String[] parts = suggestion == null ? new String[0] : suggestion.split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("指标库建议的格式不对，请刷新页面后再选");
        }
        return GoalSheetForm.IndicatorRow.of(enumOf(IndicatorCategory.class, parts[0]),
                enumOf(IndicatorSubcategory.class, parts[1]), parts[2], parts[3]);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    private static GoalGrade gradeOf(String name) {
        GoalGrade grade = enumOf(GoalGrade.class, name);
        if (grade == null) {
            throw new IllegalArgumentException("等级“" + name + "”不在优、良、中、差之中");
        }
        return grade;
    }
}
