package org.jixiao.account.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jixiao.account.SecurityEvent;
import org.jixiao.rendering.TableWorkbook;
import org.jixiao.web.SecurityRecorder;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The security log as the page shows it and as an Excel table, in the reader's language. */
@Component
class SecurityLogExport {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(SecurityLogQuery.ZONE);
    private static final List<String> COLUMNS = List.of("security.time", "security.actor", "security.address",
            "security.category", "security.action", "security.target", "security.outcome", "security.detail");

    private final MessageSource messages;

    SecurityLogExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] workbook(List<SecurityEvent> events) {
        List<List<Object>> rows = events.stream().<List<Object>>map(event -> List.of(TIME.format(event.occurredAt()),
                text(event.actor()), text(event.address()), message("security.category." + event.category(), null),
                action(event.action()), text(event.target()),
                message("security.outcome." + event.outcome(), null), text(event.detail()))).toList();
        return TableWorkbook.write(message("security.title", null),
                COLUMNS.stream().map(key -> message(key, null)).toList(), rows);
    }

    /**
     * What was done, in words: a login's kind (登录, 动态口令…), or the request a page sent, known by its method and
     * path pattern ({@code POST /admin/accounts/{id}/password}: 重置密码); the request itself where it has no words.
     */
    public String action(String action) {
        return message(SecurityRecorder.wordsKey(action), action);
    }

    /** The message of the key, else {@code otherwise} (the key itself where that is null). */
    private String message(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise != null ? otherwise : key, LocaleContextHolder.getLocale());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
