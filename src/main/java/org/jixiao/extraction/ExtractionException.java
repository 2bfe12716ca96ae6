package org.jixiao.extraction;

/**
 * A file that cannot be read as a self-evaluation report: not a report, encrypted, corrupt, empty, binary or
 * too large. The message is one line in Chinese that names the file and, where known, the page, line or part; what
 * PDFBox or POI said is the cause, for the server's log only (its words are no user's to read).
 */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
