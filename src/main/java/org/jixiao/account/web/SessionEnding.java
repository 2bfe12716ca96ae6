package org.jixiao.account.web;

import org.jixiao.account.CredentialsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends an account's sessions, on every server (they share the session table), once its password change, reset
 * or disabling is committed: a session opened with the old password, or by a person who may no longer log in,
 * must not go on.
 */
@Component
class SessionEnding {

    private static final Logger log = LoggerFactory.getLogger(SessionEnding.class);

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

    /** The sessions' repository is there where the web application is (not for the command line). */
    SessionEnding(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
        this.repository = repository;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void end(CredentialsChanged change) {
        FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return;
        }
        String kept = change.keepCurrentSession() ? currentSessionId() : null;
        int ended = 0;
        for (String id : sessions.findByPrincipalName(change.username()).keySet()) {
            if (!id.equals(kept)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        log.info("ended {} session(s) of {}", ended, change.username());
    }

    private static String currentSessionId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }
}
