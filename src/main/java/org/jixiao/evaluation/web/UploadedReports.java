package org.jixiao.evaluation.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;
import org.jixiao.document.Finding;
import org.jixiao.document.HiddenCharacters;
import org.jixiao.extraction.ExtractionException;
import org.jixiao.extraction.ExtractionResult;
import org.jixiao.extraction.ReportExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reports uploaded for import, read by the extractor and kept in the user's session until they confirm: nothing
 * reaches the database before that. Kept as JSON text, so that a session stored in the database can hold them.
 */
@Component
class UploadedReports {

    /** Largest upload: a report is a few megabytes (spring.servlet.multipart limits the request likewise). */
    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final List<String> TYPES = List.of(".pdf", ".docx", ".xlsx", ".txt");
    private static final String ATTRIBUTE = "jixiao.uploads";
    private static final int KEPT = 5;
    private static final Logger log = LoggerFactory.getLogger(UploadedReports.class);

    private final ReportExtractor extractor = new ReportExtractor();

    /** Reads the file; a file that is not a report of a known type is refused with the reason, in Chinese. */
    String read(MultipartFile file, HttpSession session) {
        // the name is shown on the pages: no U+202E that would show report.txt as another extension
        String name = file.getOriginalFilename() == null ? "上传的文件" : HiddenCharacters.strip(file.getOriginalFilename());
        String lower = name.toLowerCase(Locale.ROOT);
        if (TYPES.stream().noneMatch(lower::endsWith)) {
            throw new UploadException("imports.refused.type", name);
        }
        if (file.getSize() > MAX_BYTES) {
            throw new UploadException("imports.refused.size", name, MAX_BYTES >> 20);
        }
        ExtractionResult result;
        try {
            result = extractor.extract(name, file.getBytes());
        } catch (ExtractionException e) {
            // the message says what is wrong with the file, in the user's words; the library's are the cause
            log.warn("Upload refused: {}", e.getMessage(), e.getCause());
            throw new UploadException("imports.refused.stated", e.getMessage());
        } catch (IOException e) {
            throw new UploadException("imports.refused.unreadable", name);
        }
        String token = UUID.randomUUID().toString();
        Pending pending = Pending.of(name, result);
        Map<String, Pending> uploads = uploads(session);
        while (uploads.size() >= KEPT) {
            uploads.remove(uploads.keySet().iterator().next()); // the oldest pending upload gives way
        }
        uploads.put(token, pending);
        session.setAttribute(ATTRIBUTE, uploads);
        return token;
    }

    Pending get(HttpSession session, String token) {
        Pending pending = uploads(session).get(token);
        if (pending == null) {
            throw new UploadException("imports.refused.expired");
        }
        return pending;
    }

    void forget(HttpSession session, String token) {
        Map<String, Pending> uploads = uploads(session);
        uploads.remove(token);
        session.setAttribute(ATTRIBUTE, uploads);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> uploads(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, Pending>) map : new LinkedHashMap<>();
    }

    /**
     * An upload waiting for the user's confirmation: the text it was read from, the document as JSON, the reader's
     * warnings and where each value was read (by the document's JSON path). A session stored before the origins were
     * kept reads back with none (a record's missing fields are null), and the page then highlights nothing.
     */
    record Pending(String fileName, String sourceText, String documentJson, List<Warning> findings,
            Map<String, SourceSpot> origins) implements Serializable {

        Pending {
            findings = findings == null ? List.of() : List.copyOf(findings);
            origins = origins == null ? Map.of() : Map.copyOf(origins);
        }

        static Pending of(String fileName, ExtractionResult result) {
            Map<String, SourceSpot> origins = new LinkedHashMap<>();
            result.origins().forEach((path, origin) -> origins.put(path, SourceSpot.of(origin)));
            return new Pending(fileName, result.sourceText(), DocumentJson.compact(result.document()),
                    result.warnings().stream().map(Warning::of).toList(), origins);
        }

        EvaluationDocument document() {
            return DocumentJson.fromCompact(documentJson, EvaluationDocument.class);
        }

        /** A warning of the reader: its code (FUNDS_MISMATCH, UNCERTAIN_FIGURE), the JSON path and the message. */
        record Warning(String code, String path, String message) implements Serializable {

            static Warning of(Finding finding) {
                return new Warning(finding.code(), finding.path(), finding.message());
            }
        }
    }

    /**
     * An upload refused: why, as a message of the bundles (the page says it in the reader's language); what the reader
     * of reports said about the file itself ({@code imports.refused.stated}) stays in its words.
     */
    static class UploadException extends RuntimeException {

        private final String key;
        private final transient Object[] arguments;

        UploadException(String key, Object... arguments) {
            super(key + " " + Arrays.toString(arguments));
            this.key = key;
            this.arguments = arguments.clone();
        }

        String key() {
            return key;
        }

        Object[] arguments() {
            return arguments.clone();
        }
    }
}
