package org.jixiao.templates.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.jixiao.account.Actor;
import org.jixiao.document.Kind;
import org.jixiao.evaluation.EvaluationNotFoundException;
import org.jixiao.rendering.RenderedReport;
import org.jixiao.rendering.ReportFormat;
import org.jixiao.rendering.ReportTemplate;
import org.jixiao.rendering.TemplateException;
import org.jixiao.templates.RegionTemplates;
import org.jixiao.templates.StoredTemplate;
import org.jixiao.templates.TemplateNotFoundException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages of the regions' templates (docs/templates.md, "On the web"). */
@Controller
class TemplateController {

    private final RegionTemplates templates;

    TemplateController(RegionTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/admin/templates")
    String list(Model model) {
        return list(null, model);
    }

    /** An upload; one refused is the page again saying why, with what was chosen, and nothing stored. */
    @PostMapping("/admin/templates")
    String upload(@RequestParam(required = false) String region, @RequestParam(required = false) Kind kind,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StoredTemplate stored;
        try {
            stored = file == null
                    ? templates.upload(CurrentActor.get(), region, kind, year, null, 0, null)
                    : templates.upload(CurrentActor.get(), region, kind, year, file.getOriginalFilename(),
                            file.getSize(), file);
        } catch (TemplateException | IllegalArgumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("typedRegion", region);
            model.addAttribute("typedKind", kind);
            model.addAttribute("typedYear", year);
            return list(e.getMessage(), model);
        }
        redirect.addFlashAttribute("uploaded", true);
        return "redirect:/admin/templates/" + stored.id();
    }

    /** One template: its placeholders, the region's evaluations to preview it on, the inventory for the one chosen. */
    @GetMapping("/admin/templates/{id}")
    String template(@PathVariable long id, @RequestParam(required = false) Long evaluation, Model model) {
        Actor actor = CurrentActor.get();
        StoredTemplate template = templates.find(actor, id);
        ReportTemplate read = templates.read(actor, id);
        model.addAttribute("template", template);
        model.addAttribute("placeholders", read.placeholders());
        model.addAttribute("evaluations", templates.evaluationsFor(actor, template));
        model.addAttribute("formats", read.formats());
        if (evaluation != null) {
            model.addAttribute("evaluation", evaluation);
            model.addAttribute("inventory", templates.inventory(actor, id, evaluation));
        }
        return "templates/template";
    }

    /** The chosen evaluation in the template's layout, as a file to open (never shown inline). */
    @GetMapping("/admin/templates/{id}/preview.{extension}")
    ResponseEntity<byte[]> preview(@PathVariable long id, @PathVariable String extension,
            @RequestParam long evaluation) {
        ReportFormat format = ReportFormat.named(extension)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "format " + extension));
        Actor actor = CurrentActor.get();
        StoredTemplate template = templates.find(actor, id);
        if (!templates.read(actor, id).formats().contains(format)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "format " + extension);
        }
        RenderedReport report = templates.preview(actor, id, evaluation, format);
        return file(baseName(template) + "-预览-" + evaluation + "." + format.extension(), format.contentType(),
                report.content());
    }

    /** The template as uploaded, any version. */
    @GetMapping("/admin/templates/{id}/file")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        StoredTemplate template = templates.find(actor, id);
        return file(template.fileName(), template.format().contentType(), templates.content(actor, id));
    }

    @PostMapping("/admin/templates/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        templates.activate(CurrentActor.get(), id);
        redirect.addFlashAttribute("activated", true);
        return "redirect:/admin/templates/" + id;
    }

    @ExceptionHandler({TemplateNotFoundException.class, EvaluationNotFoundException.class})
    String notFound(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        model.addAttribute("message", e instanceof TemplateNotFoundException ? e.getMessage() : "该地区没有这项评价");
        model.addAttribute("actor", CurrentActor.get());
        return "error";
    }

    private String list(String problem, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("templates", templates.all(actor));
        model.addAttribute("regions", templates.regions(actor));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("thisYear", Year.now().getValue());
        model.addAttribute("problem", problem);
        return "templates/list";
    }

    /** The stored name without its extension: the preview is named after the template it shows. */
    private static String baseName(StoredTemplate template) {
        String name = template.fileName();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** An attachment, its name as the header's encoded form (RFC 6266), whatever was typed in it. */
    private static ResponseEntity<byte[]> file(String name, String contentType, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
