package org.jixiao.account.web;

import org.jixiao.account.SecurityEvent;
import org.jixiao.account.SecurityLog;
import org.jixiao.web.TablePage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The security log for the audit administrator: filtered by time, person, kind and outcome, and as an Excel table. */
@Controller
class SecurityLogController {

    private static final int EXPORT_LIMIT = 100_000;

    private final SecurityLog log;
    private final SecurityLogExport export;

    SecurityLogController(SecurityLog log, SecurityLogExport export) {
        this.log = log;
        this.export = export;
    }

    @GetMapping("/admin/security-log")
    String page(SecurityLogQuery query, @RequestParam(defaultValue = "1") int page, Model model) {
        SecurityLog.Filter filter = query.filter();
        TablePage<SecurityEvent> table = TablePage.of(log.count(filter), page, TablePage.SIZE,
                (offset, limit) -> log.find(filter, offset, limit));
        model.addAttribute("events", table.rows());
        model.addAttribute("page", table);
        model.addAttribute("query", query);
        model.addAttribute("categories", SecurityEvent.Category.values());
        model.addAttribute("outcomes", SecurityEvent.Outcome.values());
        model.addAttribute("time", SecurityLogExport.TIME);
        return "admin/security-log";
    }

    @GetMapping("/admin/security-log.xlsx")
    ResponseEntity<byte[]> workbook(SecurityLogQuery query) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("security-log.xlsx").build().toString())
                .body(export.workbook(log.find(query.filter(), 0, EXPORT_LIMIT)));
    }
}
