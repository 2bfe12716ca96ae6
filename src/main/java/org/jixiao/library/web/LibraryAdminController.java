package org.jixiao.library.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jixiao.account.Actor;
import org.jixiao.library.ImportResult;
import org.jixiao.library.IndicatorLibrary;
import org.jixiao.library.LibraryConflictException;
import org.jixiao.library.LibraryEntry;
import org.jixiao.library.LibraryEntryNotFoundException;
import org.jixiao.web.CurrentActor;
import org.jixiao.web.OwnMessages;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's curation of the library: new entries, edits, retiring and reinstating, import and export. */
@Controller
class LibraryAdminController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IndicatorLibrary library;

    LibraryAdminController(IndicatorLibrary library) {
        this.library = library;
    }

    @PostMapping("/admin/library")
    String create(@ModelAttribute("form") LibraryForm form, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            LibraryEntry entry = library.create(CurrentActor.get(), form.toIndicator());
            redirect.addFlashAttribute("notice", "library.created");
            return "redirect:/library/" + entry.code();
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            model.addAttribute("problem", OwnMessages.of(e, request));
            return LibraryController.form(form, null, model);
        }
    }

    @GetMapping("/admin/library/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        LibraryEntry entry = library.entry(CurrentActor.get(), code);
        return LibraryController.form(LibraryForm.of(entry), entry, model);
    }

    @PostMapping("/admin/library/{code}")
    String save(@PathVariable String code, @ModelAttribute("form") LibraryForm form, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            library.edit(actor, code, form.getVersion(), form.toIndicator(), form.getNote());
            redirect.addFlashAttribute("notice", "library.saved");
            return "redirect:/library/" + code;
        } catch (IllegalArgumentException e) {
            response.setStatus(422);
            model.addAttribute("problem", OwnMessages.of(e, request));
            return LibraryController.form(form, library.entry(actor, code), model);
        }
    }

    @PostMapping("/admin/library/{code}/retire")
    String retire(@PathVariable String code, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        library.retire(CurrentActor.get(), code, note);
        redirect.addFlashAttribute("notice", "library.retired");
        return "redirect:/library/" + code;
    }

    @PostMapping("/admin/library/{code}/reinstate")
    String reinstate(@PathVariable String code, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        library.reinstate(CurrentActor.get(), code, note);
        redirect.addFlashAttribute("notice", "library.reinstated");
        return "redirect:/library/" + code;
    }

    @GetMapping("/admin/library/export.json")
    ResponseEntity<byte[]> exportJson() {
        return download(library.exportJson(CurrentActor.get()), "指标库.json", MediaType.APPLICATION_JSON);
    }

    @GetMapping("/admin/library/export.xlsx")
    ResponseEntity<byte[]> exportXlsx() {
        return download(library.exportXlsx(CurrentActor.get()), "指标库.xlsx", XLSX);
    }

    @PostMapping("/admin/library/import")
    String importFile(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        ImportResult result = library.importFile(CurrentActor.get(), file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("imported", result);
        return "redirect:/library";
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(type).body(bytes);
    }

    @ExceptionHandler(LibraryEntryNotFoundException.class)
    String notFound(LibraryEntryNotFoundException e, Model model, HttpServletResponse response) {
        return LibraryController.problem(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }

    @ExceptionHandler(LibraryConflictException.class)
    String conflict(LibraryConflictException e, Model model, HttpServletResponse response) {
        return LibraryController.problem(HttpStatus.CONFLICT, e.getMessage(), model, response);
    }
}
