package org.jixiao.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.account.Account;
import org.jixiao.account.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people of the review as pages name them: by the display name of their account (白云审核人), not the name they
 * log in with, which the trail and the comments keep.
 */
@Component
public class People {

    private final Accounts accounts;
    private final JdbcClient jdbc;

    People(Accounts accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** Each username's display name; a name no account has (system, an account deleted since) stays as it is. */
    public Map<String, String> named(Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String username : usernames) {
            names.computeIfAbsent(username, u -> accounts.find(u).map(Account::displayName).orElse(u));
        }
        return names;
    }

    /** Who submitted the evaluation last, and who last reviewed it, from its trail. */
    Participants of(long evaluationId) {
        List<Step> steps = jdbc.sql("""
                SELECT actor, action, occurred_at FROM audit_event
                WHERE evaluation_id = ? AND action IN ('SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED')
                ORDER BY id DESC""")
                .param(evaluationId)
                .query((rs, row) -> new Step(rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
        Step submitted = steps.stream().filter(s -> s.action() == AuditAction.SUBMITTED).findFirst().orElse(null);
        Step reviewed = steps.stream().filter(s -> s.action() != AuditAction.SUBMITTED).findFirst().orElse(null);
        Map<String, String> names = named(steps.stream().map(Step::actor).distinct().toList());
        return new Participants(submitted == null ? null : names.get(submitted.actor()),
                submitted == null ? null : submitted.at(), reviewed == null ? null : names.get(reviewed.actor()),
                reviewed == null ? null : reviewed.at());
    }

    private record Step(String actor, AuditAction action, Instant at) {
    }
}
