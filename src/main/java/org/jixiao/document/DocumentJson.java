package org.jixiao.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes evaluation documents as JSON: numbers exact (BigDecimal, never double), Chinese
 * unescaped, unknown fields kept, pretty-printed. Reading checks the format first, so a broken document
 * is reported by line and column or by JSON path, never half-read.
 */
public final class DocumentJson {

    /** Largest input accepted: a report's document is a few hundred kilobytes at most. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .defaultPrettyPrinter(prettyPrinter())
            .build();

    private DocumentJson() {
    }

    /** The mapper configured for documents, for callers that map other JSON (findings, scores) the same way. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Reads one document; throws if the JSON is broken or the document is not of the format. */
    public static EvaluationDocument read(String json) {
        return read(parseTree(json), "$");
    }

    public static EvaluationDocument read(InputStream in) throws IOException {
        return read(readText(in));
    }

    /**
     * Reads one document or a JSON array of documents, as {@code export} writes them. All or nothing: if any
     * document is broken, none is returned.
     */
    public static List<EvaluationDocument> readAll(String json) {
        JsonNode root = parseTree(json);
        if (!root.isArray()) {
            return List.of(read(root, "$"));
        }
        List<Finding> errors = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            errors.addAll(errorsOf(DocumentValidator.validate(root.get(i), "$[" + i + "]")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        List<EvaluationDocument> documents = new ArrayList<>();
        root.forEach(node -> documents.add(bind(node)));
        return documents;
    }

    /** Parses JSON text into a tree; broken JSON gives a {@link DocumentSyntaxException} with line and column. */
    public static JsonNode parseTree(String json) {
        if (json == null || json.isBlank()) {
            throw new DocumentSyntaxException("输入为空，不是 JSON 文档", 1, 1);
        }
        try {
            return MAPPER.readTree(json);
        } catch (tools.jackson.core.exc.StreamConstraintsException e) {
            // nesting, number or string beyond the parser's limits: a made-up file, refused before it costs memory
            String what = e.getMessage() != null && e.getMessage().contains("nesting")
                    ? "嵌套超过 500 层" : "数字或文本超出长度限制";
            throw new DocumentSyntaxException("JSON " + what + "，不是评价文档", 0, 0);
        } catch (StreamReadException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new DocumentSyntaxException("JSON 语法错误：" + JsonSyntax.describe(e), line, column);
        } catch (JacksonException e) {
            throw new DocumentSyntaxException("JSON 无法读取：" + JsonSyntax.describe(e), 0, 0);
        }
    }

    /** The format findings of a parsed tree: what {@code validate} reports before it looks at the money. */
    public static List<Finding> validate(JsonNode root) {
        return DocumentValidator.validate(root, "$");
    }

    /** A tree that passed {@link #validate(JsonNode)} as a document. */
    public static EvaluationDocument bind(JsonNode node) {
        return MAPPER.treeToValue(node, EvaluationDocument.class);
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value) + "\n";
    }

    /** One line of JSON, for storing a value (kept fields, a score) in a column. */
    public static String compact(Object value) {
        return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
    }

    /** A value stored with {@link #compact(Object)}. */
    public static <T> T fromCompact(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static byte[] writeBytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8 text of at most {@link #MAX_BYTES}, with a byte-order mark dropped. */
    public static String readText(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new DocumentSyntaxException("文件超过 " + (MAX_BYTES >> 20) + " MB，不是评价文档", 0, 0);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static EvaluationDocument read(JsonNode root, String path) {
        List<Finding> errors = errorsOf(DocumentValidator.validate(root, path));
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(errors);
        }
        return bind(root);
    }

    private static List<Finding> errorsOf(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).toList();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    }
}
