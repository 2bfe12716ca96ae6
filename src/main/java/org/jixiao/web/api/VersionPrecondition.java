package org.jixiao.web.api;

import org.jixiao.evaluation.ImportConditions;

/**
 * The version a client says it is changing: the ETag it read ({@code "3"}) sent back in If-Match, so that a
 * change made meanwhile by someone else is not overwritten (412 instead). {@code If-Match: *} asks for an
 * evaluation that exists, {@code If-None-Match: *} for one that does not.
 */
final class VersionPrecondition {

    private VersionPrecondition() {
    }

    /** The expected version, an {@link ImportConditions} constant, or null where the client sent neither header. */
    static Long of(String ifMatch, String ifNoneMatch) {
        if (ifMatch != null && ifNoneMatch != null) {
            throw new IllegalArgumentException("If-Match 与 If-None-Match 不能同时给出");
        }
        if (ifNoneMatch != null) {
            if (!ifNoneMatch.strip().equals("*")) {
                throw new IllegalArgumentException("If-None-Match 只接受 *（只新建、不覆盖），收到的是 " + shown(ifNoneMatch));
            }
            return ImportConditions.MUST_NOT_EXIST;
        }
        if (ifMatch == null) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return ImportConditions.MUST_EXIST;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("If-Match 应为读取评价时 ETag 给出的版本号，如 \"3\"，收到的是 " + shown(ifMatch));
        }
        return Long.parseLong(tag);
    }

    /** The version where a transition's If-Match names one; "*" asks only that the evaluation exists, as it must. */
    static Long ofTransition(String ifMatch) {
        Long version = of(ifMatch, null);
        return version == null || version < 0 ? null : version;
    }

    private static String shown(String header) {
        return header.length() > 40 ? header.substring(0, 40) + "…" : header;
    }
}
