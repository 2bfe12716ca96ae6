package org.jixiao.web;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions live in the database (Spring Session), not in MockMvc's mock session: a test that needs what a
 * request leaves in the session (flash attributes, an upload awaiting confirmation) sends the cookie a browser
 * would send.
 */
public final class StoredSessions {

    private StoredSessions() {
    }

    /** A new stored session and its cookie (the session id in Base64, as the application's cookie holds it). */
    public static <S extends Session> Cookie newSessionCookie(SessionRepository<S> repository) {
        S session = repository.createSession();
        repository.save(session);
        return new Cookie("JSESSIONID", Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8)));
    }
}
