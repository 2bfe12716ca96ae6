package org.jixiao.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether an exception's message is one jixiao wrote for users, or a library's. The refusals users are meant to
 * read are thrown by jixiao's classes, in Chinese, saying what and where ({@code IllegalArgumentException} among
 * them); the same exception types thrown inside the JDK or a library ({@code Enum.valueOf}, {@code
 * Integer.parseInt}, a framework's argument check) carry English words and class names, which stay in the log.
 */
public final class OwnMessages {

    private OwnMessages() {
    }

    /**
     * The refusal's message where jixiao wrote it; else a line in the user's words, with an incident number under
     * which the log holds the library's.
     */
    public static String of(RuntimeException e, HttpServletRequest request) {
        return isOwn(e) ? e.getMessage()
                : "请求中有无法处理的值，未保存任何内容（事件编号 " + Incidents.refused(request, e) + "）";
    }

    /** Whether jixiao's code threw it with a message: the top of its stack is one of jixiao's classes. */
    public static boolean isOwn(Throwable e) {
        StackTraceElement[] stack = e.getStackTrace();
        return e.getMessage() != null && !e.getMessage().isBlank() && stack.length > 0
                && stack[0].getClassName().startsWith("org.jixiao.");
    }
}
