package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure whose details are not the user's to read (a fault of ours, a database's or a library's words, SQL,
 * class names): logged in full under a short number, and the user is shown the number instead, to quote to an
 * administrator, who finds the log entry by it.
 */
public final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O or 1/I/L to misread when the number is read out over the phone. */
    private static final String DIGITS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private Incidents() {
    }

    /** A server error: logged as an error, with the request and the stack trace; the number to show. */
    public static String failed(HttpServletRequest request, Throwable failure) {
        String number = next();
        log.error("Incident {}: {} {} failed", number, request.getMethod(), request.getRequestURI(), failure);
        return number;
    }

    /** A request refused for a reason only the log may say in full (the database's words): logged as a warning. */
    public static String refused(HttpServletRequest request, Throwable failure) {
        String number = next();
        log.warn("Incident {}: {} {} refused", number, request.getMethod(), request.getRequestURI(), failure);
        return number;
    }

    static String next() {
        StringBuilder number = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            number.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        }
        return number.toString();
    }
}
