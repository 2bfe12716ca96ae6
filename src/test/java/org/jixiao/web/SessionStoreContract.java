package org.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The stored sessions under two requests of one session at once (two tabs, or two servers): each has read the
 * session before the other wrote, and both add the same attribute.
 */
abstract class SessionStoreContract {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsAddingTheSameAttributeAtOnceBothSucceedAndTheLastWins() {
        racingWrites(sessions);
    }

    private static <S extends Session> void racingWrites(SessionRepository<S> repository) {
        S created = repository.createSession();
        repository.save(created);
        S first = repository.findById(created.getId());
        S second = repository.findById(created.getId());

        first.setAttribute("org.jixiao.test.TOKEN", "from the first request");
        second.setAttribute("org.jixiao.test.TOKEN", "from the second request");
        repository.save(first);
        repository.save(second);

        S stored = repository.findById(created.getId());
        assertThat((String) stored.getAttribute("org.jixiao.test.TOKEN")).isEqualTo("from the second request");
    }
}
