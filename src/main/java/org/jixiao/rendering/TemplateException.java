package org.jixiao.rendering;

/**
 * A template that cannot be used: unsafe (a macro, an external reference, too large) or broken (an unknown or
 * unclosed placeholder). The message, in Chinese, names the placeholder and where it stands.
 */
public class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
