package org.jixiao.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jixiao.account.Actor;
import org.jixiao.account.NotPermittedException;
import org.jixiao.document.Department;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.FundSource;
import org.jixiao.document.IndicatorCategory;
import org.jixiao.document.IndicatorSubcategory;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationAccess;
import org.jixiao.evaluation.IllegalTransitionException;
import org.jixiao.evaluation.web.EvaluationFormMapper.Conversion;
import org.jixiao.review.AlreadyStored;
import org.jixiao.review.ReviewWorkflow;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.PageRedirect;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import by upload: the report is read, shown as fields beside its text for the user to correct, and stored only
 * when they confirm.
 */
@Controller
class ImportController {

    private final UploadedReports uploads;
    private final ReviewWorkflow workflow;

    ImportController(UploadedReports uploads, ReviewWorkflow workflow) {
        this.uploads = uploads;
        this.workflow = workflow;
    }

    @GetMapping("/imports/new")
    String upload(Model model) {
        refuseUnlessImporting();
        model.addAttribute("types", String.join("、", UploadedReports.TYPES));
        return "imports/upload";
    }

    @PostMapping("/imports")
    String read(@RequestParam("file") MultipartFile file, HttpSession session) {
        refuseUnlessImporting();
        return "redirect:/imports/" + uploads.read(file, session);
    }

    @GetMapping("/imports/{token}")
    String review(@PathVariable String token, HttpSession session, Model model) {
        UploadedReports.Pending pending = uploads.get(session, token);
        EvaluationDocument document = pending.document();
        EvaluationForm form = EvaluationFormMapper.toForm(document, 0);
        FieldOrigins.markRows(form);
        return page(token, pending, document, form, EvaluationFormMapper.toDocument(form, document), model);
    }

    /**
     * A row operation ({@code op}), or the confirmation that stores the corrected document: asked again first where
     * the unit has an evaluation of that year and kind ({@code again} once the user chose to import anyway), and
     * landing on the stored evaluation as a whole page.
     */
    @PostMapping("/imports/{token}")
    String confirm(@PathVariable String token, @ModelAttribute("form") EvaluationForm form,
            @RequestParam(required = false) String op, @RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String unitName, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean again, HttpSession session, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        UploadedReports.Pending pending = uploads.get(session, token);
        EvaluationDocument extracted = retitled(pending.document(), fiscalYear, unitName, region);
        Conversion conversion = EvaluationFormMapper.toDocument(form, extracted);
        if (op != null && !op.isBlank()) {
            FormRows.apply(form, op);
            return page(token, pending, extracted, form, EvaluationFormMapper.toDocument(form, extracted), model);
        }
        if (!conversion.isValid()) {
            response.setStatus(422);
            model.addAttribute("problem", "workspace.invalid");
            return page(token, pending, extracted, form, conversion, model);
        }
        Optional<AlreadyStored> stored = again ? Optional.empty()
                : workflow.alreadyStored(CurrentActor.get(), conversion.document());
        if (stored.isPresent()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stored", stored.get());
            return page(token, pending, extracted, form, conversion, model);
        }
        long id;
        try {
            id = workflow.importReport(CurrentActor.get(), conversion.document());
        } catch (IllegalTransitionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", e.getMessage());
            return page(token, pending, extracted, form, conversion, model);
        }
        uploads.forget(session, token);
        return PageRedirect.to("/evaluations/" + id, "imports.done", request, response);
    }

    @PostMapping("/imports/{token}/discard")
    String discard(@PathVariable String token, HttpSession session) {
        uploads.forget(session, token);
        return "redirect:/";
    }

    @ExceptionHandler(UploadedReports.UploadException.class)
    static String refused(UploadedReports.UploadException e, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("problem", e.key());
        model.addAttribute("problemArguments", e.arguments());
        model.addAttribute("types", String.join("、", UploadedReports.TYPES));
        model.addAttribute("actor", CurrentActor.get());
        return "imports/upload";
    }

    /** The year and unit as the user corrected them at the top of the page. */
    private static EvaluationDocument retitled(EvaluationDocument d, Integer year, String unit, String region) {
        Department department = d.department();
        Department named = new Department(unit == null || unit.isBlank() ? department.name() : unit, department.code(),
                region == null ? department.region() : region, department.parent(), department.extensions());
        return d.withDepartment(named).withFiscalYear(year == null ? d.fiscalYear() : year);
    }

    private String page(String token, UploadedReports.Pending pending, EvaluationDocument document,
            EvaluationForm form, Conversion conversion, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("token", token);
        model.addAttribute("pending", pending);
        model.addAttribute("document", document);
        model.addAttribute("form", form);
        ImportReview review = ImportReview.of(pending, form);
        model.addAttribute("review", review);
        model.addAttribute("origins", review.origins());
        model.addAttribute("errors", conversion.errors());
        model.addAttribute("unitFixed", EvaluationAccess.importsForOwnUnitOnly(actor));
        model.addAttribute("editable", new WorkspaceEditor.Editable(true, true, allTrue(form.getKeyTasks().size())));
        // a project form read from a report is checked in the layout of its 自评表
        model.addAttribute("project", document.kind() == Kind.PROJECT);
        model.addAttribute("department", document.department());
        model.addAttribute("leaders", List.of());
        model.addAttribute("sources", FundSource.values());
        model.addAttribute("categories", IndicatorCategory.values());
        model.addAttribute("subcategories", IndicatorSubcategory.values());
        return "imports/review";
    }

    private static boolean[] allTrue(int size) {
        boolean[] all = new boolean[size];
        Arrays.fill(all, true);
        return all;
    }

    private static void refuseUnlessImporting() {
        if (!EvaluationAccess.canImport(CurrentActor.get())) {
            throw new NotPermittedException("报告由单位填报人或本区财政审核人导入");
        }
    }
}
