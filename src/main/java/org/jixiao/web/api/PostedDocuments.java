package org.jixiao.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jixiao.document.DocumentJson;
import org.jixiao.document.EvaluationDocument;

/**
 * Documents posted as JSON, read by {@link DocumentJson} rather than by the message converter, so that broken JSON
 * is reported by line and column and an invalid document by the JSON path of every error, as the command line does.
 */
final class PostedDocuments {

    private PostedDocuments() {
    }

    /** One document, or the documents of an array as {@code export} writes it; all valid or none. */
    static List<EvaluationDocument> all(InputStream body) {
        List<EvaluationDocument> documents = DocumentJson.readAll(text(body));
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("数组中没有评价文档");
        }
        return documents;
    }

    /** Exactly one document: an array, even of one, is refused. */
    static EvaluationDocument one(InputStream body) {
        String text = text(body);
        List<EvaluationDocument> documents = DocumentJson.readAll(text);
        if (documents.size() != 1 || text.stripLeading().startsWith("[")) {
            throw new IllegalArgumentException("应为单个评价文档（JSON 对象），实为含 " + documents.size() + " 份文档的数组");
        }
        return documents.get(0);
    }

    private static String text(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(DocumentJson.MAX_BYTES + 1);
            if (bytes.length > DocumentJson.MAX_BYTES) {
                throw new RequestTooLargeException("请求体超过 " + (DocumentJson.MAX_BYTES >> 20) + " MB，不像评价文档");
            }
            return DocumentJson.readText(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
