package org.jixiao.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.account.SecurityEvent;
import org.jixiao.account.SecurityLog;
import org.jixiao.rendering.TableWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The security log for the administrator: filtered by time, person, kind and outcome, and as an Excel table. */
@Controller
class SecurityLogController {

    /** The days of the log, as the finance bureau counts them. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int EXPORT_LIMIT = 100_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private final SecurityLog log;
    private final MessageSource messages;

    SecurityLogController(SecurityLog log, MessageSource messages) {
        this.log = log;
        this.messages = messages;
    }

    @GetMapping("/admin/security-log")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) SecurityEvent.Category category,
            @RequestParam(required = false) SecurityEvent.Outcome outcome,
            @RequestParam(defaultValue = "1") int page, Model model) {
        SecurityLog.Filter filter = filter(from, to, actor, category, outcome);
        TablePage<SecurityEvent> table = TablePage.of(log.count(filter), page, DashboardController.PAGE_SIZE,
                (offset, limit) -> log.find(filter, offset, limit));
        model.addAttribute("events", table.rows());
        model.addAttribute("page", table);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("person", actor);
        model.addAttribute("category", category);
        model.addAttribute("outcome", outcome);
        model.addAttribute("categories", SecurityEvent.Category.values());
        model.addAttribute("outcomes", SecurityEvent.Outcome.values());
        model.addAttribute("time", TIME);
        return "admin/security-log";
    }

    @GetMapping("/admin/security-log.xlsx")
    ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) SecurityEvent.Category category,
            @RequestParam(required = false) SecurityEvent.Outcome outcome) {
        List<List<Object>> rows = new ArrayList<>();
        for (SecurityEvent event : log.find(filter(from, to, actor, category, outcome), 0, EXPORT_LIMIT)) {
            rows.add(List.of(TIME.format(event.occurredAt()), text(event.actor()), text(event.address()),
                    message("security.category." + event.category()),
                    messages.getMessage("security.action." + event.action(), null, event.action(),
                            LocaleContextHolder.getLocale()), text(event.target()),
                    message("security.outcome." + event.outcome()), text(event.detail())));
        }
        List<String> headers = List.of("security.time", "security.actor", "security.address", "security.category",
                "security.action", "security.target", "security.outcome", "security.detail").stream()
                .map(this::message).toList();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("security-log.xlsx").build().toString())
                .body(TableWorkbook.write(message("security.title"), headers, rows));
    }

    private static SecurityLog.Filter filter(LocalDate from, LocalDate to, String actor,
            SecurityEvent.Category category, SecurityEvent.Outcome outcome) {
        return new SecurityLog.Filter(from == null ? null : from.atStartOfDay(ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant(), actor, category, outcome);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
