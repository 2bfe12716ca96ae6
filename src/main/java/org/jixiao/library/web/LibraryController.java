package org.jixiao.library.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.Comparison;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.RegionAccess;
import org.jixiao.library.EntryVersion;
import org.jixiao.library.IndicatorLibrary;
import org.jixiao.library.LibraryConflictException;
import org.jixiao.library.LibraryEntry;
import org.jixiao.library.LibraryEntryNotFoundException;
import org.jixiao.library.LibraryPermissions;
import org.jixiao.library.LibraryStatistics;
import org.jixiao.library.TargetBasis;
import org.jixiao.library.WorkKind;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.OwnMessages;
import org.jixiao.web.TablePage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator library for everyone logged in: browse and search, an entry with its versions, proposals (units
 * propose, their region's reviewers decide), suggestions for a key task of the workspace, and the region's
 * statistics of indicator use for reviewers and administrators.
 */
@Controller
class LibraryController {

    private static final int SUGGESTIONS = 8;

    private final IndicatorLibrary library;
    private final LibraryStatistics statistics;
    private final Evaluations evaluations;

    LibraryController(IndicatorLibrary library, LibraryStatistics statistics, Evaluations evaluations) {
        this.library = library;
        this.statistics = statistics;
        this.evaluations = evaluations;
    }

    @GetMapping("/library")
    String index(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) boolean retired, Model model) {
        Actor actor = CurrentActor.get();
        WorkKind selected = kind == null || kind.isBlank() ? null : WorkKind.parse(kind);
        List<LibraryEntry> entries = library.browse(q, selected, retired && LibraryPermissions.canCurate(actor));
        model.addAttribute("entries", entries);
        model.addAttribute("q", q);
        model.addAttribute("kind", selected);
        model.addAttribute("retired", retired);
        model.addAttribute("kinds", WorkKind.values());
        model.addAttribute("curator", LibraryPermissions.canCurate(actor));
        model.addAttribute("proposer", LibraryPermissions.canPropose(actor));
        return "library/index";
    }

    @GetMapping("/library/{code}")
    String entry(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
        Actor actor = CurrentActor.get();
        LibraryEntry entry = library.entry(actor, code);
        List<EntryVersion> versions = library.versions(actor, code);
        EntryVersion shown = versions.stream().filter(v -> version == null ? v.version() == entry.version()
                : v.version() == version).findFirst().orElseThrow(() -> new LibraryEntryNotFoundException(
                        code + " 第 " + version + " 版"));
        model.addAttribute("entry", entry);
        model.addAttribute("shown", shown);
        model.addAttribute("versions", versions);
        model.addAttribute("curator", LibraryPermissions.canCurate(actor));
        model.addAttribute("decider", LibraryPermissions.canDecide(actor, entry));
        return "library/entry";
    }

    /** The form of a new entry: a proposal for units, a new entry for administrators. */
    @GetMapping("/library/new")
    String newEntry(Model model) {
        Actor actor = CurrentActor.get();
        if (!LibraryPermissions.canCurate(actor) && !LibraryPermissions.canPropose(actor)) {
            throw new NotPermittedException("只有管理员、单位填报人和项目负责人可以新增指标");
        }
        return form(new LibraryForm(), null, model);
    }

    @PostMapping("/library/proposals")
    String propose(@ModelAttribute("form") LibraryForm form, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            LibraryEntry entry = library.propose(CurrentActor.get(), form.toIndicator(), form.getNote());
            redirect.addFlashAttribute("notice", "library.proposed");
            return "redirect:/library/" + entry.code();
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            model.addAttribute("problem", OwnMessages.of(e, request));
            return form(form, null, model);
        }
    }

    @GetMapping("/library/proposals")
    String proposals(Model model) {
        model.addAttribute("proposals", library.proposals(CurrentActor.get()));
        return "library/proposals";
    }

    @PostMapping("/library/proposals/{code}/approve")
    String approve(@PathVariable String code, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        library.approve(CurrentActor.get(), code, note);
        redirect.addFlashAttribute("notice", "library.approved");
        return "redirect:/library/" + code;
    }

    @PostMapping("/library/proposals/{code}/reject")
    String reject(@PathVariable String code, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        library.reject(CurrentActor.get(), code, note);
        redirect.addFlashAttribute("notice", "library.rejected");
        return "redirect:/library/" + code;
    }

    /**
     * The suggestions panel of key task {@code task} in the workspace (htmx): from its name, expected goal and
     * indicators as typed so far, as the workspace form names them. The workspace posts them, since a goal may be
     * longer than a URL can carry; a GET with the same parameters answers the same.
     */
    @RequestMapping(path = "/library/suggestions", method = {RequestMethod.GET, RequestMethod.POST})
    String suggestions(@RequestParam int task, @RequestParam MultiValueMap<String, String> params, Model model) {
        String prefix = "keyTasks[" + task + "].";
        List<String> present = new ArrayList<>();
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            if (param.getKey().startsWith(prefix + "indicators[") && param.getKey().endsWith("].name")) {
                present.addAll(param.getValue());
            }
        }
        model.addAttribute("task", task);
        model.addAttribute("suggestions", library.suggest(params.getFirst(prefix + "name"),
                params.getFirst(prefix + "expectedGoal"), present, SUGGESTIONS));
        return "library/suggestions :: panel";
    }

    @GetMapping("/library/statistics")
    String statistics(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Actor actor = CurrentActor.get();
        if (!LibraryPermissions.canSeeStatistics(actor)) {
            throw new NotPermittedException("指标使用统计供财政审核人和管理员查看");
        }
        List<String> regions = RegionAccess.choices(actor, evaluations.regions());
        String chosen = region != null && regions.contains(region) ? region : regions.isEmpty() ? null : regions.get(0);
        List<Integer> years = chosen == null ? List.of() : statistics.years(chosen);
        Integer chosenYear = year != null && years.contains(year) ? year : years.isEmpty() ? null : years.get(0);
        model.addAttribute("regions", regions);
        model.addAttribute("region", chosen);
        model.addAttribute("years", years);
        model.addAttribute("year", chosenYear);
        LibraryStatistics.Report report = chosen == null || chosenYear == null ? null
                : statistics.report(actor, chosen, chosenYear);
        model.addAttribute("report", report);
        // the units with the largest share of generic indicators first, a hundred a page (a region may have thousands)
        model.addAttribute("page", TablePage.of(report == null ? List.<LibraryStatistics.UnitShare>of() : report.units(),
                page, TablePage.SIZE));
        return "library/statistics";
    }

    /** The entry form with its choices; {@code code} names the entry edited (null: a new one). */
    static String form(LibraryForm form, LibraryEntry editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", WorkKind.values());
        model.addAttribute("categories", IndicatorCategory.values());
        model.addAttribute("subcategories", IndicatorSubcategory.values());
        model.addAttribute("comparators", Comparison.values());
        model.addAttribute("bases", TargetBasis.values());
        model.addAttribute("curator", LibraryPermissions.canCurate(CurrentActor.get()));
        return "library/form";
    }

    @ExceptionHandler(LibraryEntryNotFoundException.class)
    String notFound(LibraryEntryNotFoundException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }

    @ExceptionHandler(LibraryConflictException.class)
    String conflict(LibraryConflictException e, Model model, HttpServletResponse response) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), model, response);
    }

    static String problem(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        model.addAttribute("actor", CurrentActor.get());
        return "error";
    }
}
