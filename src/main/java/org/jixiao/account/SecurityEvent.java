package org.jixiao.account;

import java.time.Instant;

/**
 * One line of the security log (安全审计): who, when, from where, what, on what, and how it ended.
 *
 * @param occurredAt when
 * @param actor      the account that acted, or the name a failed login tried
 * @param address    the client's address
 * @param category   what kind of event
 * @param action     what was done, e.g. {@code POST /admin/accounts/{id}/enabled} or {@code LOGIN}
 * @param target     on what (path variables, fields other than passwords), or null
 * @param outcome    how it ended
 * @param detail     a word more (a refusal's reason), or null
 */
public record SecurityEvent(Instant occurredAt, String actor, String address, Category category, String action,
        String target, Outcome outcome, String detail) {

    /** What kind of event. */
    public enum Category {
        /** Logins, failed logins, refusals of locked logins, lock-outs, logouts. */
        LOGIN,
        /** A person's own account: password changes. */
        ACCOUNT,
        /** Accounts, units, scoring, the indicator library: the administrators' and reviewers' settings. */
        ADMINISTRATION,
        /** Reports, tables and exports taken out of the system by someone logged in. */
        EXPORT,
        /** What a third party (an institution's person, an expert) read or did, each access, allowed or refused. */
        THIRD_PARTY
    }

    /** How it ended. */
    public enum Outcome {
        SUCCESS, FAILURE, REFUSED
    }
}
