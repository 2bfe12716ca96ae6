package org.jixiao.extraction;

/**
 * A file that cannot be read as a self-evaluation report: not a report, encrypted, corrupt, empty, binary or
 * too large. The message is one line in Chinese that names the file and, where known, the page or line.
 */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
